/**
 * Catalogue 25 (CERTIFICATION.md §3 C): every operation has a `description` (PR template; only 72 of 15,944
 * operations in the mirror lack one). The fix copies the summary when there is one.
 */
import type { Rule } from './rule';
import { operationsOf } from './support/document-index';
import { isFilled } from './support/text';

const FILE = 'apiDefinition.swagger.json';

export const operationDescription: Rule = {
  id: 'operation-description',
  catalogue: [25],
  severity: 'error',
  step: 'definition',
  description: 'Every operation has a description.',
  check(ctx, report) {
    for (const op of operationsOf(ctx)) {
      if (isFilled(op.operation.description)) continue;
      const path = `${op.pointer}/description`;
      const summary = op.operation.summary;
      report({
        message: "The 'description' property is required",
        file: FILE,
        path,
        fix: isFilled(summary) ? { label: 'Use the summary as description', edits: [{ file: FILE, path, value: summary }] } : undefined,
      });
    }
  },
};
