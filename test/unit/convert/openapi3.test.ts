import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { convertText } from '../../../main/core/convert/convert';
import type { ConversionResult } from '../../../main/core/convert/types';
import { swaggerSchemaErrors } from './support/swagger-schema';

type Json = Record<string, any>;

function convert(doc: Json, version = '3.0.3'): ConversionResult & { swagger: Json; properties: Json } {
  const result = convertText({ text: JSON.stringify({ openapi: version, info: { title: 'T', version: '1' }, ...doc }) });
  expect(swaggerSchemaErrors(result.swagger)).toEqual([]);
  return result as ConversionResult & { swagger: Json; properties: Json };
}

const ok = { '200': { description: 'OK' } };
const item = (kind: string, pointer: string, result: ConversionResult) =>
  result.report.items.find((i) => i.kind === kind && i.sourcePointer === pointer);

describe('servers', () => {
  it('chooses the first https server and reports the others', () => {
    const r = convert({ servers: [{ url: 'http://a.example.com/v1' }, { url: 'https://b.example.com:8443/api/v2/' }], paths: {} });
    expect(r.swagger).toMatchObject({ host: 'b.example.com:8443', basePath: '/api/v2', schemes: ['https'] });
    expect(item('dropped', '/servers/0', r)?.message).toMatch(/http:\/\/a\.example\.com/);
  });

  it('turns a variable the user must choose into a connection parameter and a dynamichosturl policy', () => {
    const r = convert({
      servers: [{ url: 'https://{tenant}.example.com/{version}', variables: { tenant: { default: 'demo', enum: ['demo', 'prod'] }, version: { default: 'v1' } } }],
      paths: {},
    });
    expect(r.swagger.host).toBe('demo.example.com');
    expect(r.swagger.basePath).toBe('/v1');
    expect(r.properties.properties.connectionParameters.tenant).toMatchObject({ type: 'string' });
    expect(r.properties.properties.policyTemplateInstances).toEqual([
      { templateId: 'dynamichosturl', title: 'Server URL', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('tenant').example.com/v1" } },
    ]);
    expect(item('approximated', '/servers/0/variables/tenant', r)).toBeDefined();
    expect(item('info', '/servers/0/variables/version', r)).toBeDefined();
  });

  it('keeps a relative server as the base path', () => {
    const r = convert({ servers: [{ url: '/api' }], paths: {} });
    expect(r.swagger.basePath).toBe('/api');
    expect(r.swagger.host).toBeUndefined();
  });
});

describe('operations', () => {
  it('drops cookie parameters with a report pointing at them', () => {
    const r = convert({ paths: { '/a': { get: { operationId: 'A', parameters: [{ name: 's', in: 'cookie', schema: { type: 'string' } }, { name: 'q', in: 'query', schema: { type: 'integer' } }], responses: ok } } } });
    expect(r.swagger.paths['/a'].get.parameters).toEqual([{ name: 'q', in: 'query', required: false, type: 'integer' }]);
    expect(item('dropped', '/paths/~1a/get/parameters/0', r)?.message).toMatch(/Cookie parameter "s"/);
  });

  it('synthesises missing operation ids and keeps them unique', () => {
    const r = convert({
      paths: {
        '/users/{id}/orders': { get: { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: ok } },
        '/users': { get: { operationId: 'GetUsers', responses: ok }, post: { operationId: 'GetUsers', responses: ok } },
      },
    });
    expect(r.swagger.paths['/users/{id}/orders'].get.operationId).toBe('GetUsersOrdersByUserId');
    expect(r.swagger.paths['/users'].post.operationId).toBe('GetUsers2');
    expect(item('renamed', '/paths/~1users/post/operationId', r)).toBeDefined();
  });

  it('maps a JSON request body to a body parameter and a form to formData', () => {
    const r = convert({
      paths: {
        '/json': { post: { operationId: 'J', requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } }, responses: ok } },
        '/form': {
          post: {
            operationId: 'F',
            requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, note: { type: 'string' } } } } } },
            responses: ok,
          },
        },
      },
      components: { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } } },
    });
    expect(r.swagger.paths['/json'].post).toMatchObject({ consumes: ['application/json'], parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Pet' } }] });
    expect(r.swagger.paths['/form'].post.consumes).toEqual(['multipart/form-data']);
    expect(r.swagger.paths['/form'].post.parameters).toEqual([
      { name: 'file', in: 'formData', required: true, type: 'file' },
      { name: 'note', in: 'formData', required: false, type: 'string' },
    ]);
  });

  it('rewrites component refs and reports callbacks with a webhook hint', () => {
    const r = convert({
      paths: {
        '/s': {
          post: {
            operationId: 'S',
            parameters: [{ $ref: '#/components/parameters/Limit' }],
            requestBody: { $ref: '#/components/requestBodies/Sub' },
            responses: { '2XX': { $ref: '#/components/responses/Done' } },
            callbacks: { onEvent: { '{$request.body#/url}': { post: { responses: ok } } } },
          },
        },
      },
      components: {
        parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 50 } } },
        requestBodies: { Sub: { content: { 'application/json': { schema: { type: 'object' } } } } },
        responses: { Done: { description: 'Done', content: { 'application/json': { schema: { type: 'string' } } } } },
      },
    });
    const op = r.swagger.paths['/s'].post;
    expect(op.parameters).toEqual([{ $ref: '#/parameters/Limit' }, { $ref: '#/parameters/Sub' }]);
    expect(op.responses).toEqual({ '200': { $ref: '#/responses/Done' } });
    expect(r.swagger.parameters.Limit).toEqual({ name: 'limit', in: 'query', required: false, type: 'integer', maximum: 50 });
    expect(item('dropped', '/paths/~1s/post/callbacks/onEvent', r)?.message).toMatch(/webhook trigger/);
    expect(item('approximated', '/paths/~1s/post/responses/2XX', r)).toBeDefined();
  });

  it('declares path parameters the source forgot', () => {
    const r = convert({ paths: { '/a/{b}': { get: { operationId: 'A', responses: ok } } } });
    expect(r.swagger.paths['/a/{b}'].get.parameters).toEqual([{ name: 'b', in: 'path', required: true, type: 'string' }]);
  });
});

describe('schemas', () => {
  const schemaOf = (schema: Json, version?: string) => convert({ paths: {}, components: { schemas: { S: schema } } }, version);

  it.each<[string, Json, Json, string?]>([
    ['nullable -> x-nullable', { type: 'string', nullable: true }, { type: 'string', 'x-nullable': true }],
    ['const -> enum', { const: 'a' }, { enum: ['a'] }, '3.1.0'],
    ['examples -> example', { type: 'integer', examples: [1] }, { type: 'integer', example: 1 }, '3.1.0'],
    ['type array -> type + x-nullable', { type: ['string', 'null'] }, { type: 'string', 'x-nullable': true }, '3.1.0'],
    ['numeric exclusiveMaximum', { type: 'number', exclusiveMaximum: 5 }, { type: 'number', maximum: 5, exclusiveMaximum: true }, '3.1.0'],
    ['allOf kept', { allOf: [{ $ref: '#/components/schemas/S' }, { type: 'object' }] }, { allOf: [{ $ref: '#/definitions/S' }, { type: 'object' }] }],
    ['nullable oneOf', { oneOf: [{ $ref: '#/components/schemas/S' }, { type: 'null' }] }, { 'x-nullable': true, allOf: [{ $ref: '#/definitions/S' }] }, '3.1.0'],
    ['ref with description', { $ref: '#/components/schemas/S', description: 'd' }, { description: 'd', allOf: [{ $ref: '#/definitions/S' }] }, '3.1.0'],
    ['discriminator', { type: 'object', discriminator: { propertyName: 'kind' } }, { type: 'object', discriminator: 'kind' }],
  ])('%s', (_name, schema, expected, version) => {
    const r = schemaOf(schema, version);
    expect(r.swagger.definitions.S).toEqual(expected);
  });

  it.each<[string, Json, string, RegExp]>([
    ['oneOf of objects merges', { oneOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { b: { type: 'string' } } }] }, '/components/schemas/S/oneOf', /one object/],
    ['anyOf of scalars keeps the first', { anyOf: [{ type: 'string' }, { type: 'integer' }] }, '/components/schemas/S/anyOf', /first alternative/],
    ['not is dropped', { type: 'string', not: { enum: ['x'] } }, '/components/schemas/S', /not/],
    ['several types', { type: ['string', 'integer'] }, '/components/schemas/S/type', /one type/],
    ['discriminator mapping', { type: 'object', discriminator: { propertyName: 'k', mapping: { a: '#/components/schemas/S' } } }, '/components/schemas/S/discriminator/mapping', /mapping/],
  ])('%s is reported', (_name, schema, pointer, message) => {
    const r = schemaOf(schema, '3.1.0');
    const found = r.report.items.find((i) => i.sourcePointer === pointer && i.kind !== 'info');
    expect(found?.message).toMatch(message);
  });
});

describe('security', () => {
  const withScheme = (scheme: Json) => convert({ paths: {}, components: { securitySchemes: { auth: scheme } }, security: [{ auth: [] }] });

  it.each<[string, Json, Json, string[]]>([
    ['api key', { type: 'apiKey', in: 'header', name: 'X-Key' }, { type: 'apiKey', in: 'header', name: 'X-Key' }, ['api_key']],
    ['basic', { type: 'http', scheme: 'basic' }, { type: 'basic' }, ['username', 'password']],
    ['bearer', { type: 'http', scheme: 'bearer' }, { type: 'apiKey', in: 'header', name: 'Authorization' }, ['api_key']],
    [
      'oauth2 authorization code',
      { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://l.example.com/a', tokenUrl: 'https://l.example.com/t', scopes: { read: 'Read' } } } },
      { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://l.example.com/a', tokenUrl: 'https://l.example.com/t', scopes: { read: 'Read' } },
      ['token'],
    ],
    [
      'oauth2 client credentials',
      { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://l.example.com/t', scopes: {} } } },
      { type: 'oauth2', flow: 'application', tokenUrl: 'https://l.example.com/t', scopes: {} },
      ['token'],
    ],
  ])('%s', (_name, scheme, definition, parameters) => {
    const r = withScheme(scheme);
    expect(r.swagger.securityDefinitions).toEqual({ auth: definition });
    expect(Object.keys(r.properties.properties.connectionParameters)).toEqual(parameters);
    expect(r.swagger.security).toEqual([{ auth: [] }]);
  });

  it('writes the oauthSetting connection parameter', () => {
    const r = withScheme({ type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://l.example.com/a', tokenUrl: 'https://l.example.com/t', refreshUrl: 'https://l.example.com/r', scopes: { read: '' } } } });
    expect(r.properties.properties.connectionParameters.token).toMatchObject({
      type: 'oauthSetting',
      oAuthSettings: { identityProvider: 'oauth2', scopes: ['read'], customParameters: { refreshUrl: { value: 'https://l.example.com/r' } } },
    });
  });

  it('reports a cookie API key and extra schemes', () => {
    const r = convert({ paths: {}, components: { securitySchemes: { c: { type: 'apiKey', in: 'cookie', name: 's' }, b: { type: 'http', scheme: 'basic' }, k: { type: 'apiKey', in: 'query', name: 'k' } } } });
    expect(item('dropped', '/components/securitySchemes/c', r)).toBeDefined();
    expect(item('dropped', '/components/securitySchemes/b', r)?.message).toMatch(/one authentication type \("k" was chosen\)/);
  });

  it('prefers the authorization-code scheme among several required ones', () => {
    const r = convert({
      paths: {},
      components: {
        securitySchemes: {
          implicit: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://l.example.com/a', scopes: {} } } },
          code: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://l.example.com/a', tokenUrl: 'https://l.example.com/t', scopes: {} } } },
        },
      },
      security: [{ implicit: [] }, { code: [] }],
    });
    expect(Object.keys(r.swagger.securityDefinitions)).toEqual(['code']);
    expect(r.swagger.security).toEqual([{ code: [] }]);
    expect(r.report.items.filter((i) => i.sourcePointer.startsWith('/components/securitySchemes/implicit')).map((i) => i.message)).toEqual([
      'Security scheme "implicit" was not kept: a connector has one authentication type ("code" was chosen).',
    ]);
  });
});

describe('document', () => {
  it('keeps info, contact and tags and reads YAML', () => {
    const doc = {
      openapi: '3.0.0',
      info: { title: 'Pets', version: '2', description: 'About', contact: { name: 'Ada', email: 'ada@example.com', url: 'https://example.com' } },
      tags: [{ name: 'pets', description: 'Pets' }],
      paths: {},
    };
    const r = convertText({ text: stringify(doc), fileName: 'pets.yaml' });
    expect(r.swagger.info).toEqual(doc.info);
    expect(r.swagger.tags).toEqual(doc.tags);
    expect(r.report.source).toBe('openapi-3.0');
  });

  it('reports 3.1 webhooks with a trigger hint', () => {
    const r = convert({ paths: {}, webhooks: { newPet: { post: { responses: ok } } } }, '3.1.0');
    expect(item('dropped', '/webhooks', r)?.message).toMatch(/webhook trigger/);
  });
});
