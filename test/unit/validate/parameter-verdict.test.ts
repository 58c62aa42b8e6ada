/**
 * isParameter, isPrimitivesItems and isHeader give the official Swagger 2.0 schema's verdicts: each case is
 * checked both ways, placed in a small valid document (an operation's parameter, a response's header) and
 * judged by the official schema (ajv, draft-04).
 */
import { describe, expect, it } from 'vitest';
import { isHeader, isParameter } from '../../../main/core/validate/parameter-verdict';
import { schemaValidatorsForTest } from '../../../main/core/validate/schema';
import { minimalSwagger } from './helpers';

const { official } = schemaValidatorsForTest();

const query = { name: 'q', in: 'query', type: 'string' };
const path = { name: 'id', in: 'path', required: true, type: 'string' };

const PARAMETERS: Array<[label: string, parameter: unknown, valid: boolean]> = [
  ['a query parameter', query, true],
  ['a path parameter', path, true],
  ['a header parameter', { name: 'X-Key', in: 'header', type: 'string', 'x-ms-visibility': 'internal' }, true],
  ['a formData file', { name: 'f', in: 'formData', type: 'file' }, true],
  ['a query file', { ...query, type: 'file' }, false],
  ['a body parameter', { name: 'body', in: 'body', required: true, schema: { type: 'object', properties: { a: { type: 'string' } } }, 'x-ms-summary': 'Body' }, true],
  ['a body parameter without a schema', { name: 'body', in: 'body' }, false],
  ['a body parameter with a bad schema', { name: 'body', in: 'body', schema: { type: 'object', nullable: true } }, false],
  ['a body parameter with a type', { name: 'body', in: 'body', schema: {}, type: 'object' }, false],
  ['a body parameter without a name', { in: 'body', schema: {} }, false],
  ['a cookie parameter', { ...query, in: 'cookie' }, false],
  ['no location', { name: 'q', type: 'string' }, false],
  ['no type', { name: 'q', in: 'query' }, false],
  ['no name', { in: 'query', type: 'string' }, false],
  ['a name that is not a string', { ...query, name: 5 }, false],
  ['an optional path parameter', { ...path, required: false }, false],
  ['a path parameter that does not say it is required', { name: 'id', in: 'path', type: 'string' }, false],
  ['allowEmptyValue on a query parameter', { ...query, allowEmptyValue: true }, true],
  ['allowEmptyValue on a header', { name: 'h', in: 'header', type: 'string', allowEmptyValue: true }, false],
  ['collectionFormat multi on a query array', { ...query, type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }, true],
  ['collectionFormat multi on a path array', { ...path, type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }, false],
  ['nested items', { ...query, type: 'array', items: { type: 'array', items: { type: 'integer', minimum: 0, 'x-a': 1 }, collectionFormat: 'pipes' } }, true],
  ['items of type object', { ...query, type: 'array', items: { type: 'object' } }, false],
  ['items with an unknown key', { ...query, type: 'array', items: { type: 'string', title: 'T' } }, false],
  ['rare keywords, valid', { ...query, type: 'integer', format: 'int32', default: 3, maximum: 10, exclusiveMaximum: true, minimum: 1, exclusiveMinimum: false, multipleOf: 1, enum: [1, 2, 3], description: 'd' }, true],
  ['string bounds, valid', { ...query, pattern: '^a', minLength: 0, maxLength: 5 }, true],
  ['array bounds, valid', { ...query, type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2, uniqueItems: true }, true],
  ['a negative maxLength', { ...query, maxLength: -1 }, false],
  ['a repeated enum value', { ...query, enum: ['a', 'a'] }, false],
  ['maxProperties (a schema keyword)', { ...query, maxProperties: 1 }, false],
  ['an unknown key', { ...query, summary: 'x' }, false],
  ['not an object', 'q', false],
];

const HEADERS: Array<[label: string, header: unknown, valid: boolean]> = [
  ['a string header', { type: 'string', description: 'The id.', 'x-ms-summary': 'Id' }, true],
  ['an array header', { type: 'array', items: { type: 'string' }, collectionFormat: 'csv', maxItems: 3 }, true],
  ['a header without a type', { description: 'The id.' }, false],
  ['a header of type object', { type: 'object' }, false],
  ['a header with multi', { type: 'array', items: { type: 'string' }, collectionFormat: 'multi' }, false],
  ['a header with a title', { type: 'string', title: 'T' }, false],
  ['a header description that is not a string', { type: 'string', description: 5 }, false],
];

describe('isParameter', () => {
  it.each(PARAMETERS)('%s', (label, parameter, valid) => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.parameters = [parameter];
    expect(official(doc), `official verdict on ${label}`).toBe(valid);
    expect(isParameter(parameter)).toBe(valid);
  });
});

describe('isHeader', () => {
  it.each(HEADERS)('%s', (label, header, valid) => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.responses['200'].headers = { 'X-Id': header };
    expect(official(doc), `official verdict on ${label}`).toBe(valid);
    expect(isHeader(header)).toBe(valid);
  });
});
