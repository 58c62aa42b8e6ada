/** One end-to-end run per auth type against loopback APIs: form -> connection -> send -> schema -> history. */
import type { JsonWebKey } from 'node:crypto';
import type { OAuth2Server } from 'oauth2-mock-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../main/core/http/oauth';
import { runTest, type RunTestInput } from '../../../main/core/http/run-test';
import type { TestConnection } from '../../../main/core/model/testing/types';
import { startIdentityProvider, testBrowser, verifyJwt } from './oauth-support';
import { json, MemorySecretStore, startServer, type TestServer } from './support';

let idp: { server: OAuth2Server; issuer: string; jwks: JsonWebKey[] };
beforeAll(async () => {
  idp = await startIdentityProvider();
});
afterAll(async () => {
  await idp.server.stop();
});
const open: TestServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** An API that answers /me when `authorized(headers)` holds, 401 otherwise. */
async function api(authorized: (headers: Record<string, string | string[] | undefined>, url: string) => boolean): Promise<TestServer> {
  const server = await startServer((req, res) => (authorized(req.headers, req.url) ? json(res, 200, { id: 'u1', name: 'Ada' }) : json(res, 401, { error: 'unauthorized' })));
  open.push(server);
  return server;
}

function definition(host: string, security: Record<string, unknown>) {
  return {
    swagger: '2.0',
    info: { title: 'Loopback', version: '1' },
    host,
    basePath: '/',
    schemes: ['http'],
    securityDefinitions: security,
    paths: {
      '/me': {
        get: {
          operationId: 'GetMe',
          responses: { '200': { description: 'ok', schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } } } },
        },
      },
    },
  };
}

function input(swagger: unknown, connection: TestConnection, store: MemorySecretStore): RunTestInput {
  return { swagger, operationId: 'GetMe', inputs: {}, connection, store, send: { timeoutMs: 5_000, maxResponseBytes: 65_536 }, history: {}, historyLimit: 5 };
}

describe('Test step end to end, one per auth type', () => {
  it('API key in a header', async () => {
    const server = await api((h) => h['x-api-key'] === 'key-123');
    const store = new MemorySecretStore();
    await store.set('c1/api_key', 'key-123', server.host);
    const connection: TestConnection = { id: 'c1', name: 'Key', authKind: 'apiKey', host: server.host, params: {}, secretRefs: { api_key: 'c1/api_key' } };
    const out = await runTest(input(definition(server.host, { k: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }), connection, store));
    expect(out.result.kind === 'response' && out.result.response.status).toBe(200);
    expect(out.validation).toEqual({ schemaFound: true, valid: true, messages: [] });
    expect(out.request.headers['X-Api-Key']).toBe('********');
    expect(out.request.curl).not.toContain('key-123');
    expect(out.history.GetMe[0]).toMatchObject({ status: 200, schemaValid: true });
    expect(JSON.stringify(out.history)).not.toContain('key-123');
  });

  it('basic authentication', async () => {
    const expected = 'Basic ' + Buffer.from('ada:pa55word').toString('base64');
    const server = await api((h) => h.authorization === expected);
    const store = new MemorySecretStore();
    await store.set('c2/u', 'ada', server.host);
    await store.set('c2/p', 'pa55word', server.host);
    const connection: TestConnection = { id: 'c2', name: 'Basic', authKind: 'basic', host: server.host, params: {}, secretRefs: { username: 'c2/u', password: 'c2/p' } };
    const out = await runTest(input(definition(server.host, { b: { type: 'basic' } }), connection, store));
    expect(out.result.kind === 'response' && out.result.response.status).toBe(200);
    expect(out.request.headers.Authorization).toBe('Basic ********');
    expect(JSON.stringify(out.history)).not.toMatch(/pa55word|YWRhOnBhNTV3b3Jk/);
  });

  it('OAuth 2.0 bearer token from the sign-in flow', async () => {
    const server = await api((h) => typeof h.authorization === 'string' && h.authorization.startsWith('Bearer ') && verifyJwt(h.authorization.slice(7), idp.jwks));
    const tokens = await signIn({ authorizationUrl: `${idp.issuer}/authorize`, tokenUrl: `${idp.issuer}/token`, clientId: 'studio', scopes: ['read'], openBrowser: testBrowser(), timeoutMs: 10_000 });
    const store = new MemorySecretStore();
    await store.set('c3/token', tokens.accessToken, server.host);
    const connection: TestConnection = { id: 'c3', name: 'OAuth', authKind: 'oauth2', host: server.host, params: {}, secretRefs: { access_token: 'c3/token' } };
    const swagger = definition(server.host, { o: { type: 'oauth2', flow: 'accessCode', authorizationUrl: `${idp.issuer}/authorize`, tokenUrl: `${idp.issuer}/token`, scopes: {} } });
    const out = await runTest(input(swagger, connection, store));
    expect(out.result.kind === 'response' && out.result.response.status).toBe(200);
    expect(JSON.stringify(out.history)).not.toContain(tokens.accessToken);
    // Without the token the same API refuses: the check above is real.
    const anonymous = await runTest({ ...input(swagger, connection, store), connection: undefined });
    expect(anonymous.result.kind === 'response' && anonymous.result.response.status).toBe(401);
  });

  it('a cross-origin redirect never carries the API key to the second server', async () => {
    const second = await api(() => true);
    const first = await startServer((_req, res) => res.writeHead(302, { Location: `${second.url}/me` }).end());
    open.push(first);
    const store = new MemorySecretStore();
    await store.set('c4/api_key', 'key-456', first.host);
    const connection: TestConnection = { id: 'c4', name: 'Key', authKind: 'apiKey', host: first.host, params: {}, secretRefs: { api_key: 'c4/api_key' } };
    const out = await runTest(input(definition(first.host, { k: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }), connection, store));
    expect(first.seen[0].headers['x-api-key']).toBe('key-456');
    expect(second.seen[0].headers['x-api-key']).toBeUndefined();
    expect(out.result.kind === 'response' && out.result.response.redirects[0].stripped).toEqual(['X-Api-Key']);
  });

  it('asks before a secret goes to a host other than the one it was entered for, and records nothing', async () => {
    const server = await api(() => true);
    const store = new MemorySecretStore();
    await store.set('c5/api_key', 'key-789', 'api.example.com');
    const connection: TestConnection = { id: 'c5', name: 'Key', authKind: 'apiKey', host: 'api.example.com', params: {}, secretRefs: { api_key: 'c5/api_key' } };
    const out = await runTest(input(definition(server.host, { k: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }), connection, store));
    expect(out.result).toMatchObject({ kind: 'needs-confirmation', secretHost: 'api.example.com', host: server.host });
    expect(server.seen).toHaveLength(0);
    expect(out.history).toEqual({});
  });

  it('a key that a policy puts in the path (ExchangeRate shape) reaches the API but never the history', async () => {
    const server = await api((_h, url) => url === '/v6/key-in-path-42/latest/EUR');
    const store = new MemorySecretStore();
    await store.set('c6/apiKey', 'key-in-path-42', server.host);
    const connection: TestConnection = { id: 'c6', name: 'Path key', authKind: 'none', host: server.host, params: {}, secretRefs: { apiKey: 'c6/apiKey' } };
    const swagger = {
      ...definition(server.host, {}),
      basePath: '/v6/',
      paths: { '/latest/{base}': { get: { operationId: 'GetMe', parameters: [{ name: 'base', in: 'path', required: true, type: 'string' }], responses: { '200': { description: 'ok' } } } } },
    };
    const apiProperties = {
      properties: {
        policyTemplateInstances: [{
          templateId: 'routerequesttoendpoint',
          title: 'Key in path',
          parameters: { 'x-ms-apimTemplateParameter.newPath': "/@connectionParameters('apiKey')/latest/{base}", 'x-ms-apimTemplateParameter.httpMethod': '@Request.OriginalHTTPMethod' },
        }],
      },
    };
    const out = await runTest({ ...input(swagger, connection, store), apiProperties, inputs: { path: { base: 'EUR' } } });
    expect(out.result.kind === 'response' && out.result.response.status).toBe(200);
    expect(out.request.url).toBe(`http://${server.host}/v6/********/latest/EUR`);
    expect(JSON.stringify(out)).not.toContain('key-in-path-42');
    // The same key entered for another host: asked first, even though it travels in the path.
    await store.set('c6/apiKey', 'key-in-path-42', 'v6.exchangerate-api.com');
    const asked = await runTest({ ...input(swagger, connection, store), apiProperties, inputs: { path: { base: 'EUR' } } });
    expect(asked.result.kind).toBe('needs-confirmation');
  });
});
