/**
 * Contract area: testing (preload/api/testing.ts). "Test operation" is runTest over the project's secrets; OAuth
 * sign-in opens the system browser through the Host and stores the tokens, never returning them; one mock server
 * per window answers from the definition it was started with.
 */
import type { SecretScope } from '../../preload/api/secrets';
import type { MockInfo, ResponseView, RunOperationRequest, RunOperationResult, SignInResult, TestingApi } from '../../preload/api/testing';
import type { Host } from '../host-types';
import type { Emit } from './emit';
import type { ProjectSecrets } from './secrets';
import { fetchDynamicList, runTest, type SecretStore } from '../core/http';
import { pastedToken, refreshAccessToken, signIn, type TokenSet } from '../core/http/oauth';
import type { TestResponse } from '../core/model/testing/types';
import { validateResponse } from '../core/model/testing/validate-response';
import { startMockServer, type MockServer } from '../core/mock';

export const ACCESS_TOKEN_FIELD = 'oauth2:accessToken';
export const REFRESH_TOKEN_FIELD = 'oauth2:refreshToken';
export const CLIENT_SECRET_FIELD = 'oauth2:clientSecret';

/** The secret fields of a multi-auth set start `set:<name>:` (secret-fields.ts); a single-auth connector's have none. */
export function prefixed(prefix: string | undefined, field: string): string {
  if (prefix === undefined || prefix === '') return field;
  if (typeof prefix !== 'string' || !/^set:[^:\s]+:$/.test(prefix)) throw new Error(`"${String(prefix)}" is not the secret prefix of a connection parameter set.`);
  return prefix + field;
}

/** Runs kept per operation. */
export const HISTORY_LIMIT = 10;
const SEND = { timeoutMs: 30_000, maxResponseBytes: 10 * 1024 * 1024 };
/** How long the user has to finish signing in in the browser. */
const SIGN_IN_TIMEOUT_MS = 5 * 60_000;
const TOKEN_TIMEOUT_MS = 30_000;

/** The project's secrets as the HTTP core reads them: a reference is a secret field of the project. */
export function projectSecretStore(secrets: ProjectSecrets, scope: SecretScope): SecretStore {
  return {
    get: async (ref) => (await secrets.read(scope, ref))?.value,
    hostOf: async (ref) => (await secrets.read(scope, ref))?.host,
    set: async (ref, value, host) => {
      await secrets.set(scope, ref, value, host);
    },
  };
}

/** The sign-in page opens in the user's browser: https, or http on this computer (a local identity server). */
export function checkBrowserUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The authorization URL "${url}" is not a valid URL. Check it in the Security step.`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
    throw new Error(`The authorization URL must use https (got ${parsed.protocol}//${parsed.host}). Check it in the Security step.`);
  }
}

const IMAGE_TYPES = /^image\/(png|jpe?g|gif|webp|bmp|x-icon|vnd\.microsoft\.icon)\b/i;

export function responseView(response: TestResponse): ResponseView {
  const image = response.bodyBase64 !== undefined && IMAGE_TYPES.test(response.contentType.trim());
  return {
    status: response.status,
    statusText: response.statusText,
    timeMs: response.timeMs,
    sizeBytes: response.sizeBytes,
    headers: response.headers,
    contentType: response.contentType,
    ...(response.bodyText !== undefined ? { bodyText: prettyBody(response.bodyText, response.contentType) } : {}),
    ...(response.bodyBase64 !== undefined ? { bodyBase64: response.bodyBase64 } : {}),
    image,
    truncated: response.truncated,
    warnings: response.warnings,
    redirects: response.redirects,
  };
}

function prettyBody(text: string, contentType: string): string {
  const trimmed = text.trim();
  if (!/json/i.test(contentType) && !/^[[{]/.test(trimmed)) return text;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return text;
  }
}

function tokenResult(tokens: TokenSet): SignInResult {
  return {
    ...(tokens.expiresAt ? { expiresAt: tokens.expiresAt } : {}),
    ...(tokens.scope ? { scope: tokens.scope } : {}),
    refreshable: tokens.refreshToken !== undefined,
  };
}

function failure(error: unknown): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code: 'sign-in', message: error instanceof Error ? error.message : String(error) } };
}

export function createTestingHandlers(host: Host, _emit: Emit, secrets: ProjectSecrets): TestingApi & { dispose(): Promise<void> } {
  let mock: { server: MockServer; info: MockInfo } | null = null;
  /** The sign-in in progress: one at a time, so a new one (or Cancel) closes the previous loopback listener. */
  let signing: AbortController | null = null;
  const cancelSignIn = async () => {
    signing?.abort();
    signing = null;
  };

  const storeTokens = async (scope: SecretScope, tokens: TokenSet, apiHost: string, prefix: string | undefined) => {
    await secrets.set(scope, prefixed(prefix, ACCESS_TOKEN_FIELD), tokens.accessToken, apiHost);
    if (tokens.refreshToken) await secrets.set(scope, prefixed(prefix, REFRESH_TOKEN_FIELD), tokens.refreshToken, apiHost);
  };

  const stopMock = async () => {
    const running = mock;
    mock = null;
    if (running) await running.server.close();
  };

  return {
    async runOperation(request: RunOperationRequest): Promise<RunOperationResult> {
      const history = { [request.operationId]: Array.isArray(request.history) ? request.history : [] };
      if (request.target === 'mock' && !mock) {
        return { problems: [], outcome: { kind: 'error', code: 'mock-stopped', message: 'The mock server is not running. Start it, or send to the live API.' }, history: history[request.operationId] };
      }
      try {
        const out = await runTest({
          swagger: request.swagger,
          apiProperties: request.apiProperties,
          operationId: request.operationId,
          inputs: request.inputs ?? {},
          connection: request.target === 'mock' ? undefined : request.connection,
          store: projectSecretStore(secrets, request.scope),
          send: { ...SEND, confirmForeignHost: request.confirmForeignHost === true },
          history,
          historyLimit: HISTORY_LIMIT,
          ...(request.target === 'mock' && mock ? { baseUrl: mock.server.baseUrl } : {}),
        });
        const outcome: RunOperationResult['outcome'] =
          out.result.kind === 'response'
            ? { kind: 'response', response: responseView(out.result.response) }
            : out.result.kind === 'needs-confirmation'
              ? { kind: 'needs-confirmation', host: out.result.host, secretHost: out.result.secretHost, message: out.result.message }
              : { kind: 'error', code: out.result.code, message: out.result.message };
        return {
          request: out.request,
          problems: out.problems,
          outcome,
          ...(out.validation ? { validation: out.validation } : {}),
          history: out.history[request.operationId] ?? [],
        };
      } catch (error) {
        // Building the request failed (unknown operation, a connection without its secret): nothing was sent.
        return { problems: [], outcome: { kind: 'error', code: 'build', message: error instanceof Error ? error.message : String(error) }, history: history[request.operationId] };
      }
    },

    async dynamicValues(request) {
      if (request.target === 'mock' && !mock) return { kind: 'error', message: 'The mock server is not running. Start it, or send to the live API.' };
      try {
        return await fetchDynamicList({
          swagger: request.swagger,
          apiProperties: request.apiProperties,
          ref: request.ref,
          form: request.form,
          connection: request.target === 'mock' ? undefined : request.connection,
          store: projectSecretStore(secrets, request.scope),
          send: { ...SEND, confirmForeignHost: false },
          ...(request.target === 'mock' && mock ? { baseUrl: mock.server.baseUrl } : {}),
        });
      } catch (error) {
        return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      }
    },

    async checkResponse(swagger, operationId, status, bodyText) {
      return validateResponse(swagger, operationId, status, bodyText);
    },

    async signIn(request) {
      signing?.abort();
      const controller = new AbortController();
      signing = controller;
      try {
        checkBrowserUrl(request.authorizationUrl);
        if (!request.apiHost) throw new Error('The connector has no host yet: set it in the General step, so the token is tied to the API it is for.');
        if (!request.clientId) throw new Error('The OAuth client id is empty: enter it in the Security step.');
        const clientSecret = (await secrets.read(request.scope, prefixed(request.fieldPrefix, CLIENT_SECRET_FIELD)))?.value;
        const tokens = await signIn({
          authorizationUrl: request.authorizationUrl,
          tokenUrl: request.tokenUrl,
          clientId: request.clientId,
          ...(clientSecret ? { clientSecret } : {}),
          scopes: request.scopes ?? [],
          extraParameters: request.extraParameters,
          timeoutMs: SIGN_IN_TIMEOUT_MS,
          openBrowser: (url) => host.openExternal(url),
          signal: controller.signal,
        });
        if (controller.signal.aborted) throw new Error('Sign-in was cancelled.');
        await storeTokens(request.scope, tokens, request.apiHost, request.fieldPrefix);
        return { ok: true, value: tokenResult(tokens) };
      } catch (error) {
        return failure(controller.signal.aborted ? new Error('Sign-in was cancelled.') : error);
      } finally {
        if (signing === controller) signing = null;
      }
    },

    cancelSignIn,

    async refreshSignIn(request) {
      try {
        const refreshToken = (await secrets.read(request.scope, prefixed(request.fieldPrefix, REFRESH_TOKEN_FIELD)))?.value;
        if (!refreshToken) throw new Error('There is no refresh token: sign in again.');
        const clientSecret = (await secrets.read(request.scope, prefixed(request.fieldPrefix, CLIENT_SECRET_FIELD)))?.value;
        const tokens = await refreshAccessToken({
          tokenUrl: request.tokenUrl,
          clientId: request.clientId,
          ...(clientSecret ? { clientSecret } : {}),
          refreshToken,
          scopes: request.scopes,
          timeoutMs: TOKEN_TIMEOUT_MS,
        });
        await storeTokens(request.scope, tokens, request.apiHost, request.fieldPrefix);
        return { ok: true, value: tokenResult(tokens) };
      } catch (error) {
        return failure(error);
      }
    },

    async pasteToken(scope, token, apiHost, fieldPrefix) {
      const { accessToken } = pastedToken(typeof token === 'string' ? token : '');
      if (!accessToken) throw new Error('Paste the access token first.');
      return secrets.set(scope, prefixed(fieldPrefix, ACCESS_TOKEN_FIELD), accessToken, apiHost);
    },

    async startMock(swagger) {
      await stopMock();
      const server = await startMockServer(swagger);
      mock = { server, info: { url: server.url, baseUrl: server.baseUrl, port: server.port, startedAt: new Date().toISOString() } };
      return mock.info;
    },

    stopMock,

    async mockStatus() {
      return mock?.info ?? null;
    },

    async dispose() {
      await cancelSignIn();
      await stopMock();
    },
  };
}
