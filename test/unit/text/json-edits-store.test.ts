/**
 * The store's JSON edits (renderer/document/json-edits.ts) on real connectors: the text is what applyDocEdits
 * makes, the ONE replacement reported turns the old text into the new one, and the value seeded into the parse
 * cache (no re-parse while typing) is exactly what parsing the new text gives, sharing the untouched parts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyDocEdits } from '../../../main/core/model/json-edit';
import type { DocEdit } from '../../../main/core/model/findings';
import { editJsonText } from '../../../renderer/document/json-edits';
import { parsedJson } from '../../../renderer/document/parsed';
import { applyReplacement } from '../../../renderer/document/text-diff';
import { listOperations } from '../../../main/core/model/operations';
import { corpusDir } from '../../support/corpus';

const FILE = 'apiDefinition.swagger.json';

function swaggerOf(connector: string): string {
  return readFileSync(join(corpusDir(connector), FILE), 'utf8');
}

describe('store JSON edits', () => {
  for (const connector of ['certified-connectors__Encodian', 'independent-publisher-connectors__Star-Wars']) {
    it(`${connector}: text, replacement and seeded value agree with a full edit and parse`, () => {
      const original = swaggerOf(connector);
      const ops = listOperations(JSON.parse(original));
      const op = ops[Math.floor(ops.length / 2)].pointer;
      const steps: DocEdit[][] = [
        [{ file: FILE, path: `${op}/summary`, value: 'Typed summary' }],
        [{ file: FILE, path: `${op}/summary`, value: 'Typed summary "quoted"' }],
        [{ file: FILE, path: `${op}/x-new`, value: { a: [1, 'two'], b: null } }],
        [{ file: FILE, path: `${op}/x-new`, remove: true }],
        [{ file: FILE, path: `${op}/description`, value: 'One' }, { file: FILE, path: '/info/title', value: 'Renamed' }],
        [{ file: FILE, path: `${op}/parameters/0`, value: { name: 'first', in: 'query', type: 'string' }, insert: true }],
      ];
      let text = original;
      for (const edits of steps) {
        const before = parsedJson(FILE, text) as Record<string, unknown>;
        const result = editJsonText(FILE, text, edits)!;
        expect(result.text).toBe(applyDocEdits(text, edits, (t) => JSON.parse(t)));
        expect(applyReplacement(text, result.replacement)).toBe(result.text);
        // One edit: only its region changes (two edits far apart span what lies between them, as a diff would).
        if (edits.length === 1) expect(result.replacement.deleted.length + result.replacement.inserted.length).toBeLessThan(2000);
        const after = parsedJson(FILE, result.text) as Record<string, unknown>;
        expect(after).toEqual(JSON.parse(result.text));
        if (!edits.some((e) => e.insert)) expect(after.definitions).toBe(before.definitions);
        text = result.text;
      }
    });
  }

  it('returns null when an edit changes nothing', () => {
    const text = '{\n  "info": {\n    "title": "Same"\n  }\n}\n';
    expect(editJsonText(FILE, text, [{ file: FILE, path: '/info/title', value: 'Same' }])).toBeNull();
  });
});
