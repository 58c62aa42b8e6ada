import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
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

  it('gives what a lenient plus a strict pass give, on the broken corpus files and thousands of broken variants', () => {
    const texts = ['certified-connectors__IN-D-Invoice-Data-Capture', 'certified-connectors__Revizto-Ireland'].map((name) =>
      decodeText(readFileSync(join(corpusDir(name), 'apiDefinition.swagger.json'))).text);
    // Small real documents, broken at random places in the ways hand-edited files break.
    const sources = readdirSync(corpusDir('')).sort().slice(0, 40).flatMap((name) => {
      try {
        return [readFileSync(join(corpusDir(name), 'apiProperties.json'), 'utf8')];
      } catch {
        return [];
      }
    });
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const breakages = [',', ',', '}', ']', '{', '[', '// note\n', '/* note */', '"', ':', 'x', '\t', ''];
    for (let i = 0; i < 3000; i++) {
      let text = sources[random(sources.length)];
      for (let k = 1 + random(3); k > 0; k--) {
        const at = random(text.length);
        const cut = random(4) === 0 ? 1 : 0;
        text = text.slice(0, at) + breakages[random(breakages.length)] + text.slice(at + cut);
      }
      texts.push(text);
    }
    let broken = 0;
    for (const text of texts) {
      const actual = parseTolerant(text);
      const expected = twoPasses(text);
      if (expected === undefined) {
        expect(actual.strict).toBe(true);
        continue;
      }
      broken++;
      expect(actual.value, text).toEqual(expected.value);
      const offsets = (severity: string, raw: boolean) => actual.problems.filter((p) => p.severity === severity && /Raw control/.test(p.message) === raw).map((p) => p.offset).sort((x, y) => x - y);
      expect(offsets('error', false), text).toEqual(expected.errors);
      expect(offsets('warning', true).length, text).toBe(expected.rawControls);
      expect(offsets('warning', false).length, text).toBe(expected.recoverable);
    }
    expect(broken).toBeGreaterThan(2000);
  });
});

/**
 * What a lenient and a strict jsonc-parser pass say, as the single pass must report it: the lenient value; an
 * error at each lenient problem (raw control characters apart: warnings); a warning at each other place only
 * the strict pass complains about (trailing commas, comments). Undefined for strict JSON.
 */
function twoPasses(text: string): { value: unknown; errors: number[]; rawControls: number; recoverable: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    // broken: analysed below
  }
  const lenient: ParseError[] = [];
  const value = parseJsonc(text, lenient, { allowTrailingComma: true, disallowComments: false });
  const strict: ParseError[] = [];
  parseJsonc(text, strict, { allowTrailingComma: false, disallowComments: true });
  const raw = (e: ParseError) => printParseErrorCode(e.error) === 'InvalidCharacter';
  const lenientOffsets = new Set(lenient.map((e) => e.offset));
  return {
    value,
    errors: lenient.filter((e) => !raw(e)).map((e) => e.offset).sort((x, y) => x - y),
    rawControls: lenient.filter(raw).length,
    recoverable: new Set(strict.filter((e) => !lenientOffsets.has(e.offset)).map((e) => e.offset)).size,
  };
}
