/**
 * Catalogue 29 (CERTIFICATION.md §3 C): an action's 2xx response schema must not be empty — "Empty response
 * schema is not allowed anymore, which means no dynamic content will be shown in the output" (reviewers,
 * PPC#1337, PPC#1316; "empty schema is not allowed", PPC#2145). A response with no schema at all is how an
 * operation that returns nothing is written (the reviewers' own advice), so it is only a warning when no 2xx
 * response of a GET has one; dynamic schemas (x-ms-dynamic-schema) count as schemas. Merged connectors
 * still carry empty schemas (41 operations in 7 corpus connectors): one the attached previous certified
 * version already had is reported as pre-existing (legacy), as for rules 26 and 30.
 * The rule is about dynamic content, so where there is none to show the empty schema is a warning: an internal
 * operation (never shown), a deprecated one (its outputs cannot change without breaking flows, rules 51-52)
 * and a 204 No Content response. Certified corpus connectors carry 20 such empty schemas.
 */
import { isObject, type JsonObject } from '../model/operations';
import type { Fix } from '../model/findings';
import type { Rule } from './rule';
import { operationsOf, responseEntries, type ResponseEntry } from './support/document-index';
import { previousOperation, reportNewOrLegacy } from './support/legacy';
import { isSuccessCode } from './support/text';

const FILE = 'apiDefinition.swagger.json';

export const responseSchema: Rule = {
  id: 'response-schema',
  catalogue: [29],
  severity: 'error',
  step: 'definition',
  description: 'Actions describe their 2xx responses with a non-empty schema (or none when they return nothing).',
  check(ctx, report) {
    for (const op of operationsOf(ctx)) {
      if (op.isTrigger || !isObject(op.operation.responses)) continue;
      const success = successResponses(responseEntries(ctx, op.operation.responses));
      for (const [code, response] of success) {
        const schema = response.schema;
        const path = `${op.pointer}/responses/${code}/schema`;
        if (isObject(schema) && isBareObject(schema)) {
          report({ message: 'This response schema is an object without properties: its outputs will not show as dynamic content.', file: FILE, path, severity: 'warning' });
        }
        if (!isObject(schema) || !isEmpty(schema)) continue;
        const fix: Fix = { label: 'Remove the empty schema', edits: [{ file: FILE, path, remove: true }] };
        const unseen = unseenOutputs(op.operation, code);
        if (unseen) {
          report({ message: `This response schema is empty; as ${unseen}, no dynamic content is lost, but remove the schema if the operation returns nothing.`, file: FILE, path, severity: 'warning', fix });
          continue;
        }
        reportNewOrLegacy(ctx, report, {
          message: 'Empty response schema is not allowed: describe the response properties, or remove the schema if the operation returns nothing.',
          file: FILE,
          path,
          fix,
        }, (previous) => {
          const responses = previousOperation(ctx, previous, op)?.operation.responses;
          const old = isObject(responses) ? responses[code] : undefined;
          return isObject(old) && isObject(old.schema) && Object.keys(old.schema).length === 0;
        });
      }
      const described = success.some(([, r]) => r.schema !== undefined);
      if (op.method === 'get' && success.length > 0 && !described) {
        report({
          message: 'This action returns data but has no response schema: add one unless the response is dynamic, so its outputs show as dynamic content.',
          file: FILE,
          path: `${op.pointer}/responses/${success[0][0]}/schema`,
          severity: 'warning',
        });
      }
    }
  },
};

/** Why no dynamic content can come from this response (the operation is never shown, or nothing is returned), if so. */
function unseenOutputs(operation: JsonObject, code: string): string | undefined {
  if (operation['x-ms-visibility'] === 'internal') return 'the operation is internal (never shown)';
  if (operation.deprecated === true) return 'the operation is deprecated';
  if (code === '204') return 'a 204 response has no content';
  return undefined;
}

/** The 2xx responses that are objects, as [code, response] in document order. */
function successResponses(entries: readonly ResponseEntry[]): [string, JsonObject][] {
  const success: [string, JsonObject][] = [];
  for (const { code, response } of entries) if (isSuccessCode(code) && isObject(response)) success.push([code, response]);
  return success;
}

/** Object.keys(schema).length === 0, without making the list (asked for every 2xx response). */
function isEmpty(schema: JsonObject): boolean {
  for (const _key in schema) return false;
  return true;
}

/** { "type": "object" } (perhaps with a description) and nothing that says what is inside. */
function isBareObject(schema: Record<string, unknown>): boolean {
  return schema.type === 'object' && Object.keys(schema).every((key) => key === 'type' || key === 'description' || key === 'title');
}
