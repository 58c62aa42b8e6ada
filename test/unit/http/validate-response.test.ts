import { describe, expect, it } from 'vitest';
import { validateResponse } from '../../../main/core/model/testing/validate-response';

const swagger = {
  swagger: '2.0',
  definitions: {
    'Error message': { type: 'object', required: ['code'], properties: { code: { type: 'integer' } } },
    Node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/Node' } } } },
  },
  responses: { NotFound: { description: 'nf', schema: { $ref: '#/definitions/Error message' } } },
  paths: {
    '/hooks': {
      get: {
        operationId: 'GetHook',
        responses: {
          '200': {
            description: 'ok',
            schema: {
              type: 'object',
              'x-ms-summary': 'Hook',
              required: ['id'],
              properties: {
                id: { type: 'string', 'x-ms-visibility': 'important' },
                webhook: { type: 'object', properties: { url: { type: 'string', format: 'uri' } } },
                items: { type: 'array', items: { type: 'object', properties: { n: { type: 'integer' } } } },
                when: { type: 'string', format: 'date-time' },
                odd: { type: 'string', format: 'not-a-known-format' },
                maybe: { type: 'string', 'x-nullable': true },
                tree: { $ref: '#/definitions/Node' },
                status: { type: 'string', enum: ['on', 'off'] },
                upload: { type: 'file' },
                legacy: { type: 'string', required: true },
              },
            },
          },
          '404': { $ref: '#/responses/NotFound' },
          default: { description: 'err', schema: { type: 'string' } },
        },
      },
    },
  },
};

const check = (status: number, body: unknown) => validateResponse(swagger, 'GetHook', status, JSON.stringify(body));

describe('validateResponse', () => {
  it('accepts a matching body with extra properties, x-ms-* keys, unknown formats and nullable values', () => {
    const result = check(200, { id: 'a', extra: 1, webhook: { url: 'https://x.test/' }, when: '2024-01-01T00:00:00Z', odd: '?', maybe: null, tree: { name: 'r', children: [{ name: 'c', children: [] }] }, upload: 'x', legacy: 's' });
    expect(result).toEqual({ schemaFound: true, valid: true, messages: [] });
  });

  it("reports type mismatches in the wizard's wording, with dotted paths and [index]", () => {
    const result = check(200, { id: 'a', webhook: 'https://x', items: [{ n: 1 }, { n: 'two' }], tree: { children: [{ name: 3 }] } });
    expect(result.valid).toBe(false);
    expect(result.messages.map((m) => m.message)).toEqual([
      'Property ".webhook" type mismatch, Expected: "object", Actual: "string"',
      'Property ".items[1].n" type mismatch, Expected: "integer", Actual: "string"',
      'Property ".tree.children[0].name" type mismatch, Expected: "string", Actual: "integer"',
    ]);
    expect(result.messages[1].path).toBe('.items[1].n');
  });

  it('reports missing required properties, enum and format problems', () => {
    const result = check(200, { status: 'maybe', when: 'yesterday' });
    expect(result.messages.map((m) => m.message)).toEqual([
      'Property ".id" is required but missing',
      'Property ".when" format mismatch, Expected: "date-time", Actual: "yesterday"',
      'Property ".status" value "maybe" is not one of the allowed values: "on", "off"',
    ]);
  });

  it('uses the schema of the returned status, a $ref response, or default', () => {
    expect(check(404, { code: 'x' }).messages[0].message).toBe('Property ".code" type mismatch, Expected: "integer", Actual: "string"');
    expect(check(500, 'plain').valid).toBe(true);
    expect(validateResponse(swagger, 'GetHook', 500, 'not json at all').valid).toBe(true);
    expect(check(200, 'x').messages[0].message).toBe('Property "" type mismatch, Expected: "object", Actual: "string"');
  });

  it('says when the body is not JSON but JSON was described, and when there is no schema', () => {
    expect(validateResponse(swagger, 'GetHook', 200, '<html>').messages[0].message).toBe('The response body is not valid JSON, but the schema describes JSON.');
    expect(validateResponse(swagger, 'GetHook', 200, '').messages[0].message).toBe('The response body is empty, but the schema describes a value of type "object".');
    expect(validateResponse(swagger, 'GetHook', 204, '').valid).toBe(true);
    expect(validateResponse({ paths: { '/x': { get: { operationId: 'X', responses: {} } } } }, 'X', 200, '{}')).toEqual({ schemaFound: false, valid: true, messages: [] });
  });
});
