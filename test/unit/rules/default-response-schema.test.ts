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

  it('removes the schema, and says certified connectors commonly have one', () => {
    const [finding] = findings(defaultResponseSchema, sampleContext(withSchema));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: P, remove: true }]);
    expect(finding.message).toMatch(/^DefaultResponseHasSchema: .*grandfathered.*Attach the previous certified version/);
  });

  it.each([
    ['a schema that says something: moved to a 200 response', { $ref: '#/definitions/Task' }, 'Move the schema to a 200 response'],
    ['an empty schema: removed', {}, 'Remove the schema of the default response'],
  ])('with no 2xx response, %s', (_name, schema, label) => {
    const onlyDefault = (s: Json) => { s.paths['/tasks/{taskId}'].get.responses = { default: { description: 'The task', schema } }; };
    const [finding] = findings(defaultResponseSchema, sampleContext(onlyDefault));
    expect(finding.fix?.label).toBe(label);
    const moved = [{ file: 'apiDefinition.swagger.json', path: '/paths/~1tasks~1{taskId}/get/responses/200', value: { description: 'The task', schema } }];
    expect(finding.fix?.edits).toEqual([...(label.startsWith('Move') ? moved : []), { file: 'apiDefinition.swagger.json', path: P, remove: true }]);
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
