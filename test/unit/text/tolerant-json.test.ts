import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTolerant } from '../../../main/core/text/tolerant-json';
import { decodeText } from '../../../main/core/text/encoding';
import { corpusDir } from '../../support/corpus';

describe('parseTolerant', () => {
  it('takes the fast path for strict JSON', () => {
    const parsed = parseTolerant('{"a": [1, 2]}');
    expect(parsed).toEqual({ value: { a: [1, 2] }, problems: [], strict: true });
  });

  it.each([
    ['trailing comma in an object', '{\n  "a": 1,\n}', 2, 9, 'Trailing comma', 'warning'],
    ['trailing comma in an array', '[1,\n 2,\n]', 2, 3, 'Trailing comma', 'warning'],
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, "Missing ','", 'error'],
    ['raw tab in a string', '{"a": "x\ty"}', 1, 9, 'Raw control character', 'warning'],
    ['a comment', '{\n// note\n"a": 1}', 2, 1, 'Comments are not allowed', 'warning'],
  ])('reports %s with its position', (_name, text, line, column, message, severity) => {
    const parsed = parseTolerant(text);
    expect(parsed.strict).toBe(false);
    expect(parsed.problems[0]).toMatchObject({ line, column, severity });
    expect(parsed.problems[0].message).toContain(message);
  });

  it('recovers the value of a document with a trailing comma', () => {
    expect(parseTolerant('{"a": {"b": true,},}').value).toEqual({ a: { b: true } });
  });

  it.each([
    ['certified-connectors__IN-D-Invoice-Data-Capture', "Missing ','"],
    ['certified-connectors__Revizto-Ireland', 'Trailing comma'],
  ])('opens the broken corpus connector %s and says where', (name, message) => {
    const bytes = readFileSync(join(corpusDir(name), 'apiDefinition.swagger.json'));
    const parsed = parseTolerant(decodeText(bytes).text);
    expect(parsed.value).toMatchObject({ swagger: '2.0' });
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems.map((p) => p.message).join('\n')).toContain(message);
  });
});
