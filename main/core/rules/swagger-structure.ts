/**
 * Catalogue 18 (CERTIFICATION.md §3 B): the standard Swagger 2.0 checks paconn runs — each response has a
 * `description`; each {name} of a path template is a declared `in: path` parameter with `required: true`; at
 * most one body parameter; no body and formData parameters on the same operation.
 * Friendly template names ({Page Number}, {webhook.id}, {$OrderNumber}) are accepted (CERTIFICATION.md).
 */
import { isObject } from '../model/operations';
import type { Rule } from './rule';
import { operationParametersOf, operationsOf, responseEntries } from './support/document-index';
import { escapeSegment } from '../model/json-pointer';

const FILE = 'apiDefinition.swagger.json';
const REASONS: Record<string, string> = { '200': 'OK', '201': 'Created', '202': 'Accepted', '204': 'No Content', default: 'default' };

export const swaggerStructure: Rule = {
  id: 'swagger-structure',
  catalogue: [18],
  severity: 'error',
  step: 'definition',
  description: 'Responses have a description; path parameters are declared and required; one body parameter at most, never with formData.',
  check(ctx, report) {
    for (const op of operationsOf(ctx)) {
      const responses = op.operation.responses;
      if (isObject(responses)) {
        for (const { code, response } of responseEntries(ctx, responses)) {
          if (!isObject(response) || typeof response.$ref === 'string' || typeof response.description === 'string') continue;
          const path = `${op.pointer}/responses/${escapeSegment(code)}/description`;
          const value = REASONS[code] ?? 'Response';
          report({
            message: "The 'description' property is required for every response.",
            file: FILE,
            path,
            fix: { label: `Describe it as "${value}"`, edits: [{ file: FILE, path, value }] },
          });
        }
      }
      const parameters = operationParametersOf(ctx, op);
      for (const name of templateNames(op.path)) {
        const declared = parameters.find((p) => p.parameter.in === 'path' && p.parameter.name === name);
        if (!declared) {
          report({ message: `The path parameter '${name}' of '${op.path}' is not declared in the operation's parameters.`, file: FILE, path: `${op.pointer}/parameters` });
        } else if (declared.parameter.required !== true) {
          const path = `${declared.pointer}/required`;
          report({
            message: `The path parameter '${name}' must have "required": true.`,
            file: FILE,
            path,
            fix: { label: 'Mark it required', edits: [{ file: FILE, path, value: true }] },
          });
        }
      }
      // One pass: each body parameter after the first is reported, in order; then a formData one beside a body.
      let bodies = 0;
      let form: (typeof parameters)[number] | undefined;
      for (const parameter of parameters) {
        const where = parameter.parameter.in;
        if (where === 'body' && ++bodies > 1) report({ message: 'An operation can have only one body parameter.', file: FILE, path: parameter.pointer });
        else if (where === 'formData') form ??= parameter;
      }
      if (bodies > 0 && form) {
        report({ message: 'An operation cannot have both body and formData parameters.', file: FILE, path: form.pointer });
      }
    }
  },
};

/** The names between braces in a path template: what /\{([^}]+)\}/g captures, without an iterator per path. */
function templateNames(path: string): string[] {
  const names: string[] = [];
  for (let open = path.indexOf('{'); open >= 0; open = path.indexOf('{', open + 1)) {
    const close = path.indexOf('}', open + 1);
    if (close < 0) break;
    if (close === open + 1) continue;
    names.push(path.slice(open + 1, close));
    open = close;
  }
  return names;
}
