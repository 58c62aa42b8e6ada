/** diffTexts: the one minimal replacement between two versions of a text, found by chunk comparisons on 1 MB texts. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyReplacement, diffTexts } from '../../../renderer/document/text-diff';
import { corpusDir } from '../../support/corpus';

/** The reference: common prefix and suffix found character by character. */
function naive(before: string, after: string) {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { offset: start, deleted: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}

describe('diffTexts', () => {
  const text = readFileSync(join(corpusDir('certified-connectors__Encodian'), 'apiDefinition.swagger.json'), 'utf8');

  it('is null for equal texts', () => {
    expect(diffTexts(text, text.slice(0))).toBeNull();
  });

  it.each([0, 1, 4095, 4096, 4097, 123_457, text.length - 4096, text.length - 1, text.length])('finds the minimal replacement of an edit at %i', (at) => {
    for (const [remove, insert] of [[0, 'x'], [3, ''], [5000, 'new text'], [1, text[at] ?? 'z']] as const) {
      const after = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + remove));
      const replacement = diffTexts(text, after);
      if (after === text) expect(replacement).toBeNull();
      else {
        expect(replacement).toEqual(naive(text, after));
        expect(applyReplacement(text, replacement!)).toBe(after);
      }
    }
  });
});
