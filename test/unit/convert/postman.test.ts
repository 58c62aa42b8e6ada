import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { convertText } from '../../../main/core/convert/convert';
import type { ConversionResult } from '../../../main/core/convert/types';
import { swaggerSchemaErrors } from './support/swagger-schema';
import { examplesRoot, readText, toPostman } from './support/inputs';

type Json = Record<string, any>;

function convert(collection: Json): ConversionResult & { swagger: Json; properties: Json } {
  const result = convertText({ text: JSON.stringify(collection), fileName: 'c.postman_collection.json' });
  expect(swaggerSchemaErrors(result.swagger)).toEqual([]);
  return result as ConversionResult & { swagger: Json; properties: Json };
}

/** A small hand-written v2.0 collection: v2.0 writes auth settings as objects and headers may be strings. */
const v20 = {
  info: { name: 'Tasks', description: 'Task API', schema: 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json' },
  variable: [{ key: 'base', value: 'https://tasks.example.com/api' }, { key: 'unused', value: 'x' }],
  auth: { type: 'basic', basic: { username: 'u', password: 'p' } },
  item: [
    {
      name: 'Tasks',
      description: 'Task operations',
      item: [
        {
          name: 'Get task',
          request: {
            method: 'GET',
            url: '{{base}}/tasks/:taskId?expand=true',
            header: 'X-Trace: abc\nAccept: application/json',
          },
          response: [{ name: 'Found', code: 200, header: [{ key: 'Content-Type', value: 'application/json' }], body: '{"id":7,"title":"Write","due":"2024-05-01"}' }],
        },
        {
          name: 'Create task',
          event: [{ listen: 'prerequest', script: { exec: ['console.log(1)'] } }],
          request: {
            method: 'POST',
            url: { raw: '{{base}}/tasks', host: ['{{base}}'], path: ['tasks'] },
            header: [{ key: 'Content-Type', value: 'application/json' }],
            body: { mode: 'raw', raw: '{"title":"{{title}}","done":false}' },
          },
        },
        {
          name: 'Upload',
          request: { method: 'PUT', url: '{{base}}/tasks/:taskId/file', body: { mode: 'formdata', formdata: [{ key: 'file', type: 'file', src: 'a.txt' }, { key: 'note', type: 'text', value: 'n' }] } },
        },
      ],
    },
  ],
};

describe('Postman v2.0', () => {
  const r = convert(v20);

  it('takes host and base path from the collection variable', () => {
    expect(r.report.source).toBe('postman-2.0');
    expect(r.swagger).toMatchObject({ host: 'tasks.example.com', basePath: '/api', schemes: ['https'], info: { title: 'Tasks', description: 'Task API' } });
  });

  it('turns folders into tags and requests into operations', () => {
    expect(r.swagger.tags).toEqual([{ name: 'Tasks', description: 'Task operations' }]);
    const get = r.swagger.paths['/tasks/{taskId}'].get;
    expect(get).toMatchObject({ operationId: 'GetTask', summary: 'Get task', tags: ['Tasks'] });
    expect(get.parameters.map((p: Json) => [p.in, p.name, p.type])).toEqual([
      ['path', 'taskId', 'string'],
      ['query', 'expand', 'boolean'],
      ['header', 'X-Trace', 'string'],
    ]);
    expect(get.responses['200'].schema.properties.due).toMatchObject({ type: 'string', format: 'date', 'x-ms-summary': 'Due' });
  });

  it('reads raw JSON with placeholders and form data bodies', () => {
    const create = r.swagger.paths['/tasks'].post;
    expect(create.parameters[0].schema.properties).toMatchObject({ title: { type: 'string' }, done: { type: 'boolean' } });
    const upload = r.swagger.paths['/tasks/{taskId}/file'].put;
    expect(upload.consumes).toEqual(['multipart/form-data']);
    expect(upload.parameters.filter((p: Json) => p.in === 'formData').map((p: Json) => p.type)).toEqual(['file', 'string']);
  });

  it('maps basic auth and reports scripts and unused variables', () => {
    expect(r.swagger.securityDefinitions).toEqual({ basic_auth: { type: 'basic' } });
    expect(Object.keys(r.properties.properties.connectionParameters)).toEqual(['username', 'password']);
    expect(r.report.items.find((i) => i.sourcePointer === '/item/0/item/1/event')?.kind).toBe('dropped');
    expect(r.report.items.find((i) => i.sourcePointer === '/variable/1')?.message).toMatch(/"unused"/);
  });
});

describe('Postman v2.1', () => {
  const base = { info: { name: 'C', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' } };

  it.each<[string, Json, Json, string[]]>([
    ['api key', { type: 'apikey', apikey: [{ key: 'key', value: 'X-Api-Key' }, { key: 'in', value: 'header' }] }, { type: 'apiKey', in: 'header', name: 'X-Api-Key' }, ['api_key']],
    ['bearer', { type: 'bearer', bearer: [{ key: 'token', value: '{{t}}' }] }, { type: 'apiKey', in: 'header', name: 'Authorization' }, ['api_key']],
    [
      'oauth2',
      { type: 'oauth2', oauth2: [{ key: 'authUrl', value: 'https://l.example.com/a' }, { key: 'accessTokenUrl', value: 'https://l.example.com/t' }, { key: 'scope', value: 'read write' }] },
      { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://l.example.com/a', tokenUrl: 'https://l.example.com/t', scopes: { read: '', write: '' } },
      ['token'],
    ],
  ])('%s auth', (_name, auth, definition, parameters) => {
    const r = convert({ ...base, auth, item: [{ name: 'Ping', request: { method: 'GET', url: 'https://x.example.com/ping' } }] });
    expect(Object.values(r.swagger.securityDefinitions)).toEqual([definition]);
    expect(Object.keys(r.properties.properties.connectionParameters)).toEqual(parameters);
  });

  it('makes an unresolved host variable a connection parameter with a dynamichosturl policy', () => {
    const r = convert({ ...base, item: [{ name: 'Ping', request: { method: 'GET', url: { raw: '{{baseUrl}}/ping', host: ['{{baseUrl}}'], path: ['ping'] } } }] });
    expect(r.properties.properties.connectionParameters.baseUrl).toMatchObject({ type: 'string' });
    expect(r.properties.properties.policyTemplateInstances[0]).toMatchObject({ templateId: 'dynamichosturl' });
  });

  it('reports duplicate requests and unsupported auth', () => {
    const r = convert({
      ...base,
      auth: { type: 'hawk', hawk: [] },
      item: [
        { name: 'A', request: { method: 'GET', url: 'https://x.example.com/a?x=1' } },
        { name: 'B', request: { method: 'GET', url: 'https://x.example.com/a?y=2' } },
      ],
    });
    expect(r.report.items.find((i) => i.sourcePointer === '/auth')?.kind).toBe('dropped');
    expect(r.report.items.find((i) => i.sourcePointer === '/item/1')?.kind).toBe('dropped');
  });

  it('reports a request whose auth differs from the collection auth', () => {
    const r = convert({
      ...base,
      auth: { type: 'basic', basic: [] },
      item: [{ name: 'Keyed', request: { method: 'GET', url: 'https://x.example.com/k', auth: { type: 'apikey', apikey: [] } } }],
    });
    expect(r.report.items.find((i) => i.sourcePointer === '/item/0/request/auth')).toMatchObject({ kind: 'dropped' });
  });

  it.each(['petstore.json', 'parameters-style.json', 'security.json', 'file-uploads.json', 'response-examples.json'])(
    'converts the collection openapi-to-postmanv2 makes from %s',
    async (name) => {
      const collection = await toPostman(readText(join(examplesRoot, '3.0', 'json', name)));
      const r = convert(collection);
      expect(r.report.source).toBe('postman-2.1');
      expect(r.report.stats.operations).toBeGreaterThan(0);
    },
  );
});
