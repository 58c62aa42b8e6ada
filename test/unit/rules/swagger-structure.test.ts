import { describe, expect, it } from 'vitest';
import { swaggerStructure } from '../../../main/core/rules/swagger-structure';
import { findings, sampleContext, summary, type Json } from './support/sample';

const get = (s: Json) => s.paths['/tasks/{taskId}'].get;
const post = (s: Json) => s.paths['/tasks'].post;

describe('swagger-structure (catalogue 18)', () => {
  it.each([
    ['the sample', () => undefined, []],
    ['friendly path parameter names', (s: Json) => { s.paths['/pages/{Page Number}'] = { get: { parameters: [{ name: 'Page Number', in: 'path', required: true, type: 'integer' }], responses: { '200': { description: 'OK' } } } }; }, []],
    ['a path parameter declared on the path item', (s: Json) => { s.paths['/tasks/{taskId}'].parameters = [get(s).parameters.shift()]; }, []],
    ['a response without description', (s: Json) => { delete get(s).responses['200'].description; }, ['error /paths/~1tasks~1{taskId}/get/responses/200/description']],
    ['an undeclared path parameter', (s: Json) => { get(s).parameters.shift(); }, ['error /paths/~1tasks~1{taskId}/get/parameters']],
    ['a path parameter not required', (s: Json) => { delete get(s).parameters[0].required; }, ['error /paths/~1tasks~1{taskId}/get/parameters/0/required']],
    ['two body parameters', (s: Json) => { post(s).parameters.push({ name: 'more', in: 'body', schema: { type: 'object' } }); }, ['error /paths/~1tasks/post/parameters/1']],
    ['body and formData together', (s: Json) => { post(s).parameters.push({ name: 'file', in: 'formData', type: 'file' }); }, ['error /paths/~1tasks/post/parameters/1']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(swaggerStructure, sampleContext(edit))).toEqual(expected);
  });

  it('fixes a path parameter that is not required', () => {
    const [finding] = findings(swaggerStructure, sampleContext((s) => { get(s).parameters[0].required = false; }));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: '/paths/~1tasks~1{taskId}/get/parameters/0/required', value: true }]);
  });
});
