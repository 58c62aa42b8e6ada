import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memberKeys, moveMemberBefore, moveMemberText } from '../../../main/core/model/json-reorder';
import { parseTolerant } from '../../../main/core/text/tolerant-json';
import { diffTexts } from '../../../renderer/document/text-diff';
import { corpusDir } from '../../support/corpus';

const text = `{\r\n  "paths": {\r\n    "/a": { "get": {} },\r\n    // the b path\r\n    "/b": {\r\n      "post": { "x": [1, 2] }\r\n    },\r\n    "/c": { "put": {} }\r\n  },\r\n  "list": [ {"id": 1}, {"id": 2},\r\n    {"id": 3} ]\r\n}`;

describe('moveMemberText', () => {
  it('moves an object member down, keeping every separator, comment and line end in place', () => {
    const next = moveMemberText(text, '/paths', 0, 2)!;
    expect(memberKeys(next, '/paths')).toEqual(['/b', '/c', '/a']);
    expect(next.length).toBe(text.length);
    expect(next).toContain('"/b": {\r\n      "post": { "x": [1, 2] }\r\n    },\r\n    // the b path\r\n    "/c": { "put": {} },\r\n    "/a": { "get": {} }\r\n  }');
    // The comment stays in its slot (between the first and second members) and CRLF is kept everywhere.
    expect(next.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(parseTolerant(next).value).toEqual(parseTolerant(text).value);
  });

  it('moves up, and moves array elements', () => {
    expect(memberKeys(moveMemberText(text, '/paths', 2, 0)!, '/paths')).toEqual(['/c', '/a', '/b']);
    const list = moveMemberText(text, '/list', 2, 0)!;
    expect((parseTolerant(list).value as { list: { id: number }[] }).list.map((e) => e.id)).toEqual([3, 1, 2]);
    expect(list).toContain('"list": [ {"id": 3}, {"id": 1},\r\n    {"id": 2} ]');
  });

  it('moves nothing when it cannot', () => {
    expect(moveMemberText(text, '/paths', 1, 1)).toBeUndefined();
    expect(moveMemberText(text, '/paths', 0, 3)).toBeUndefined();
    expect(moveMemberText(text, '/missing', 0, 1)).toBeUndefined();
    expect(moveMemberText(text, '/paths/~1a/get', 0, 1)).toBeUndefined();
  });

  it('keeps a trailing comma after the last member where it was', () => {
    const trailing = '{"a": 1, "b": 2, "c": 3,}';
    expect(moveMemberText(trailing, '', 2, 0)).toBe('{"c": 3, "a": 1, "b": 2,}');
  });
});

describe('moveMemberBefore', () => {
  it('moves a member before another, or to the end', () => {
    expect(memberKeys(moveMemberBefore(text, '/paths', '/c', '/a')!, '/paths')).toEqual(['/c', '/a', '/b']);
    expect(memberKeys(moveMemberBefore(text, '/paths', '/a', '/c')!, '/paths')).toEqual(['/b', '/a', '/c']);
    expect(memberKeys(moveMemberBefore(text, '/paths', '/a', null)!, '/paths')).toEqual(['/b', '/c', '/a']);
    expect(moveMemberBefore(text, '/paths', '/a', '/b')).toBeUndefined();
    expect(moveMemberBefore(text, '/paths', '/nope', null)).toBeUndefined();
  });

  it('on a real connector, changes the order of paths and nothing else', () => {
    const original = readFileSync(join(corpusDir('certified-connectors__Calendly'), 'apiDefinition.swagger.json'), 'utf8');
    const keys = memberKeys(original, '/paths')!;
    expect(keys.length).toBeGreaterThan(3);
    const next = moveMemberBefore(original, '/paths', keys[keys.length - 1], keys[0])!;
    expect(memberKeys(next, '/paths')).toEqual([keys[keys.length - 1], ...keys.slice(0, -1)]);
    const before = parseTolerant(original).value as { paths: Record<string, unknown> };
    const after = parseTolerant(next).value as { paths: Record<string, unknown> };
    expect(after).toEqual(before);
    // One replacement, holding the moved path item's text once plus the members it jumped over.
    const change = diffTexts(original, next)!;
    expect(change.inserted.length).toBe(change.deleted.length);
    expect(moveMemberBefore(next, '/paths', keys[keys.length - 1], null)).toBe(original);
  });
});
