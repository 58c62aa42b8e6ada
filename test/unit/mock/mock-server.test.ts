import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sendTestRequest } from '../../../main/core/http/send';
import { startMockServer, type MockServer } from '../../../main/core/mock/server';
import { buildRequest } from '../../../main/core/model/testing/build-request';
import { listOperations } from '../../../main/core/model/operations';
import { sampleInputs } from '../../../main/core/model/testing/sample-inputs';
import { validateResponse } from '../../../main/core/model/testing/validate-response';
import { parseTolerant } from '../../../main/core/text/tolerant-json';
import { corpusDir } from '../../support/corpus';

const open: MockServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close()));
});

function loadSwagger(name: string): unknown {
  return parseTolerant(readFileSync(join(corpusDir(name), 'apiDefinition.swagger.json'), 'utf8').replace(/^\uFEFF/, '')).value;
}

async function get(url: string) {
  const result = await sendTestRequest({ method: 'GET', url, headers: {} }, { timeoutMs: 5_000, maxResponseBytes: 1 << 20 });
  if (result.kind !== 'response') throw new Error(JSON.stringify(result));
  return result.response;
}

describe('mock server on real connectors', () => {
  // Encodian is the largest certified swagger (1.1 MB); the others add friendly path names,
  // allOf, enums, cyclic models and webhook triggers.
  const connectors = [
    'certified-connectors__Encodian',
    'certified-connectors__Calendly',
    'independent-publisher-connectors__Star-Wars',
    'independent-publisher-connectors__Notion',
    'certified-connectors__Blueink',
  ];
  it.each(connectors)('answers every operation of %s with a body that matches its schema', async (name) => {
    const swagger = loadSwagger(name);
    const mock = await startMockServer(swagger, { logLimit: 10_000 });
    open.push(mock);
    const operations = listOperations(swagger).filter((op) => op.operationId);
    const failures: string[] = [];
    for (const op of operations) {
      const { request } = buildRequest(swagger, op.operationId!, sampleInputs(swagger, op.operationId!), { baseUrl: mock.baseUrl });
      const result = await sendTestRequest(request, { timeoutMs: 5_000, maxResponseBytes: 4 << 20 });
      if (result.kind !== 'response') {
        failures.push(`${op.operationId}: ${JSON.stringify(result)}`);
        continue;
      }
      const served = mock.log.at(-1);
      if (served?.operationId !== op.operationId) failures.push(`${op.operationId}: routed to ${served?.operationId} (${request.method} ${request.url})`);
      const validation = validateResponse(swagger, op.operationId!, result.response.status, result.response.bodyText);
      if (!validation.valid) failures.push(`${op.operationId}: ${validation.messages.map((m) => m.message).join('; ')}`);
    }
    expect(failures).toEqual([]);
    expect(mock.log.length).toBe(operations.length);
  });
});

describe('mock server behaviour', () => {
  const swagger = {
    swagger: '2.0',
    basePath: '/api/v2',
    definitions: { Page: { type: 'object', required: ['number'], properties: { number: { type: 'integer', minimum: 3 }, next: { $ref: '#/definitions/Page' } } } },
    paths: {
      '/pages/{Page Number}': {
        get: { operationId: 'GetPage', responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Page' } } } },
      },
      '/pages/latest': {
        get: { operationId: 'GetLatest', responses: { '200': { description: 'ok', schema: { type: 'string' }, examples: { 'application/json': 'the latest' } } } },
      },
      '/pages': {
        post: { operationId: 'CreatePage', responses: { '201': { description: 'ok', schema: { type: 'object', properties: { id: { type: 'string' } } }, examples: { 'application/json': { id: 7 } } } } },
        delete: { operationId: 'DeletePages', responses: { '204': { description: 'gone' } } },
      },
    },
  };

  it('matches friendly path names under the base path, prefers literal paths, and serves examples', async () => {
    const mock = await startMockServer(swagger);
    open.push(mock);
    expect(mock.baseUrl).toBe(`${mock.url}/api/v2`);
    const page = await get(`${mock.baseUrl}/pages/12`);
    expect(JSON.parse(page.bodyText!)).toEqual({ number: 3, next: { number: 3 } });
    const latest = await get(`${mock.baseUrl}/pages/latest`);
    expect(JSON.parse(latest.bodyText!)).toBe('the latest');
    expect(mock.log.map((e) => e.operationId)).toEqual(['GetPage', 'GetLatest']);
  });

  it('replaces an example that contradicts the schema, and says so in the log', async () => {
    const seen: string[] = [];
    const mock = await startMockServer(swagger, { onRequest: (e) => seen.push(`${e.method} ${e.url} ${e.status}`) });
    open.push(mock);
    const created = await sendTestRequest({ method: 'POST', url: `${mock.baseUrl}/pages`, headers: {}, body: '{}' }, { timeoutMs: 5_000, maxResponseBytes: 1 << 20 });
    expect(created.kind === 'response' && [created.response.status, JSON.parse(created.response.bodyText!)]).toEqual([201, { id: 'string' }]);
    expect(mock.log[0].note).toMatch(/does not match the response schema/);
    expect(seen).toEqual(['POST /api/v2/pages 201']);
  });

  it('answers 204 without a body, 405 with the allowed methods, 404 with a helpful JSON body', async () => {
    const mock = await startMockServer(swagger, { logLimit: 2 });
    open.push(mock);
    const deleted = await sendTestRequest({ method: 'DELETE', url: `${mock.baseUrl}/pages`, headers: {} }, { timeoutMs: 5_000, maxResponseBytes: 1024 });
    expect(deleted.kind === 'response' && [deleted.response.status, deleted.response.bodyText]).toEqual([204, '']);
    const wrongMethod = await sendTestRequest({ method: 'PUT', url: `${mock.baseUrl}/pages`, headers: {} }, { timeoutMs: 5_000, maxResponseBytes: 1 << 20 });
    expect(wrongMethod.kind === 'response' && wrongMethod.response.headers.allow).toBe('POST, DELETE');
    const missing = await get(`${mock.url}/pages/1`);
    expect(missing.status).toBe(404);
    const body = JSON.parse(missing.bodyText!);
    expect(body.error).toBe('No operation of the definition matches GET /pages/1');
    expect(body.hint).toContain('"/api/v2"');
    expect(body.operations).toContain('GET /api/v2/pages/{Page Number}');
    expect(mock.log.map((e) => e.status)).toEqual([405, 404]);
  });
});
