/**
 * Catalogue 32 (CERTIFICATION.md §3 C): a trigger's summary reads "When a …" and its description "This
 * operation triggers when …" (L:connector-string-guidance). A warning.
 */
import type { Rule } from './rule';
import { operationsOf } from './support/document-index';

const FILE = 'apiDefinition.swagger.json';

export const triggerWording: Rule = {
  id: 'trigger-wording',
  catalogue: [32],
  severity: 'warning',
  step: 'definition',
  description: 'Trigger summaries start with "When" and descriptions with "This operation triggers when".',
  check(ctx, report) {
    for (const op of operationsOf(ctx)) {
      if (!op.isTrigger) continue;
      const { summary, description } = op.operation;
      if (typeof summary === 'string' && summary.trim() !== '' && !/^when\b/i.test(summary.trim())) {
        report({ message: 'A trigger summary should start with "When", e.g. "When a task is created".', file: FILE, path: `${op.pointer}/summary` });
      }
      if (typeof description === 'string' && description.trim() !== '' && !/^this operation triggers when\b/i.test(description.trim())) {
        report({ message: 'A trigger description should start with "This operation triggers when …".', file: FILE, path: `${op.pointer}/description` });
      }
    }
  },
};
