import { describe, expect, it } from 'vitest';
import { responseSchema } from '../../../main/core/rules/response-schema';
import { findings, sampleContext, sampleProperties, sampleSwagger, summary, type Json } from './support/sample';

const GET200 = '/paths/~1tasks~1{taskId}/get/responses/200/schema';

describe('response-schema (catalogue 29)', () => {
  it.each([
    ['described responses', () => undefined, []],
    ['a POST that returns nothing', (s: Json) => { delete s.paths['/tasks'].post.responses['201'].schema; }, []],
    ['a webhook trigger with "responses": {}', (s: Json) => { s.paths['/hooks'].post.responses = {}; }, []],
    ['an empty schema {}', (s: Json) => { s.paths['/tasks/{taskId}'].get.responses['200'].schema = {}; }, [`error ${GET200}`]],
    ['an empty schema on an internal operation (never shown)', (s: Json) => { const op = s.paths['/tasks/{taskId}'].get; op.responses['200'].schema = {}; op['x-ms-visibility'] = 'internal'; }, [`warning ${GET200}`]],
    ['an empty schema on a deprecated operation', (s: Json) => { const op = s.paths['/tasks/{taskId}'].get; op.responses['200'].schema = {}; op.deprecated = true; }, [`warning ${GET200}`]],
    ['an empty schema on a 204 No Content', (s: Json) => { s.paths['/tasks/{taskId}'].get.responses = { '204': { description: 'Done', schema: {} } }; }, ['warning /paths/~1tasks~1{taskId}/get/responses/204/schema']],
    ['an object schema without properties', (s: Json) => { s.paths['/tasks/{taskId}'].get.responses['200'].schema = { type: 'object' }; }, [`warning ${GET200}`]],
    ['a GET without any response schema', (s: Json) => { delete s.paths['/tasks/{taskId}'].get.responses['200'].schema; }, [`warning ${GET200}`]],
  ])('%s', (_name, edit, expected) => {
    expect(summary(responseSchema, sampleContext(edit))).toEqual(expected);
  });

  it('removes an empty schema', () => {
    const [finding] = findings(responseSchema, sampleContext((s) => { s.paths['/tasks/{taskId}'].get.responses['200'].schema = {}; }));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: GET200, remove: true }]);
  });

  it.each([
    ['already empty in the previous version: legacy warning', true, ['warning', true]],
    ['new since the previous version: error', false, ['error', false]],
  ])('%s', (_name, before, [severity, legacy]) => {
    const empty = (s: Json) => { s.paths['/tasks/{taskId}'].get.responses['200'].schema = {}; };
    const previous = sampleSwagger();
    if (before) empty(previous);
    const [finding] = findings(responseSchema, sampleContext(empty, { previous: { swagger: previous, properties: sampleProperties() } }));
    expect([finding.severity, finding.legacy ?? false]).toEqual([severity, legacy]);
  });
});
