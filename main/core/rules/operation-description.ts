/**
 * Catalogue 25 (CERTIFICATION.md §3 C): every operation has a `description` (PR template; only 72 of 15,944
 * operations in the mirror lack one). The fix copies the summary when there is one.
 * Scoped, as catalogue 26 scopes parameters, to what a user sees: an `x-ms-visibility: internal` operation
 * (a dropdown's helper, a webhook's delete) is never shown, and certified connectors ship such operations
 * without one.
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
  description: 'Every operation a user sees (not internal) has a description.',
  check(ctx, report) {
    for (const op of operationsOf(ctx)) {
      if (isFilled(op.operation.description) || op.operation['x-ms-visibility'] === 'internal') continue;
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
