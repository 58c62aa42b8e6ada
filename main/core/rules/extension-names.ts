/**
 * Catalogue 33 (CERTIFICATION.md §3 C), and the x-ms-* part of rule 9 that a generic schema check cannot
 * explain: misspelt or unknown extensions. The mirror contains x-ms-visbility, x-ms-sumamry, x-ms-summmary
 * and "x-ms  -summary" — the platform silently ignores them, so the summary or visibility is lost.
 * A warning; a misspelling of a known extension gets a rename fix.
 */
import type { DocEdit } from '../model/findings';
import type { Rule } from './rule';
import { documentIndex } from './support/document-index';
import { KNOWN_EXTENSIONS, likelyExtension } from './support/extensions';
import { pointerOf } from '../model/json-pointer';

const FILE = 'apiDefinition.swagger.json';
const KNOWN = new Set(KNOWN_EXTENSIONS);

export const extensionNames: Rule = {
  id: 'extension-names',
  catalogue: [9, 33],
  severity: 'warning',
  step: 'definition',
  description: 'x-ms-* extension names are spelt exactly as the platform knows them.',
  check(ctx, report) {
    for (const { node, place, keys } of documentIndex(ctx).extensionNodes) {
      for (const key of keys) {
        if (KNOWN.has(key)) continue;
        const path = pointerOf(place, key);
        const meant = likelyExtension(key);
        if (!meant) {
          report({ message: `'${key}' is not a known x-ms extension: the platform ignores it.`, file: FILE, path });
          continue;
        }
        const edits: DocEdit[] = [
          { file: FILE, path: pointerOf(place, meant), value: node[key] },
          { file: FILE, path, remove: true },
        ];
        report({
          message: `'${key}' is not a known extension: did you mean '${meant}'?`,
          file: FILE,
          path,
          fix: meant in node ? undefined : { label: `Rename it to ${meant}`, edits },
        });
      }
    }
  },
};
