/**
 * Catalogue 18 (CERTIFICATION.md §3 B): the standard Swagger 2.0 checks paconn runs — each response has a
 * `description`; each {name} of a path template is a declared `in: path` parameter with `required: true`; at
 * most one body parameter; no body and formData parameters on the same operation.
 * Friendly template names ({Page Number}, {webhook.id}, {$OrderNumber}) are accepted (CERTIFICATION.md).
 */
import { toPointer } from '../model/json-pointer';
import { isObject } from '../model/operations';
import type { Rule } from './rule';
import { operationParametersOf, operationsOf } from './support/document-index';

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
      if (isObject(op.operation.responses)) {
        for (const [code, response] of Object.entries(op.operation.responses)) {
          if (!isObject(response) || typeof response.$ref === 'string' || typeof response.description === 'string') continue;
          const path = `${op.pointer}/responses/${toPointer([code]).slice(1)}/description`;
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
      const bodies = parameters.filter((p) => p.parameter.in === 'body');
      for (const extra of bodies.slice(1)) {
        report({ message: 'An operation can have only one body parameter.', file: FILE, path: extra.pointer });
      }
      const form = parameters.find((p) => p.parameter.in === 'formData');
      if (bodies.length > 0 && form) {
        report({ message: 'An operation cannot have both body and formData parameters.', file: FILE, path: form.pointer });
      }
    }
  },
};

function templateNames(path: string): string[] {
  if (!path.includes('{')) return [];
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}
