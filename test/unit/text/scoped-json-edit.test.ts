/**
 * applyDocEdits edits a 1 MB definition inside the smallest enclosing value instead of the whole text. Its result
 * must be exactly what jsonc-parser's modify makes on the whole document: checked on every corpus swagger and
 * apiProperties with edits of each kind (replace a scalar, replace with an object, add a member, create missing
 * parents, remove, insert into an array) at values picked across the document.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc, parseTree, type Node } from 'jsonc-parser';
import { applyChanges, applyDocEdits, changesForSet, locateValue } from '../../../main/core/model/json-edit';
import { parsePointer, toPointer } from '../../../main/core/model/json-pointer';
import type { DocEdit } from '../../../main/core/model/findings';
import { corpusConnectors } from '../../support/corpus';

const tolerant = (text: string): unknown => parseJsonc(text, [], { allowTrailingComma: true });

/** Every pointer in the document with its value, in document order. */
function pointers(value: unknown, segments: (string | number)[] = [], out: { pointer: string; value: unknown }[] = []) {
  out.push({ pointer: toPointer(segments), value });
  if (Array.isArray(value)) value.forEach((v, i) => pointers(v, [...segments, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pointers(v, [...segments, k], out);
  return out;
}

/** Edits of each kind at pointers spread over the document (deterministic: every n-th pointer). */
function editsFor(file: DocEdit['file'], root: unknown): DocEdit[] {
  const all = pointers(root).filter((p) => p.pointer !== '');
  const pick = (filter: (p: { pointer: string; value: unknown }) => boolean, count: number) => {
    const list = all.filter(filter);
    return Array.from({ length: Math.min(count, list.length) }, (_, i) => list[Math.floor((i * list.length) / count)]);
  };
  const scalar = (p: { value: unknown }) => p.value === null || typeof p.value !== 'object';
  const object = (p: { value: unknown }) => !!p.value && typeof p.value === 'object' && !Array.isArray(p.value);
  const array = (p: { value: unknown }) => Array.isArray(p.value) && p.value.length > 0;
  return [
    ...pick(scalar, 6).map((p) => ({ file, path: p.pointer, value: 'edited "value" \\ ünïcode' })),
    ...pick(scalar, 3).map((p) => ({ file, path: p.pointer, value: { type: 'object', properties: { a: { type: 'string' } } } })),
    ...pick(object, 4).map((p) => ({ file, path: `${p.pointer}/x-added`, value: { description: 'new', enum: [1, 2] } })),
    ...pick(object, 3).map((p) => ({ file, path: `${p.pointer}/x-missing/deeper/still`, value: 'created' })),
    ...pick((p) => p.pointer.split('/').length > 2, 5).map((p) => ({ file, path: p.pointer, remove: true })),
    ...pick(array, 3).map((p) => ({ file, path: `${p.pointer}/0`, value: { name: 'inserted' }, insert: true })),
    ...pick(array, 2).map((p) => ({ file, path: `${p.pointer}/${(p.value as unknown[]).length}`, value: 'appended' })),
  ];
}

/** What the edit made before: jsonc-parser's modify on the whole text. */
function wholeDocument(text: string, edit: DocEdit): string {
  return applyChanges(text, changesForSet(text, tolerant(text), edit.path, edit.value, { remove: edit.remove, insert: edit.insert }));
}

describe('scoped JSON edits', () => {
  const connectors = corpusConnectors();

  it('the corpus is there', () => {
    expect(connectors.length).toBeGreaterThan(50);
  });

  it.each(connectors.map((c) => [c.name, c.dir]))('%s: each edit gives the same text as an edit of the whole document', (_name, dir) => {
    for (const file of ['apiDefinition.swagger.json', 'apiProperties.json'] as const) {
      const path = join(dir, file);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      const root = tolerant(text);
      const edits = editsFor(file, root);
      expect(edits.length).toBeGreaterThan(0);
      for (const edit of edits) {
        expect(applyDocEdits(text, [edit], tolerant), `${file} ${JSON.stringify(edit)}`).toBe(wholeDocument(text, edit));
      }
    }
  });

  it.each(connectors.map((c) => [c.name, c.dir]))('%s: values are located where the parse tree has them', (_name, dir) => {
    const text = readFileSync(join(dir, 'apiDefinition.swagger.json'), 'utf8').replace(/^\uFEFF/, '');
    const tree = parseTree(text, [], { allowTrailingComma: true })!;
    const all = pointers(tolerant(text));
    for (let i = 0; i < all.length; i += Math.max(1, Math.floor(all.length / 40))) {
      let node: Node | undefined = tree;
      for (const segment of parsePointer(all[i].pointer)) {
        node = node?.type === 'array' ? node.children?.[Number(segment)] : node?.children?.find((p) => p.children?.[0].value === segment)?.children?.[1];
      }
      if (!node) throw new Error(`no node at ${all[i].pointer}`);
      expect(locateValue(text, all[i].pointer), all[i].pointer).toEqual({ offset: node.offset, length: node.length });
    }
  });

  it('follows comments, trailing commas, escaped keys and nested strings with brackets', () => {
    const text = '{\n  // a comment {\n  "a\\"b": { "s": "x}]\\\\", "n": [1, 2, ], },\n  /* } */ "c": [ { "d": true } ]\n}\n';
    expect(locateValue(text, '/a"b/n/1')).toEqual({ offset: text.indexOf('2'), length: 1 });
    expect(locateValue(text, '/c/0/d')).toEqual({ offset: text.indexOf('true'), length: 4 });
    expect(locateValue(text, '/c/1')).toBeUndefined();
    const edit: DocEdit = { file: 'apiDefinition.swagger.json', path: '/a"b/added', value: 1 };
    expect(applyDocEdits(text, [edit], tolerant)).toBe(wholeDocument(text, edit));
  });
});
