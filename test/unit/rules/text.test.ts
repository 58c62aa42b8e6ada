import { describe, expect, it } from 'vitest';
import { titleFromName } from '../../../main/core/rules/support/text';

/** The helper's meaning, written as the regular expressions it replaces (one pass is faster). */
const byExpressions = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');

describe('titleFromName', () => {
  it.each([
    ['api_version', 'Api Version'],
    ['pageSize', 'Page Size'],
    ['X-Request-Id', 'X Request Id'],
    ['HTMLBody', 'HTMLBody'],
    ['item2Name', 'Item2 Name'],
    ['  $count ', 'Count'],
    ['é', ''],
  ])('%s -> %s', (name, title) => {
    expect(titleFromName(name)).toBe(title);
  });

  it('reads every short name of letters, digits, separators and non-ASCII characters as the expressions do', () => {
    const alphabet = ['a', 'B', '1', '_', '-', ' ', 'é', 'Z', 'z', '😀'];
    let differences = 0;
    for (let length = 0; length <= 4; length++) {
      for (let k = 0; k < alphabet.length ** length; k++) {
        let name = '';
        for (let j = 0, x = k; j < length; j++, x = Math.floor(x / alphabet.length)) name += alphabet[x % alphabet.length];
        if (titleFromName(name) !== byExpressions(name)) differences++;
      }
    }
    expect(differences).toBe(0);
  });
});
