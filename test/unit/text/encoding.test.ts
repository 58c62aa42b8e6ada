import { describe, expect, it } from 'vitest';
import { decodeText, encodeText } from '../../../main/core/text/encoding';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeText / encodeText', () => {
  it('keeps a BOM out of the text and writes it back', () => {
    const input = bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d);
    const decoded = decodeText(input);
    expect(decoded).toMatchObject({ text: '{}', bom: true, invalidBytes: [] });
    expect(encodeText(decoded.text, decoded.bom)).toEqual(input);
  });

  it('decodes multi-byte UTF-8 normally', () => {
    const input = new TextEncoder().encode('{"a":"é 日本 😀"}');
    expect(decodeText(input).text).toBe('{"a":"é 日本 😀"}');
  });

  it.each([
    ['a Windows-1252 é', [0x22, 0xe9, 0x22]],
    ['a truncated sequence at the end', [0x61, 0xe6, 0x97]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a lone continuation byte', [0x80, 0x41]],
  ])('round-trips invalid UTF-8 (%s) byte for byte and reports where', (_name, raw) => {
    const input = Uint8Array.from(raw);
    const decoded = decodeText(input);
    expect(decoded.invalidBytes.length).toBeGreaterThan(0);
    expect(encodeText(decoded.text, decoded.bom)).toEqual(input);
  });

  it('locates the invalid byte by its offset in the text', () => {
    const decoded = decodeText(Uint8Array.from([0x61, 0x0a, 0x62, 0xe9]));
    expect(decoded.invalidBytes).toEqual([{ offset: 3, byte: 0xe9 }]);
  });

  it('does not swallow a real astral character that looks like an escape', () => {
    const text = 'x\ud83d\udcaay';
    expect(decodeText(encodeText(text, false)).text).toBe(text);
  });
});
