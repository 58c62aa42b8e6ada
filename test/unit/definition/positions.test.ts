import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTree, findNodeAtLocation } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { positionsInOrder, type TextPosition } from '../../../main/core/definition/positions';
import { LineIndex } from '../../../main/core/text/line-index';
import { corpusDir } from '../../support/corpus';
import { listOperations } from '../../../main/core/model/operations';
import { escapeSegment, toJsonPath } from '../../../main/core/model/json-pointer';

/** The positions by pointer. */
function positionsOf(text: string, pointers: string[]): Map<string, TextPosition> {
  const positions = positionsInOrder(text, pointers);
  return new Map(pointers.map((pointer, i) => [pointer, positions[i]]));
}

/** A reproducible shuffle (a small linear congruential generator). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const TEXT = [
  '{',
  '  "swagger": "2.0",',
  '  "info": { "title": "Demo", "x~y/z": 1 },',
  '  "paths": {',
  '    "/items/{id}": {',
  '      "get": { "parameters": [ { "name": "a" }, { "name": "b", "in": "path" } ] }',
  '    }',
  '  },',
  '}',
].join('\r\n');

describe('positionsInOrder', () => {
  it('finds keys, array elements and the root', () => {
    const at = positionsOf(TEXT, ['', '/swagger', '/info/title', '/info/x~0y~1z', '/paths/~1items~1{id}/get/parameters/1', '/paths/~1items~1{id}/get/parameters/1/in']);
    expect(at.get('')).toMatchObject({ line: 1, column: 1 });
    expect(at.get('/swagger')).toMatchObject({ line: 2, column: 3 });
    expect(at.get('/info/title')).toMatchObject({ line: 3, column: 13 });
    expect(at.get('/info/x~0y~1z')).toMatchObject({ line: 3, column: 30 });
    expect(at.get('/paths/~1items~1{id}/get/parameters/1')).toMatchObject({ line: 6, column: 49 });
    expect(at.get('/paths/~1items~1{id}/get/parameters/1/in')).toMatchObject({ line: 6, column: 64 });
  });

  it('points a missing target at its nearest existing ancestor', () => {
    const at = positionsOf(TEXT, ['/info/contact', '/paths/~1items~1{id}/get/parameters/7/name', '/nothing/here']);
    expect(at.get('/info/contact')).toMatchObject({ line: 3, column: 3 });
    expect(at.get('/paths/~1items~1{id}/get/parameters/7/name')).toMatchObject({ line: 6, column: 16 });
    expect(at.get('/nothing/here')).toMatchObject({ line: 1, column: 1 });
  });

  it('skips strings with brackets, escaped quotes and comments', () => {
    const text = '{ "a": "x}]\\"{", /* "b": 0 */ "b": { "c": [1, {"d": "]"}] }, // "e"\n "e": true }';
    const at = positionsOf(text, ['/b/c/1/d', '/e']);
    expect(at.get('/b/c/1/d')?.offset).toBe(text.indexOf('"d"'));
    expect(at.get('/e')?.offset).toBe(text.lastIndexOf('"e"'));
  });

  it('skips the rest of an object or array once everything wanted in it is found', () => {
    // After /a/x and /a/list/0 the rest of "a" (brackets inside strings, nested values, a later duplicate "x")
    // is skipped whole; "b" and the missing /b/none (its nearest ancestor) are still found after it.
    const text = '{ "a": { "x": 1, "list": [ {"q": 0}, "]" ], "junk": "}]{[", "more": [1, {"y": "}"}], "x": 2 }, "b": { "z": [3, 4] } }';
    const at = positionsOf(text, ['/a/x', '/a/list/0', '/b/z/1', '/b/none']);
    expect(at.get('/a/x')?.offset).toBe(text.indexOf('"x"'));
    expect(at.get('/a/list/0')?.offset).toBe(text.indexOf('{"q"'));
    expect(at.get('/b/z/1')?.offset).toBe(text.indexOf('4'));
    expect(at.get('/b/none')?.offset).toBe(text.indexOf('"b"'));
  });

  it('decodes escaped keys', () => {
    const text = '{ "a\\u0062": { "c": 1 } }';
    expect(positionsOf(text, ['/ab/c']).get('/ab/c')?.offset).toBe(text.indexOf('"c"'));
    // A few wanted names are compared in place: a key of the same length that is written with escapes is decoded.
    const few = '{ "p": { "\\u0061b": 1, "ab": 2, "x\\"y": 3, "c": 4 } }';
    const at = positionsOf(few, ['/p/ab', '/p/c', '/p/x"y']);
    expect(at.get('/p/ab')?.offset).toBe(few.indexOf('"\\u0061b"'));
    expect(at.get('/p/x"y')?.offset).toBe(few.indexOf('"x\\"y"'));
    expect(at.get('/p/c')?.offset).toBe(few.indexOf('"c"'));
  });

  it('skips a value too long for one regex run (millions of escapes in a string) by counting tokens', () => {
    // Millions of escape sequences in one string exhaust the regex engine's backtracking stack.
    const text = `{ "skip": ["${'x\\n'.repeat(3_000_000)}", "]"], "want": { "x": 1 } }`;
    expect(positionsOf(text, ['/want/x']).get('/want/x')?.offset).toBe(text.lastIndexOf('"x"'));
  });

  it('survives broken and hostile texts', () => {
    expect(positionsOf('{"a": {"b": [1, 2', ['/a/b/1']).get('/a/b/1')?.offset).toBe(16);
    expect(positionsOf('', ['/a']).get('/a')).toMatchObject({ line: 1, column: 1 });
    expect(positionsOf('not json', ['/a', 'no-slash']).get('no-slash')).toMatchObject({ line: 1, column: 1 });
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(positionsOf(deep, ['/0/0/0']).get('/0/0/0')?.offset).toBe(3);
  });

  it('gives every pointer its own position whatever the order, when pointers share part of a segment', () => {
    const text = '{ "a": { "b": { "x": 1 }, "bc": { "y": 2, "x": 3 }, "b~c": 4, "": { "": 5 } }, "ab": 6 }';
    const expected: Record<string, number> = {
      '/a/b': text.indexOf('"b"'),
      '/a/b/x': text.indexOf('"x"'),
      '/a/bc': text.indexOf('"bc"'),
      '/a/bc/y': text.indexOf('"y"'),
      '/a/bc/x': text.lastIndexOf('"x"'),
      '/a/b~0c': text.indexOf('"b~c"'),
      '/a/': text.indexOf('""'),
      '/a//': text.lastIndexOf('""'),
      '/a/bc/missing': text.indexOf('"bc"'),
      '/ab': text.indexOf('"ab"'),
      '/a': text.indexOf('"a"'),
    };
    const pointers = Object.keys(expected);
    for (let seed = 1; seed <= 50; seed++) {
      const order = shuffled([...pointers, ...pointers.slice(0, 4)], seed);
      const positions = positionsInOrder(text, order);
      order.forEach((pointer, i) => expect(positions[i].offset, `${pointer} (order ${order.join(' ')})`).toBe(expected[pointer]));
    }
  });

  it('agrees with jsonc-parser on every operation parameter of a large real connector', () => {
    const text = readFileSync(join(corpusDir('certified-connectors__Encodian'), 'apiDefinition.swagger.json'), 'utf8');
    const root = parseTree(text)!;
    const doc = JSON.parse(text.replace(/^\ufeff/, ''));
    const operations = listOperations(doc).flatMap((op) => [op.pointer, `${op.pointer}/responses`, `${op.pointer}/parameters/0`]);
    expect(operations.length).toBeGreaterThan(300);
    // And every property of every definition, in a scrambled order: runs of siblings broken up.
    const properties = Object.entries(doc.definitions as Record<string, { properties?: object }>).flatMap(([name, schema]) =>
      Object.keys(schema.properties ?? {}).map((property) => `/definitions/${escapeSegment(name)}/properties/${escapeSegment(property)}`),
    );
    expect(properties.length).toBeGreaterThan(1000);
    const pointers = [...operations, ...shuffled(properties, 7)];
    const lines = new LineIndex(text);
    const at = positionsOf(text, pointers);
    for (const pointer of pointers) {
      const node = findNodeAtLocation(root, toJsonPath(doc, pointer));
      if (!node) continue;
      // Object members are positioned at their key; array elements at their value.
      const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      expect(at.get(pointer), pointer).toEqual({ ...lines.position(offset), offset });
    }
  });
});
