import { describe, expect, it } from 'vitest';
import { defaultResponseSchema } from '../../../main/core/rules/default-response-schema';
import { findings, sampleContext, sampleProperties, sampleSwagger, summary, type Json } from './support/sample';

const P = '/paths/~1tasks~1{taskId}/get/responses/default/schema';
const withSchema = (s: Json) => { s.paths['/tasks/{taskId}'].get.responses.default.schema = { $ref: '#/definitions/Task' }; };

describe('default-response-schema (catalogue 30)', () => {
  it.each([
    ['a default response without schema', () => undefined, []],
    ['a default response with a schema', withSchema, [`error ${P}`]],
  ])('%s', (_name, edit, expected) => {
    expect(summary(defaultResponseSchema, sampleContext(edit))).toEqual(expected);
  });

  it('removes the schema', () => {
    expect(findings(defaultResponseSchema, sampleContext(withSchema))[0].fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: P, remove: true }]);
  });

  it.each([
    ['already there in the previous version: legacy warning', true, ['warning', true]],
    ['new since the previous version: error', false, ['error', false]],
  ])('%s', (_name, before, [severity, legacy]) => {
    const previous = sampleSwagger();
    if (before) withSchema(previous);
    // Reordering paths must not matter: operations are matched by operationId.
    previous.paths = Object.fromEntries(Object.entries(previous.paths).reverse());
    const [finding] = findings(defaultResponseSchema, sampleContext(withSchema, { previous: { swagger: previous, properties: sampleProperties() } }));
    expect([finding.severity, finding.legacy ?? false]).toEqual([severity, legacy]);
  });
});
