import { describe, expect, it } from 'vitest';
import { looksLikeId, mergeSchema, requestFromSample } from '../../../main/core/model/sample';

describe('looksLikeId', () => {
  it.each([
    ['42', true],
    ['0f8fad5b-d9cb-469f-a165-70867728950e', true],
    ['5f2b8c9e1a3d4e6f7a8b9c0d', true],
    ['AbC123xYz789QQ', true],
    ['users', false],
    ['v1', false],
    ['orders-summary', false],
  ])('%s -> %s', (segment, expected) => expect(looksLikeId(segment)).toBe(expected));
});

describe('requestFromSample', () => {
  it('turns ids into path parameters, the query into query parameters and JSON into a body schema', () => {
    const result = requestFromSample({
      method: 'POST',
      url: 'https://api.example.com/users/42/orders/0f8fad5b-d9cb-469f-a165-70867728950e?expand=true&limit=10',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer x', 'X-Tenant': 'contoso' },
      body: '{"note":"hi"}',
    });
    expect(result.path).toBe('/users/{userId}/orders/{orderId}');
    expect(result.method).toBe('post');
    expect(result.parameters.map((p) => [p.in, p.name, p.type, p.required])).toEqual([
      ['path', 'userId', 'integer', true],
      ['path', 'orderId', 'string', true],
      ['query', 'expand', 'boolean', false],
      ['query', 'limit', 'integer', false],
      ['header', 'X-Tenant', 'string', false],
      ['body', 'body', undefined, true],
    ]);
    expect(result.parameters[0]['x-ms-summary']).toBe('User Id');
    expect(result.bodySchema?.properties?.note).toMatchObject({ type: 'string', 'x-ms-summary': 'Note' });
  });

  it.each([
    ['/items/1/2', '/items/{itemId}/{id}'],
    ['/1', '/{id}'],
    ['/a/b', '/a/b'],
  ])('path %s -> %s', (url, path) => expect(requestFromSample({ method: 'get', url }).path).toBe(path));

  it('keeps the author annotations on re-import', () => {
    const existing = {
      parameters: [
        { name: 'limit', in: 'query', type: 'string', 'x-ms-summary': 'Max results', 'x-ms-visibility': 'advanced' },
        {
          name: 'body',
          in: 'body',
          schema: { type: 'object', properties: { note: { type: 'string', description: 'Mine', 'x-ms-visibility': 'important' } } },
        },
      ],
    };
    const result = requestFromSample({ method: 'put', url: '/things?limit=5', body: '{"note":"x","extra":1}' }, existing);
    expect(result.parameters[0]).toMatchObject({ type: 'integer', 'x-ms-summary': 'Max results', 'x-ms-visibility': 'advanced' });
    expect(result.bodySchema?.properties?.note).toMatchObject({ description: 'Mine', 'x-ms-visibility': 'important', 'x-ms-summary': 'Note' });
    expect(result.bodySchema?.properties?.extra).toMatchObject({ type: 'integer' });
  });

  it('ignores a body that is not JSON', () => {
    expect(requestFromSample({ method: 'post', url: '/x', body: 'a=b' }).bodySchema).toBeUndefined();
  });
});

describe('mergeSchema', () => {
  it.each<[string, Record<string, unknown> | undefined, Record<string, unknown>, Record<string, unknown>]>([
    ['nothing existing', undefined, { type: 'string' }, { type: 'string' }],
    [
      'keeps title, description and visibility',
      { type: 'string', title: 'T', description: 'D', 'x-ms-visibility': 'advanced', 'x-ms-summary': 'Mine' },
      { type: 'integer', format: 'int32', 'x-ms-summary': 'Generated', description: '' },
      { type: 'integer', format: 'int32', title: 'T', description: 'D', 'x-ms-visibility': 'advanced', 'x-ms-summary': 'Mine' },
    ],
    ['drops a stale format', { type: 'string', format: 'date' }, { type: 'string' }, { type: 'string' }],
    ['keeps a $ref', { $ref: '#/definitions/User' }, { type: 'object' }, { $ref: '#/definitions/User' }],
    [
      'keeps properties the sample lacks',
      { type: 'object', properties: { old: { type: 'string', description: 'kept' } } },
      { type: 'object', properties: { fresh: { type: 'boolean' } } },
      { type: 'object', properties: { old: { type: 'string', description: 'kept' }, fresh: { type: 'boolean' } } },
    ],
    [
      'merges array items',
      { type: 'array', items: { type: 'object', 'x-ms-summary': 'Row', properties: {} } },
      { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } },
      { type: 'array', items: { type: 'object', 'x-ms-summary': 'Row', properties: { a: { type: 'string' } } } },
    ],
  ])('%s', (_name, existing, generated, expected) => expect(mergeSchema(existing, generated)).toEqual(expected));
});
