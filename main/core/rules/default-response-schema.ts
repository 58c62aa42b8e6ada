/**
 * Catalogue 30 (CERTIFICATION.md §3 C): the `default` response has no schema ("DefaultResponseHasSchema",
 * PPC#3810, PPC#3841, PPC#4181). 238 merged connectors still carry one, ~20 of them modified since 2024: a
 * schema the attached previous certified version already had on that operation is reported as pre-existing
 * (legacy), not as a new error; without one, the message says that certified connectors commonly have it.
 * The fix removes the schema; when the operation has no 2xx response and the schema says something, it
 * moves it to a 200 response instead, so the action keeps its outputs.
 */
import { isObject } from '../model/operations';
import type { Rule } from './rule';
import { operationsOf } from './support/document-index';
import { previousOperation, reportNewOrLegacy } from './support/legacy';

const FILE = 'apiDefinition.swagger.json';
const LEGACY_NOTE = ' Many certified connectors still have one from before this check (grandfathered), but the validator rejects it on new and changed operations. Attach the previous certified version to tell which are pre-existing.';

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
      const remove = { file: FILE, path, remove: true } as const;
      const moveTo200 = !Object.keys(responses as object).some((code) => /^2\d\d$/.test(code)) && isObject(response.schema) && Object.keys(response.schema).length > 0;
      reportNewOrLegacy(ctx, report, {
        message: `DefaultResponseHasSchema: The 'default' response must not have a schema.${ctx.previous ? '' : LEGACY_NOTE}`,
        file: FILE,
        path,
        fix: moveTo200
          ? { label: 'Move the schema to a 200 response', edits: [{ file: FILE, path: `${op.pointer}/responses/200`, value: { description: typeof response.description === 'string' && response.description !== '' ? response.description : 'OK', schema: response.schema } }, remove] }
          : { label: 'Remove the schema of the default response', edits: [remove] },
      }, (previous) => {
        const responses = previousOperation(ctx, previous, op)?.operation.responses;
        return isObject(responses) && isObject(responses.default) && responses.default.schema !== undefined;
      });
    }
  },
};

