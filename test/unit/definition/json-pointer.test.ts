import { describe, expect, it } from 'vitest';
import { escapeSegment, parsePointer, pointerOf, resolveLocal, toPointer, unescapeSegment, type Place } from '../../../main/core/model/json-pointer';

// Segments as real definitions hold them: path templates, media types, names with '~', and the RFC 6901
// trap where '~01' must read back as '~1', not '/'.
const SEGMENTS = ['paths', '/items/{id}', 'get', 'application/json', 'a~b', '~1', 'x~0y', '', 0, 12];

describe('JSON pointers', () => {
  it('round-trips every segment, escaping only what needs it', () => {
    const pointer = toPointer(SEGMENTS);
    expect(pointer).toBe('/paths/~1items~1{id}/get/application~1json/a~0b/~01/x~00y//0/12');
    expect(parsePointer(pointer)).toEqual(SEGMENTS.map(String));
  });

  it('escapes and unescapes single segments per RFC 6901', () => {
    expect(escapeSegment('plain')).toBe('plain');
    expect(escapeSegment('~/')).toBe('~0~1');
    expect(unescapeSegment('~01')).toBe('~1');
    expect(unescapeSegment('~1~0')).toBe('/~');
    expect(unescapeSegment('plain')).toBe('plain');
  });

  it('writes a place and any segments below it as toPointer writes the same segments', () => {
    let place: Place | undefined;
    for (const key of SEGMENTS.slice(0, 6)) place = { parent: place, key };
    expect(pointerOf(place, ...SEGMENTS.slice(6))).toBe(toPointer(SEGMENTS));
    expect(pointerOf(undefined)).toBe('');
    expect(pointerOf(undefined, 'definitions', 'a/b')).toBe('/definitions/a~1b');
  });

  it('resolves local references, plain, escaped and percent-encoded, and nothing else', () => {
    const doc = { definitions: { Pet: { type: 'object' }, 'a/b': 1, 'Error message': 2, 'x~y': 3 }, parameters: [{ name: 'id' }] };
    expect(resolveLocal(doc, '#/definitions/Pet')).toEqual({ type: 'object' });
    expect(resolveLocal(doc, '#/definitions/a~1b')).toBe(1);
    expect(resolveLocal(doc, '#/definitions/Error%20message')).toBe(2);
    expect(resolveLocal(doc, '#/definitions/x~0y')).toBe(3);
    expect(resolveLocal(doc, '#/definitions/Pet/type')).toBe('object');
    expect(resolveLocal(doc, '#/parameters/0')).toEqual({ name: 'id' });
    expect(resolveLocal(doc, '#')).toBe(doc);
    expect(resolveLocal(doc, '#/definitions/Missing')).toBeUndefined();
    expect(resolveLocal(doc, '#/nothing/Pet')).toBeUndefined();
    expect(resolveLocal(doc, '#definitions')).toBeUndefined();
    expect(resolveLocal(doc, '#/definitions/%E0%A4%A')).toBeUndefined();
  });

  it('reads the root and refuses text that is not a pointer', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/')).toEqual(['']);
    expect(() => parsePointer('paths/x')).toThrow(/Not a JSON pointer/);
  });
});
