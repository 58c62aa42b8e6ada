import { describe, expect, it } from 'vitest';
import { friendlyTitle, mergeShapes, schemaFromSample, stringFormat } from '../../../main/core/model/sample';

describe('friendlyTitle', () => {
  it.each([
    ['first_name', 'First Name'],
    ['userId', 'User Id'],
    ['HTTPStatus', 'HTTP Status'],
    ['@odata.nextLink', 'Odata Next Link'],
    ['created-at', 'Created At'],
    ['id', 'Id'],
  ])('%s -> %s', (name, title) => expect(friendlyTitle(name)).toBe(title));
});

describe('stringFormat', () => {
  it.each([
    ['2024-05-01T10:20:30Z', 'date-time'],
    ['2024-05-01T10:20:30.123+02:00', 'date-time'],
    ['2024-05-01', 'date'],
    ['ada@example.com', 'email'],
    ['https://example.com/a?b=c', 'uri'],
    ['0f8fad5b-d9cb-469f-a165-70867728950e', 'uuid'],
    ['hello world', undefined],
    ['2024', undefined],
  ])('%s -> %s', (value, format) => expect(stringFormat(value)).toBe(format));
});

describe('schemaFromSample', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ['string', 'x', { type: 'string' }],
    ['integer', 7, { type: 'integer', format: 'int32' }],
    ['big integer', 2 ** 40, { type: 'integer', format: 'int64' }],
    ['number', 1.5, { type: 'number', format: 'float' }],
    ['boolean', true, { type: 'boolean' }],
    ['null', null, {}],
    ['empty array', [], { type: 'array', items: {} }],
    ['dated string', '2024-05-01', { type: 'string', format: 'date' }],
  ])('%s', (_name, sample, expected) => expect(schemaFromSample(sample)).toEqual(expected));

  it('titles and empty descriptions on nested objects', () => {
    expect(schemaFromSample({ first_name: 'Ada', address: { zipCode: '12345' } })).toEqual({
      type: 'object',
      properties: {
        first_name: { type: 'string', 'x-ms-summary': 'First Name', description: '' },
        address: {
          type: 'object',
          'x-ms-summary': 'Address',
          description: '',
          properties: { zipCode: { type: 'string', 'x-ms-summary': 'Zip Code', description: '' } },
        },
      },
    });
  });

  it('merges the item shapes of an array', () => {
    const schema = schemaFromSample([{ id: 1, name: 'a' }, { id: 2.5, email: 'b@example.com' }, { id: 3, name: null }], {
      titles: false,
      descriptions: false,
    });
    expect(schema).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'number', format: 'float' },
          name: { type: 'string' },
          email: { type: 'string', format: 'email' },
        },
      },
    });
  });

  it('can leave titles and descriptions out', () => {
    expect(schemaFromSample({ a: 1 }, { titles: false, descriptions: false })).toEqual({
      type: 'object',
      properties: { a: { type: 'integer', format: 'int32' } },
    });
  });
});

describe('mergeShapes', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]>([
    ['same formats', { type: 'string', format: 'date' }, { type: 'string', format: 'date' }, { type: 'string', format: 'date' }],
    ['different formats', { type: 'string', format: 'date' }, { type: 'string' }, { type: 'string' }],
    ['int32 + int64', { type: 'integer', format: 'int32' }, { type: 'integer', format: 'int64' }, { type: 'integer', format: 'int64' }],
    ['unknown yields', {}, { type: 'boolean' }, { type: 'boolean' }],
    ['conflict keeps first', { type: 'string' }, { type: 'boolean' }, { type: 'string' }],
  ])('%s', (_name, a, b, expected) => expect(mergeShapes(a, b)).toEqual(expected));
});
