/**
 * The testing IPC area over a real test Host and the project's secret store: secrets read in main and masked in
 * everything returned, the foreign-host confirmation round trip, images as base64, the mock server, OAuth sign-in
 * through the Host's browser with the tokens stored (never returned), pasted tokens.
 */
import type { JsonWebKey } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { OAuth2Server } from 'oauth2-mock-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestingHandlers, checkBrowserUrl } from '../../../main/api/testing';
import { projectSecretsFor } from '../../../main/api/secrets';
import type { TestConnection } from '../../../main/core/model/testing/types';
import { createTestHost, type TestHost } from '../../support/test-host';
import { formModel } from '../../../main/core/model/testing';
import { connectionFor, connectionKind, defaultValues, inputsFrom, responseSchemaPointer } from '../../../renderer/steps/test/test-model';
import { readAuth } from '../../../main/core/model/security';
import { WINDOWS_AUTH_EXPLANATION } from '../../../main/core/model/testing/security';
import { corpusDir } from '../../support/corpus';
import { json, startServer, type TestServer } from '../http/support';
import { accepts, redirectPort, startIdentityProvider, testBrowser, verifyJwt } from '../http/oauth-support';
import { filesUnder } from '../../support/files';

const KEY = 'key-5f4e3d2c1b';
const scope = { folder: '/projects/loopback', session: 's1' };
const hosts: TestHost[] = [];
const servers: TestServer[] = [];
let idp: { server: OAuth2Server; issuer: string; jwks: JsonWebKey[] };

beforeAll(async () => {
  idp = await startIdentityProvider();
});
afterAll(async () => {
  await idp.server.stop();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const h of hosts.splice(0)) rmSync(h.dataDir, { recursive: true, force: true });
});

function setup() {
  const host = createTestHost();
  hosts.push(host);
  const secrets = projectSecretsFor(host);
  return { host, secrets, api: createTestingHandlers(host, () => undefined, secrets) };
}

/** The Host's system browser, as a user signing in: every page it is asked to open is recorded and followed. */
function followSignInPages(host: ReturnType<typeof setup>['host']): void {
  const browser = testBrowser();
  host.openExternal = async (url) => {
    host.opened.push(url);
    await browser(url);
  };
}

function swagger(host: string) {
  return {
    swagger: '2.0',
    info: { title: 'Loopback', version: '1' },
    host,
    basePath: '/v1',
    schemes: ['http'],
    securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
    paths: {
      '/me': {
        get: {
          operationId: 'GetMe',
          responses: { '200': { description: 'ok', schema: { type: 'object', properties: { id: { type: 'string' }, webhook: { type: 'object' } } } } },
        },
      },
      '/logo': { get: { operationId: 'GetLogo', produces: ['image/png'], responses: { '200': { description: 'ok', schema: { type: 'file' } } } } },
    },
  };
}

const connection = (host: string): TestConnection => ({ id: 'default', name: 'Test connection', authKind: 'apiKey', host, params: {}, secretRefs: { api_key: 'param:api_key' } });
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

async function api(): Promise<TestServer> {
  const server = await startServer((req, res) => {
    if (req.headers['x-api-key'] !== KEY) return json(res, 401, { error: 'unauthorized' });
    if (req.url === '/v1/logo') return void res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG);
    json(res, 200, { id: 'u1', webhook: 'https://example.com/hook' });
  });
  servers.push(server);
  return server;
}

describe('testing handlers', () => {
  it('sends with the stored key, masks it everywhere and reports the schema mismatch in the wizard wording', async () => {
    const { host, secrets, api: testing } = setup();
    const server = await api();
    await secrets.set(scope, 'param:api_key', KEY, server.host);
    const out = await testing.runOperation({ scope, swagger: swagger(server.host), operationId: 'GetMe', inputs: {}, connection: connection(server.host), target: 'live', history: [] });
    expect(out.outcome.kind).toBe('response');
    if (out.outcome.kind !== 'response') return;
    expect(out.outcome.response.status).toBe(200);
    expect(out.outcome.response.bodyText).toBe(JSON.stringify({ id: 'u1', webhook: 'https://example.com/hook' }, null, 2));
    expect(out.request?.headers['X-Api-Key']).toBe('********');
    expect(out.validation?.messages.map((m) => m.message)).toEqual(['Property ".webhook" type mismatch, Expected: "object", Actual: "string"']);
    expect(out.history).toHaveLength(1);
    expect(out.history[0]).toMatchObject({ operationId: 'GetMe', status: 200, schemaValid: false });
    expect(JSON.stringify(out)).not.toContain(KEY);
    for (const file of filesUnder(host.dataDir)) expect(readFileSync(file).includes(KEY)).toBe(false);

    const fixed = { ...swagger(server.host) };
    (fixed.paths['/me'].get.responses['200'].schema.properties as Record<string, unknown>).webhook = { type: 'string' };
    expect(await testing.checkResponse(fixed, 'GetMe', 200, out.outcome.response.bodyText)).toEqual({ schemaFound: true, valid: true, messages: [] });
  });

  it('asks before sending a secret to another host, and sends once confirmed', async () => {
    const { secrets, api: testing } = setup();
    const server = await api();
    await secrets.set(scope, 'param:api_key', KEY, 'api.contoso.com');
    const request = { scope, swagger: swagger(server.host), operationId: 'GetMe', inputs: {}, connection: connection('api.contoso.com'), target: 'live' as const, history: [] };
    const asked = await testing.runOperation(request);
    expect(asked.outcome).toMatchObject({ kind: 'needs-confirmation', host: server.host, secretHost: 'api.contoso.com' });
    expect(server.seen).toHaveLength(0);
    expect(asked.history).toEqual([]);
    const sent = await testing.runOperation({ ...request, confirmForeignHost: true });
    expect(sent.outcome.kind === 'response' && sent.outcome.response.status).toBe(200);
  });

  it('returns images as base64 marked as images, and explains a missing secret', async () => {
    const { secrets, api: testing } = setup();
    const server = await api();
    const missing = await testing.runOperation({ scope, swagger: swagger(server.host), operationId: 'GetLogo', inputs: {}, connection: connection(server.host), target: 'live', history: [] });
    expect(missing.outcome).toMatchObject({ kind: 'error', code: 'build' });
    expect(missing.outcome.kind === 'error' && missing.outcome.message).toContain('has no saved value for "api_key"');
    await secrets.set(scope, 'param:api_key', KEY, server.host);
    const out = await testing.runOperation({ scope, swagger: swagger(server.host), operationId: 'GetLogo', inputs: {}, connection: connection(server.host), target: 'live', history: [] });
    expect(out.outcome.kind === 'response' && out.outcome.response).toMatchObject({ image: true, bodyBase64: PNG.toString('base64') });
  });

  it('answers from one mock server per window, restarted on demand, and refuses the mock when stopped', async () => {
    const { api: testing } = setup();
    const definition = swagger('api.contoso.com');
    const stopped = await testing.runOperation({ scope, swagger: definition, operationId: 'GetMe', inputs: {}, target: 'mock', history: [] });
    expect(stopped.outcome).toMatchObject({ kind: 'error', code: 'mock-stopped' });
    const first = await testing.startMock(definition);
    expect(first.baseUrl).toBe(`${first.url}/v1`);
    const second = await testing.startMock(definition);
    expect(await testing.mockStatus()).toEqual(second);
    await expect(fetch(first.url)).rejects.toThrow();
    const out = await testing.runOperation({ scope, swagger: definition, operationId: 'GetMe', inputs: {}, connection: connection('api.contoso.com'), target: 'mock', history: [] });
    expect(out.outcome.kind === 'response' && out.outcome.response.status).toBe(200);
    expect(out.request?.url).toBe(`${second.baseUrl}/me`);
    expect(out.request?.headers['X-Api-Key']).toBeUndefined();
    expect(out.validation?.valid).toBe(true);
    await testing.stopMock();
    expect(await testing.mockStatus()).toBeNull();
    await testing.dispose();
  });

  it('signs in through the Host browser and stores the tokens for the API host, returning none', async () => {
    const { host, secrets, api: testing } = setup();
    followSignInPages(host);
    const result = await testing.signIn({
      scope,
      authorizationUrl: `${idp.issuer}/authorize`,
      tokenUrl: `${idp.issuer}/token`,
      clientId: 'studio-client',
      scopes: ['read'],
      apiHost: '127.0.0.1:9',
    });
    expect(result.ok).toBe(true);
    expect(host.opened[0]).toContain(`${idp.issuer}/authorize?`);
    expect(host.opened[0]).toContain('code_challenge_method=S256');
    const stored = await secrets.read(scope, 'oauth2:accessToken');
    expect(stored?.host).toBe('127.0.0.1:9');
    expect(verifyJwt(stored!.value, idp.jwks)).toBe(true);
    expect(JSON.stringify(result)).not.toContain(stored!.value);

    expect((await testing.pasteToken(scope, 'Bearer pasted-token-123', 'api.contoso.com')).host).toBe('api.contoso.com');
    expect((await secrets.read(scope, 'oauth2:accessToken'))?.value).toBe('pasted-token-123');
  });

  it('closes a sign-in\'s listener on Cancel and when a new sign-in starts, leaving nothing stored', async () => {
    const { host, secrets, api: testing } = setup();
    host.openExternal = async (url) => void host.opened.push(url);
    const request = { scope, authorizationUrl: `${idp.issuer}/authorize`, tokenUrl: `${idp.issuer}/token`, clientId: 'c', scopes: [], apiHost: 'api.contoso.com' };
    const first = testing.signIn(request);
    await expect.poll(() => host.opened.length).toBe(1);
    const second = testing.signIn(request);
    expect(await first).toEqual({ ok: false, error: { code: 'sign-in', message: 'Sign-in was cancelled.' } });
    expect(await accepts(redirectPort(host.opened[0]))).toBe(false);
    await expect.poll(() => host.opened.length).toBe(2);
    const port = redirectPort(host.opened[1]);
    expect(await accepts(port)).toBe(true);
    await testing.cancelSignIn();
    expect(await second).toMatchObject({ ok: false, error: { message: 'Sign-in was cancelled.' } });
    expect(await accepts(port)).toBe(false);
    expect(await secrets.read(scope, 'oauth2:accessToken')).toBeUndefined();
    await testing.cancelSignIn();
  });

  it('only opens https sign-in pages, or http on this computer', async () => {
    expect(() => checkBrowserUrl('https://login.contoso.com/authorize')).not.toThrow();
    expect(() => checkBrowserUrl('http://127.0.0.1:8080/authorize')).not.toThrow();
    expect(() => checkBrowserUrl('http://login.contoso.com/authorize')).toThrow(/must use https/);
    expect(() => checkBrowserUrl('javascript:alert(1)')).toThrow(/must use https/);
    const { host, api: testing } = setup();
    const refused = await testing.signIn({ scope, authorizationUrl: 'file:///etc/passwd', tokenUrl: 'https://x/token', clientId: 'c', scopes: [], apiHost: 'api.contoso.com' });
    expect(refused).toMatchObject({ ok: false });
    expect(host.opened).toEqual([]);
  });
});

describe('Test step form helpers (renderer/steps/test/test-model.ts)', () => {
  it('finds the response schema to update through shared responses and definitions', () => {
    const doc = {
      paths: {
        '/a': { get: { responses: { '200': { $ref: '#/responses/Ok' } } } },
        '/b': { get: { responses: { default: { description: 'x', schema: { type: 'object' } } } } },
        '/c': { get: { responses: { '200': { description: 'none' } } } },
      },
      responses: { Ok: { description: 'ok', schema: { $ref: '#/definitions/Thing' } } },
      definitions: { Thing: { type: 'object' } },
    };
    expect(responseSchemaPointer(doc, '/paths/~1a/get', 200)).toBe('/definitions/Thing');
    expect(responseSchemaPointer(doc, '/paths/~1b/get', 404)).toBe('/paths/~1b/get/responses/default/schema');
    expect(responseSchemaPointer(doc, '/paths/~1c/get', 200)).toBeUndefined();
  });

  it('turns form values into inputs and the auth settings into a connection of secret references', () => {
    const doc = {
      paths: {
        '/items/{id}': {
          post: {
            operationId: 'Update',
            parameters: [
              { name: 'id', in: 'path', required: true, type: 'integer' },
              { name: 'tags', in: 'query', type: 'array', items: { type: 'string' } },
              { name: 'mode', in: 'header', type: 'string', default: 'fast' },
              { name: 'body', in: 'body', schema: { type: 'object' } },
            ],
            responses: {},
          },
        },
      },
    };
    const model = formModel(doc, 'Update')!;
    const values = { ...defaultValues(model), 'path:id': '7', 'query:tags': 'a, b' };
    expect(inputsFrom(model, values, '{"x":1}', {})).toEqual({ path: { id: '7' }, query: { tags: ['a', 'b'] }, header: { mode: 'fast' }, rawBody: '{"x":1}' });
    const config = {
      kind: 'apiKey' as const,
      gateway: false,
      apiKey: { definitionName: 'API Key', name: 'X-Key', in: 'header' as const, parameter: 'apiKey' },
      params: [{ name: 'region', type: 'string', defaultValue: 'eu' }, { name: 'signing', type: 'securestring' }],
    };
    expect(connectionFor(config, 'api.contoso.com', {})).toEqual({
      id: 'default',
      name: 'Test connection',
      authKind: 'apiKey',
      host: 'api.contoso.com',
      params: { region: 'eu' },
      secretRefs: { api_key: 'param:apiKey', apiKey: 'param:apiKey', signing: 'param:signing' },
    });
  });
});

describe('multi-auth and Windows connections', () => {
  /** Two sets in the documented connectionParameterSets shape: a key (with a region the policies read) and basic. */
  function multiConnector(host: string) {
    const swagger = {
      swagger: '2.0',
      info: { title: 'Multi', version: '1' },
      host,
      basePath: '/v1',
      schemes: ['http'],
      securityDefinitions: { 'API Key': { type: 'apiKey', in: 'header', name: 'X-Api-Key' }, basic_auth: { type: 'basic' } },
      paths: { '/me': { get: { operationId: 'GetMe', responses: { '200': { description: 'ok' } } } } },
    };
    const secure = (displayName: string) => ({ type: 'securestring', uiDefinition: { displayName, constraints: { required: 'true' } } });
    const plain = (displayName: string) => ({ type: 'string', uiDefinition: { displayName, constraints: { required: 'true' } } });
    const properties = {
      properties: {
        connectionParameterSets: {
          uiDefinition: { displayName: 'Authentication type', description: 'How to sign in.' },
          values: [
            { name: 'key', uiDefinition: { displayName: 'API key' }, parameters: { api_key: secure('API key'), region: plain('Region') } },
            { name: 'basic', uiDefinition: { displayName: 'User name and password' }, parameters: { username: plain('User name'), password: secure('Password') } },
          ],
        },
        policyTemplateInstances: [{
          templateId: 'setheader', title: 'Region',
          parameters: { 'x-ms-apimTemplateParameter.name': 'X-Region', 'x-ms-apimTemplateParameter.value': "@connectionParameters('region')", 'x-ms-apimTemplateParameter.existsAction': 'override', 'x-ms-apimTemplate-policySection': 'Request' },
        }],
      },
    };
    return { swagger, properties };
  }

  it('applies the chosen set as a single-auth connector of its kind, with its parameters in policies', async () => {
    const { secrets, api: testing } = setup();
    const server = await startServer((req, res) => json(res, 200, { key: req.headers['x-api-key'] ?? null, region: req.headers['x-region'] ?? null, authorization: req.headers.authorization ?? null }));
    servers.push(server);
    const { swagger: doc, properties } = multiConnector(server.host);
    const config = readAuth(doc, properties);
    expect(connectionKind(config)).toBe('multi');
    await secrets.set(scope, 'set:key:api_key', KEY, server.host);
    await secrets.set(scope, 'set:basic:password', 'pa55', server.host);
    const run = (set: string) => testing.runOperation({
      scope, swagger: doc, apiProperties: properties, operationId: 'GetMe', inputs: {}, target: 'live', history: [],
      connection: connectionFor(config, server.host, { region: 'emea', username: 'ada' }, { set, swagger: doc }),
    });
    const keyed = await run('key');
    expect(server.seen.at(-1)?.headers['x-api-key']).toBe(KEY);
    expect(server.seen.at(-1)?.headers['x-region']).toBe('emea');
    expect(server.seen.at(-1)?.headers.authorization).toBeUndefined();
    expect(keyed.request?.headers['X-Api-Key']).toBe('********');
    expect(keyed.history[0].connectionName).toBe('Test connection (API key)');
    await run('basic');
    expect(server.seen.at(-1)?.headers.authorization).toBe('Basic ' + Buffer.from('ada:pa55').toString('base64'));
    expect(server.seen.at(-1)?.headers['x-api-key']).toBeUndefined();
    // An unknown set name (a renamed set) falls back to the first, as the platform's dialog opens on it.
    expect(connectionFor(config, server.host, {}, { set: 'gone', swagger: doc })).toMatchObject({ set: 'key', authKind: 'apiKey', secretRefs: { api_key: 'set:key:api_key' } });
    // Without an apiKey securityDefinition the key only reaches the API through policies.
    expect(connectionFor(config, server.host, {}, { set: 'key', swagger: { ...doc, securityDefinitions: {} } }).authKind).toBe('none');
  });

  it('reads the corpus multi-auth connector: each set\'s OAuth token and client secret are its own', () => {
    const dir = corpusDir('certified-connectors__Azure-Communication-Services-SMS-Events');
    const doc = JSON.parse(readFileSync(join(dir, 'apiDefinition.swagger.json'), 'utf8'));
    const config = readAuth(doc, JSON.parse(readFileSync(join(dir, 'apiProperties.json'), 'utf8')));
    expect(connectionFor(config, 'management.azure.com', { 'token:clientId': 'app-1' }, { set: 'aadOauthClientCredentials', swagger: doc })).toEqual({
      id: 'set:aadOauthClientCredentials',
      name: 'Test connection (Service principal (Azure AD application) Authentication)',
      authKind: 'oauth2',
      host: 'management.azure.com',
      params: { 'token:clientId': 'app-1' },
      secretRefs: { access_token: 'set:aadOauthClientCredentials:oauth2:accessToken', 'token:clientSecret': 'set:aadOauthClientCredentials:token:clientSecret' },
      set: 'aadOauthClientCredentials',
    });
    expect(connectionFor(config, 'management.azure.com', {}, { swagger: doc }).secretRefs).toEqual({ access_token: 'set:aadOauth:oauth2:accessToken' });
  });

  it('keeps a set\'s signed-in and pasted tokens under the set, and refuses a malformed prefix', async () => {
    const { host, secrets, api: testing } = setup();
    followSignInPages(host);
    const signedIn = await testing.signIn({ scope, authorizationUrl: `${idp.issuer}/authorize`, tokenUrl: `${idp.issuer}/token`, clientId: 'c', scopes: [], apiHost: 'api.contoso.com', fieldPrefix: 'set:oauth:' });
    expect(signedIn.ok).toBe(true);
    expect(verifyJwt((await secrets.read(scope, 'set:oauth:oauth2:accessToken'))!.value, idp.jwks)).toBe(true);
    expect(await secrets.read(scope, 'oauth2:accessToken')).toBeUndefined();
    await testing.pasteToken(scope, 'tok-123456', 'api.contoso.com', 'set:other:');
    expect((await secrets.read(scope, 'set:other:oauth2:accessToken'))?.value).toBe('tok-123456');
    await expect(testing.pasteToken(scope, 'tok-123456', 'api.contoso.com', 'param:')).rejects.toThrow('is not the secret prefix of a connection parameter set');
  });

  it('never sends a Windows-authentication request, live or for a dropdown, and says why', async () => {
    const { api: testing } = setup();
    const server = await api();
    const config = { kind: 'windows' as const, gateway: true, basic: { username: {}, password: {} }, params: [] };
    expect(connectionKind(config)).toBe('windows');
    const connection = connectionFor(config, server.host, {});
    expect(connection.authKind).toBe('windows');
    const out = await testing.runOperation({ scope, swagger: swagger(server.host), operationId: 'GetMe', inputs: {}, connection, target: 'live', history: [] });
    expect(out.outcome).toEqual({ kind: 'error', code: 'build', message: WINDOWS_AUTH_EXPLANATION });
    const list = await testing.dynamicValues({ scope, swagger: swagger(server.host), ref: { kind: 'x-ms-dynamic-values', operationId: 'GetMe' }, form: { params: {} }, connection, target: 'live' });
    expect(list).toEqual({ kind: 'error', message: WINDOWS_AUTH_EXPLANATION });
    expect(server.seen).toHaveLength(0);
    expect(WINDOWS_AUTH_EXPLANATION).toContain('on-premises data gateway');
  });
});
