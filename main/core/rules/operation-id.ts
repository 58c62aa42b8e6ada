/**
 * Catalogue 15 (CERTIFICATION.md §3 B): every operation has an operationId, unique in the definition
 * (error); it should be CamelCase without spaces or punctuation (warning, L:connector-string-guidance).
 */
import type { OperationRef } from '../model/operations';
import type { Rule } from './rule';
import { operationsOf } from './support/document-index';
import { titleFromName } from './support/text';

const FILE = 'apiDefinition.swagger.json';
const CAMEL_CASE = /^[A-Za-z][A-Za-z0-9]*$/;

export const operationId: Rule = {
  id: 'operation-id',
  catalogue: [15],
  severity: 'error',
  step: 'definition',
  description: 'Every operation has a unique operationId, written in CamelCase.',
  check(ctx, report) {
    const operations = operationsOf(ctx);
    const taken = new Set(operations.map((op) => op.operationId).filter((id): id is string => id !== undefined));
    const seen = new Set<string>();
    for (const op of operations) {
      const path = `${op.pointer}/operationId`;
      const id = op.operationId;
      if (id === undefined || id.trim() === '') {
        const suggestion = uniqueName(suggestId(op), taken);
        taken.add(suggestion);
        report({
          message: "The 'operationId' property is required.",
          file: FILE,
          path,
          fix: { label: `Set the operation ID to ${suggestion}`, edits: [{ file: FILE, path, value: suggestion }] },
        });
        continue;
      }
      if (seen.has(id)) {
        report({ message: `The operationId '${id}' is used by more than one operation: operation IDs must be unique.`, file: FILE, path });
      } else if (!CAMEL_CASE.test(id)) {
        report({ message: `The operationId '${id}' should be CamelCase, without spaces or punctuation.`, file: FILE, path, severity: 'warning' });
      }
      seen.add(id);
    }
  },
};

/** "Get a contact" -> "GetAContact"; without a summary, "get /contacts/{id}" -> "GetContactsId". */
function suggestId(op: OperationRef): string {
  const source = typeof op.operation.summary === 'string' && op.operation.summary.trim() ? op.operation.summary : `${op.method} ${op.path}`;
  return titleFromName(source).replace(/ /g, '') || 'Operation';
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}${n}`;
  return candidate;
}
