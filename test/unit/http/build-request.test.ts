import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../main/core/model/testing/build-request';

const swagger = {
  swagger: '2.0',
  info: { title: 'T', version: '1' },
  schemes: ['https'],
  host: 'api.example.com',
  basePath: '/v1/',
  consumes: ['application/json'],
  securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
  parameters: {
    PageSize: { name: 'pageSize', in: 'query', type: 'integer', default: 25 },
  },
  paths: {
    '/items/{Item Id}': {
      parameters: [{ name: 'Item Id', in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single' }],
      get: {
        operationId: 'GetItem',
        parameters: [
          { $ref: '#/parameters/PageSize' },
          { name: 'tags', in: 'query', type: 'array', items: { type: 'string' } },
          { name: 'ids', in: 'query', type: 'array', items: { type: 'integer' }, collectionFormat: 'multi' },
          { name: 'sep', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'pipes' },
          { name: 'flag', in: 'query', type: 'boolean' },
          { name: 'mode', in: 'query', type: 'string', enum: ['fast', 'safe'] },
          { name: 'X-Trace', in: 'header', type: 'string', default: 'on' },
        ],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/folders/{path}': {
      get: {
        operationId: 'GetFolder',
        parameters: [{ name: 'path', in: 'path', required: true, type: 'string' }],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/items': {
      post: {
        operationId: 'CreateItem',
        parameters: [{ name: 'body', in: 'body', schema: { type: 'object' } }],
        responses: { '201': { description: 'ok' } },
      },
    },
    '/upload': {
      post: {
        operationId: 'Upload',
        consumes: ['multipart/form-data'],
        parameters: [
          { name: 'title', in: 'formData', type: 'string' },
          { name: 'file', in: 'formData', type: 'file', required: true },
        ],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/form': {
      post: {
        operationId: 'Form',
        consumes: ['application/x-www-form-urlencoded'],
        parameters: [{ name: 'a', in: 'formData', type: 'string' }, { name: 'b', in: 'formData', type: 'string' }],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

describe('buildRequest: parameters', () => {
  it('fills path, query (collection formats), header defaults and $ref parameters', () => {
    const { request, problems } = buildRequest(swagger, 'GetItem', {
      path: { 'Item Id': 'a b/c' },
      query: { tags: ['x', 'y'], ids: [1, 2], sep: ['p', 'q'], flag: false },
    });
    expect(problems).toEqual([]);
    expect(request.method).toBe('GET');
    expect(request.url).toBe('https://api.example.com/v1/items/a%20b%2Fc?pageSize=25&tags=x%2Cy&ids=1&ids=2&sep=p%7Cq&flag=false');
    expect(request.headers).toEqual({ 'X-Trace': 'on' });
  });

  it('double-encodes path parameters unless x-ms-url-encoding is single (the platform default)', () => {
    const { request } = buildRequest(swagger, 'GetFolder', { path: { path: 'a b' } });
    expect(request.url).toBe('https://api.example.com/v1/folders/a%2520b');
  });

  it('reports a missing required value instead of throwing', () => {
    const { problems } = buildRequest(swagger, 'GetItem', {});
    expect(problems).toEqual(['Required parameter "Item Id" has no value.']);
  });

  it('sends a JSON body, or raw text as typed', () => {
    const json = buildRequest(swagger, 'CreateItem', { body: { name: 'n' } }).request;
    expect(JSON.parse(json.body as string)).toEqual({ name: 'n' });
    expect(json.headers['Content-Type']).toBe('application/json');
    const raw = buildRequest(swagger, 'CreateItem', { rawBody: '{"broken":' }).request;
    expect(raw.body).toBe('{"broken":');
  });

  it('encodes formData as urlencoded, or multipart when a file is attached', () => {
    const form = buildRequest(swagger, 'Form', { formData: { a: '1 2', b: '&' } }).request;
    expect(form.body).toBe('a=1%202&b=%26');
    expect(form.headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    const upload = buildRequest(swagger, 'Upload', { formData: { title: 'T', file: { fileName: 'a.txt', base64: Buffer.from('hello').toString('base64') } } }).request;
    const text = Buffer.from(upload.body as Uint8Array).toString('utf8');
    expect(upload.headers['Content-Type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(text).toContain('name="file"; filename="a.txt"');
    expect(text).toContain('hello');
  });

  it('warns about a value outside the enum but still sends it (the API is the judge)', () => {
    const { request, problems } = buildRequest(swagger, 'GetItem', { path: { 'Item Id': '1' }, query: { mode: 'turbo' } });
    expect(problems).toEqual(['"mode" is "turbo", which is not one of its allowed values.']);
    expect(request.url).toContain('mode=turbo');
  });

  it('throws a plain error for an unknown operation', () => {
    expect(() => buildRequest(swagger, 'Nope', {})).toThrow('The operation "Nope" does not exist in this definition.');
  });
});

describe('buildRequest: security', () => {
  it('puts an API key in the header named by securityDefinitions and marks it secret', () => {
    const { request } = buildRequest(swagger, 'CreateItem', {}, { auth: { kind: 'apiKey', key: 'k-123' } });
    expect(request.headers['X-Api-Key']).toBe('k-123');
    expect(request.secretHeaders).toEqual(['X-Api-Key']);
  });

  it('puts an API key in the query when the definition says so', () => {
    const inQuery = { ...swagger, securityDefinitions: { key: { type: 'apiKey', in: 'query', name: 'code' } } };
    const { request } = buildRequest(inQuery, 'CreateItem', {}, { auth: { kind: 'apiKey', key: 'k 1' } });
    expect(request.url).toBe('https://api.example.com/v1/items?code=k%201');
    expect(request.secretQuery).toEqual(['code']);
  });

  it('encodes basic credentials as UTF-8 and sends bearer tokens', () => {
    const basic = buildRequest(swagger, 'CreateItem', {}, { auth: { kind: 'basic', username: 'zoë', password: 'p:w' } }).request;
    expect(basic.headers.Authorization).toBe('Basic ' + Buffer.from('zoë:p:w').toString('base64'));
    const bearer = buildRequest(swagger, 'CreateItem', {}, { auth: { kind: 'oauth2', accessToken: 'tok' } }).request;
    expect(bearer.headers.Authorization).toBe('Bearer tok');
  });
});
