/**
 * Catalogue 30 (CERTIFICATION.md §3 C): the `default` response has no schema ("DefaultResponseHasSchema",
 * PPC#3810, PPC#3841, PPC#4181). 238 merged connectors still carry one, ~20 of them modified since 2024: a
 * schema the attached previous certified version already had on that operation is reported as pre-existing
 * (legacy), not as a new error.
 */
import { isObject } from '../model/operations';
import type { Rule } from './rule';
import { operationsOf } from './support/document-index';
import { previousOperation, reportNewOrLegacy } from './support/legacy';

const FILE = 'apiDefinition.swagger.json';

export const defaultResponseSchema: Rule = {
  id: 'default-response-schema',
  catalogue: [30],
  severity: 'error',
  step: 'definition',
  description: "The 'default' response of an operation has no schema.",
  check(ctx, report) {
    for (const op of operationsOf(ctx)) {
      const responses = op.operation.responses;
      const response = isObject(responses) ? responses.default : undefined;
      if (!isObject(response) || response.schema === undefined) continue;
      const path = `${op.pointer}/responses/default/schema`;
      reportNewOrLegacy(ctx, report, {
        message: "DefaultResponseHasSchema: The 'default' response must not have a schema.",
        file: FILE,
        path,
        fix: { label: 'Remove the schema of the default response', edits: [{ file: FILE, path, remove: true }] },
      }, (previous) => {
        const responses = previousOperation(ctx, previous, op)?.operation.responses;
        return isObject(responses) && isObject(responses.default) && responses.default.schema !== undefined;
      });
    }
  },
};

