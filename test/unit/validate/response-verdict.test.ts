/**
 * isResponses and isResponse give the official Swagger 2.0 schema's verdicts: each case is checked both ways,
 * as an operation's responses (and as a document-level response) of a small valid document, judged by the
 * official schema (ajv, draft-04).
 */
import { describe, expect, it } from 'vitest';
import { isResponse, isResponses } from '../../../main/core/validate/response-verdict';
import { schemaValidatorsForTest } from '../../../main/core/validate/schema';
import { minimalSwagger } from './helpers';

const { official } = schemaValidatorsForTest();
const ok = { description: 'OK', schema: { $ref: '#/definitions/Item' } };

const RESPONSES: Array<[label: string, responses: unknown, valid: boolean]> = [
  ['one response', { 200: ok }, true],
  ['codes, default, an extension', { 200: ok, 404: { description: 'Not found' }, default: { description: 'Error' }, 'x-ms-x': 1 }, true],
  ['a reference', { 200: { $ref: '#/responses/Ok' } }, true],
  ['a reference beside a description', { 200: { $ref: '#/responses/Ok', description: 'OK' } }, false],
  ['no responses', {}, false],
  ['only an extension', { 'x-ms-x': 1 }, false],
  ['a code that is not three digits', { 2000: ok }, false],
  ['a two-digit code', { 20: ok }, false],
  ['three characters, not all digits', { '2XX': ok }, false],
  ['a named code', { ok }, false],
  ['"Default" capitalised', { Default: ok }, false],
  ['not an object', [ok], false],
];

const RESPONSE: Array<[label: string, response: unknown, valid: boolean]> = [
  ['a description only', { description: 'Done' }, true],
  ['no description', { schema: { type: 'string' } }, false],
  ['a description that is not a string', { description: 5 }, false],
  ['a file schema', { description: 'The file.', schema: { type: 'file', description: 'Bytes', readOnly: true, required: ['a'], 'x-a': 1 } }, true],
  ['a file schema with properties', { description: 'The file.', schema: { type: 'file', properties: {} } }, false],
  ['a file schema with externalDocs', { description: 'The file.', schema: { type: 'file', externalDocs: { url: 'https://example.com' } } }, true],
  ['a schema with an unknown key', { description: 'OK', schema: { type: 'object', nullable: true } }, false],
  ['headers', { description: 'OK', headers: { 'X-Id': { type: 'string' }, 'X-N': { type: 'integer', minimum: 0 } } }, true],
  ['a bad header', { description: 'OK', headers: { 'X-Id': { type: 'object' } } }, false],
  ['headers not an object', { description: 'OK', headers: [] }, false],
  ['examples', { description: 'OK', examples: { 'application/json': { a: [1] } } }, true],
  ['examples not an object', { description: 'OK', examples: 'x' }, false],
  ['an extension', { description: 'OK', 'x-ms-summary': 'OK' }, true],
  ['an unknown key', { description: 'OK', body: {} }, false],
];

describe('isResponses', () => {
  it.each(RESPONSES)('%s', (label, responses, valid) => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.responses = responses;
    doc.responses = { Ok: { description: 'OK' } };
    expect(official(doc), `official verdict on ${label}`).toBe(valid);
    expect(isResponses(responses)).toBe(valid);
  });
});

describe('isResponse', () => {
  it.each(RESPONSE)('%s', (label, response, valid) => {
    const doc = minimalSwagger();
    doc.responses = { Shared: response };
    expect(official(doc), `official verdict on ${label}`).toBe(valid);
    expect(isResponse(response)).toBe(valid);
  });
});
