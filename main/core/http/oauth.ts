/**
 * OAuth 2.0 for the Test step: authorization code + PKCE through a loopback redirect (RFC 8252),
 * refresh, and client credentials. Opening the browser is injected (an Electron capability).
 */
import { startLoopbackReceiver } from './loopback';
import { createPkce, randomState } from './pkce';

export interface TokenSet {
  accessToken: string;
  tokenType: string;
  refreshToken?: string;
  /** ISO 8601, computed from expires_in. */
  expiresAt?: string;
  scope?: string;
  idToken?: string;
}

export interface SignInOptions {
  authorizationUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret?: string;
  scopes: string[];
  openBrowser: (url: string) => Promise<void>;
  /** How long the user has to finish signing in. */
  timeoutMs: number;
  /** Provider specifics, e.g. { resource } for Azure AD v1 or { prompt: 'consent' }. */
  extraParameters?: Record<string, string>;
  /** Aborting cancels the sign-in: the loopback listener closes at once and the promise rejects. */
  signal?: AbortSignal;
}

export async function signIn(options: SignInOptions): Promise<TokenSet> {
  const state = randomState();
  const pkce = createPkce();
  if (options.signal?.aborted) throw new Error('Sign-in was cancelled.');
  const receiver = await startLoopbackReceiver(state, options.timeoutMs);
  const cancel = () => void receiver.close();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    // Aborted while the listener was starting.
    if (options.signal?.aborted) cancel();
    const url = new URL(options.authorizationUrl);
    const params: Record<string, string> = {
      response_type: 'code',
      client_id: options.clientId,
      redirect_uri: receiver.redirectUri,
      state,
      code_challenge: pkce.challenge,
      code_challenge_method: pkce.method,
      ...(options.scopes.length > 0 ? { scope: options.scopes.join(' ') } : {}),
      ...options.extraParameters,
    };
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    await options.openBrowser(url.toString());
    const { code } = await receiver.result;
    if (options.signal?.aborted) throw new Error('Sign-in was cancelled.');
    return await tokenRequest(options.tokenUrl, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: receiver.redirectUri,
      client_id: options.clientId,
      code_verifier: pkce.verifier,
      ...(options.clientSecret ? { client_secret: options.clientSecret } : {}),
    }, options.timeoutMs);
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    await receiver.close();
  }
}

export interface RefreshOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret?: string;
  refreshToken: string;
  scopes?: string[];
  timeoutMs: number;
}

export async function refreshAccessToken(options: RefreshOptions): Promise<TokenSet> {
  const tokens = await tokenRequest(options.tokenUrl, {
    grant_type: 'refresh_token',
    refresh_token: options.refreshToken,
    client_id: options.clientId,
    ...(options.clientSecret ? { client_secret: options.clientSecret } : {}),
    ...(options.scopes?.length ? { scope: options.scopes.join(' ') } : {}),
  }, options.timeoutMs);
  // Providers may omit the refresh token when it did not rotate: keep the old one.
  return { ...tokens, refreshToken: tokens.refreshToken ?? options.refreshToken };
}

export interface ClientCredentialsOptions {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  timeoutMs: number;
}

export function clientCredentials(options: ClientCredentialsOptions): Promise<TokenSet> {
  return tokenRequest(options.tokenUrl, {
    grant_type: 'client_credentials',
    client_id: options.clientId,
    client_secret: options.clientSecret,
    ...(options.scopes.length ? { scope: options.scopes.join(' ') } : {}),
  }, options.timeoutMs);
}

/** "Paste a token": the user already has an access token. */
export function pastedToken(accessToken: string): TokenSet {
  return { accessToken: accessToken.trim().replace(/^Bearer\s+/i, ''), tokenType: 'Bearer' };
}

/** A token endpoint call (RFC 6749 §4.1.3/§6/§4.4) with client_secret_post; never follows redirects. */
async function tokenRequest(tokenUrl: string, form: Record<string, string>, timeoutMs: number): Promise<TokenSet> {
  let response: Response;
  try {
    response = await fetch(tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'it did not answer in time' : error instanceof Error ? error.message : String(error);
    throw new Error(`The token endpoint ${new URL(tokenUrl).host} could not be reached: ${reason}.`);
  }
  const text = await response.text();
  const data = parseTokenBody(text, response.headers.get('content-type') ?? '');
  if (!response.ok || typeof data.access_token !== 'string') {
    const detail = typeof data.error_description === 'string' ? data.error_description : typeof data.error === 'string' ? data.error : `HTTP ${response.status}`;
    throw new Error(`The token endpoint refused the request: ${detail}`);
  }
  const expiresIn = Number(data.expires_in);
  return {
    accessToken: data.access_token,
    tokenType: typeof data.token_type === 'string' ? data.token_type : 'Bearer',
    ...(typeof data.refresh_token === 'string' ? { refreshToken: data.refresh_token } : {}),
    ...(Number.isFinite(expiresIn) && expiresIn > 0 ? { expiresAt: new Date(Date.now() + expiresIn * 1000).toISOString() } : {}),
    ...(typeof data.scope === 'string' ? { scope: data.scope } : {}),
    ...(typeof data.id_token === 'string' ? { idToken: data.id_token } : {}),
  };
}

/** JSON normally; some providers (GitHub without Accept) answer form-encoded. */
function parseTokenBody(text: string, contentType: string): Record<string, unknown> {
  if (!/json/i.test(contentType) && text.includes('=') && !text.trim().startsWith('{')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
