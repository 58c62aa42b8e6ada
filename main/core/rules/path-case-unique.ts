/**
 * Catalogue 14 (CERTIFICATION.md §3 B): paths are unique case-insensitively — "The path '…' is defined
 * multiple times with different capitalization" (microsoft/powerapps-tools#909).
 */
import { toPointer } from '../model/json-pointer';
import { isObject } from '../model/operations';
import type { Rule } from './rule';

export const pathCaseUnique: Rule = {
  id: 'path-case-unique',
  catalogue: [14],
  severity: 'error',
  step: 'definition',
  description: 'No two paths differ only by capitalization.',
  check(ctx, report) {
    if (!isObject(ctx.swagger) || !isObject(ctx.swagger.paths)) return;
    const seen = new Map<string, string>();
    for (const path of Object.keys(ctx.swagger.paths)) {
      const key = path.toLowerCase();
      if (!seen.has(key)) {
        seen.set(key, path);
        continue;
      }
      report({
        message: `The path '${path}' is defined multiple times with different capitalization`,
        file: 'apiDefinition.swagger.json',
        path: toPointer(['paths', path]),
      });
    }
  },
};
