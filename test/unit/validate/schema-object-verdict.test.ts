/**
 * isSchemaObject gives the official Swagger 2.0 schema's verdict on a schema object: each case is checked
 * both ways, as the definition `X` of a small valid document, by the official schema (ajv, draft-04).
 */
import { describe, expect, it } from 'vitest';
import { isSchemaObject } from '../../../main/core/validate/schema-object-verdict';
import { schemaValidatorsForTest } from '../../../main/core/validate/schema';
import { minimalSwagger } from './helpers';

const { official } = schemaValidatorsForTest();

const CASES: Array<[label: string, schema: unknown, valid: boolean]> = [
  ['an empty schema', {}, true],
  ['a typical object', { type: 'object', description: 'An item.', required: ['id'], properties: { id: { type: 'string', 'x-ms-summary': 'Id' } } }, true],
  ['an array of references', { type: 'array', items: { $ref: '#/definitions/Item' } }, true],
  ['a tuple of items', { type: 'array', items: [{ type: 'string' }, {}] }, true],
  ['an empty tuple', { type: 'array', items: [] }, false],
  ['a type list', { type: ['string', 'null'] }, true],
  ['a repeated type', { type: ['string', 'string'] }, false],
  ['an unknown type', { type: 'file' }, false],
  ['an enum of mixed scalars', { enum: [1, '1', true, null] }, true],
  ['an enum with a repeated number (1 and 1.0)', { enum: [1, 1.0] }, false],
  ['an enum with equal objects, keys in another order', { enum: [{ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 }] }, false],
  ['an enum with different objects', { enum: [{ a: 1 }, { a: '1' }, [1], { a: 1, b: 2 }] }, true],
  ['an enum with a list and an object of the same entries', { enum: [['x'], { 0: 'x' }] }, true],
  ['an empty enum', { enum: [] }, false],
  ['a repeated required name', { required: ['a', 'a'] }, false],
  ['a name repeated last in a short required list', { required: ['a', 'b', 'c', 'b'] }, false],
  ['a name repeated in a long required list', { required: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'e'] }, false],
  ['a long required list', { required: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] }, true],
  ['an enum with a repeated string, last', { enum: ['a', 'b', 'c', 'a'] }, false],
  ['a long enum with a repeat', { enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'c'] }, false],
  ['null and false in an enum', { enum: [null, false, 0, ''] }, true],
  ['an empty required list', { required: [] }, false],
  ['a property that is not a schema', { properties: { a: 5 } }, false],
  ['a property named like an extension, not a schema', { properties: { 'x-a': 5 } }, false],
  ['an extension of any value', { 'x-ms-visibility': { any: ['thing'] } }, true],
  ['an extension spelt with a capital X', { 'X-ms-summary': 'Id' }, false],
  ['an unknown key', { type: 'string', nullable: true }, false],
  ['a __proto__ key', JSON.parse('{"type": "string", "__proto__": {}}'), false],
  ['rare keywords, valid', { multipleOf: 0.5, maximum: 9, exclusiveMaximum: true, minimum: -1, exclusiveMinimum: false, maxLength: 5, minLength: 0, pattern: '^a', maxItems: 3, minItems: 1, uniqueItems: true, maxProperties: 4, minProperties: 0, discriminator: 'kind', readOnly: false, format: 'int32', title: 'T', default: [1], example: null }, true],
  ['multipleOf zero', { multipleOf: 0 }, false],
  ['a fractional maxLength', { maxLength: 1.5 }, false],
  ['a negative minItems', { minItems: -1 }, false],
  ['minLength 2.0 (an integer)', { minLength: 2.0 }, true],
  ['additionalProperties false', { additionalProperties: false }, true],
  ['additionalProperties a bad schema', { additionalProperties: { type: 'object', nope: 1 } }, false],
  ['allOf empty', { allOf: [] }, false],
  ['a nested bad schema deep in allOf', { allOf: [{ properties: { a: { items: { type: 'integer', minimum: 'zero' } } } }] }, false],
  ['xml with every key', { xml: { name: 'n', namespace: 'u', prefix: 'p', attribute: true, wrapped: false, 'x-a': 1 } }, true],
  ['xml with an unknown key', { xml: { wrap: true } }, false],
  ['externalDocs with a url', { externalDocs: { url: 'https://example.com', description: 'd', 'x-a': 1 } }, true],
  ['externalDocs without a url', { externalDocs: { description: 'd' } }, false],
  ['not an object', ['type', 'string'], false],
];

describe('isSchemaObject', () => {
  it.each(CASES)('%s', (label, schema, valid) => {
    const doc = minimalSwagger();
    doc.definitions.X = schema;
    expect(official(doc), `official verdict on ${label}`).toBe(valid);
    expect(isSchemaObject(schema)).toBe(valid);
  });
});
