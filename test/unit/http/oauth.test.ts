import type { OAuth2Server } from 'oauth2-mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientCredentials, pastedToken, refreshAccessToken, signIn } from '../../../main/core/http/oauth';
import { accepts, redirectPort, startIdentityProvider, testBrowser, verifyJwt } from './oauth-support';
import type { JsonWebKey } from 'node:crypto';

let idp: { server: OAuth2Server; issuer: string; jwks: JsonWebKey[] };
beforeAll(async () => {
  idp = await startIdentityProvider();
});
afterAll(async () => {
  await idp.server.stop();
});

const endpoints = () => ({ authorizationUrl: `${idp.issuer}/authorize`, tokenUrl: `${idp.issuer}/token` });

describe('OAuth 2.0 sign-in (authorization code + PKCE, loopback redirect)', () => {
  it('signs in through the loopback callback and returns a verifiable token set', async () => {
    const seen: string[] = [];
    const tokens = await signIn({ ...endpoints(), clientId: 'studio', clientSecret: 's', scopes: ['read', 'write'], openBrowser: testBrowser(seen), timeoutMs: 10_000 });
    const authorize = new URL(seen[0]);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('scope')).toBe('read write');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(new URL(seen[1]).searchParams.get('state')).toBe(authorize.searchParams.get('state'));
    expect(verifyJwt(tokens.accessToken, idp.jwks)).toBe(true);
    expect(tokens.tokenType).toBe('Bearer');
    expect(tokens.refreshToken).toBeTruthy();
    expect(Date.parse(tokens.expiresAt!)).toBeGreaterThan(Date.now());
  });

  it('refreshes a token and keeps the refresh token when none is returned', async () => {
    const refreshed = await refreshAccessToken({ tokenUrl: endpoints().tokenUrl, clientId: 'studio', refreshToken: 'r-1', timeoutMs: 5_000 });
    expect(verifyJwt(refreshed.accessToken, idp.jwks)).toBe(true);
    expect(refreshed.refreshToken).toBeTruthy();
  });

  it('gets a client-credentials token', async () => {
    const tokens = await clientCredentials({ tokenUrl: endpoints().tokenUrl, clientId: 'svc', clientSecret: 's', scopes: ['api'], timeoutMs: 5_000 });
    expect(verifyJwt(tokens.accessToken, idp.jwks)).toBe(true);
    expect(tokens.refreshToken).toBeUndefined();
  });

  it('refuses a callback whose state does not match (one-shot: the flow ends)', async () => {
    const forged = async (url: string) => {
      const redirect = new URL(url).searchParams.get('redirect_uri')!;
      void fetch(`${redirect}?code=stolen&state=forged`).then((r) => r.text());
    };
    await expect(signIn({ ...endpoints(), clientId: 'studio', scopes: [], openBrowser: forged, timeoutMs: 10_000 })).rejects.toThrow(/did not carry the state this app sent/);
  });

  it('gives up with a plain message when the user never finishes', async () => {
    await expect(signIn({ ...endpoints(), clientId: 'studio', scopes: [], openBrowser: async () => undefined, timeoutMs: 200 })).rejects.toThrow(
      'Sign-in was not completed within 0.2 seconds. Try again.',
    );
  });

  it('reports the error the provider sends back', async () => {
    const denied = async (url: string) => {
      const params = new URL(url).searchParams;
      void fetch(`${params.get('redirect_uri')}?error=access_denied&error_description=${encodeURIComponent('The user said no')}&state=${params.get('state')}`).then((r) => r.text());
    };
    await expect(signIn({ ...endpoints(), clientId: 'studio', scopes: [], openBrowser: denied, timeoutMs: 10_000 })).rejects.toThrow('The user said no');
  });

  it('closes the loopback listener as soon as the sign-in is cancelled', async () => {
    const controller = new AbortController();
    let opened = '';
    const flow = signIn({ ...endpoints(), clientId: 'studio', scopes: [], openBrowser: async (url) => void (opened = url), timeoutMs: 300_000, signal: controller.signal });
    await expect.poll(() => opened).not.toBe('');
    const port = redirectPort(opened);
    expect(await accepts(port)).toBe(true);
    controller.abort();
    await expect(flow).rejects.toThrow('Sign-in was cancelled.');
    expect(await accepts(port)).toBe(false);
    // Aborted before it began: no listener at all.
    await expect(signIn({ ...endpoints(), clientId: 'studio', scopes: [], openBrowser: async () => undefined, timeoutMs: 300_000, signal: controller.signal })).rejects.toThrow('Sign-in was cancelled.');
  });

  it('accepts a pasted token with or without the Bearer prefix', () => {
    expect(pastedToken('  Bearer abc ')).toEqual({ accessToken: 'abc', tokenType: 'Bearer' });
  });
});
