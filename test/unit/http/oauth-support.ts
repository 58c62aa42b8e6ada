/** oauth2-mock-server on 127.0.0.1, a test "browser", and a JWT check for loopback APIs. */
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { connect } from 'node:net';
import { OAuth2Server } from 'oauth2-mock-server';

export async function startIdentityProvider(): Promise<{ server: OAuth2Server; issuer: string; jwks: JsonWebKey[] }> {
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');
  await server.start(0, '127.0.0.1');
  const issuer = server.issuer.url!;
  return { server, issuer, jwks: server.issuer.keys.toJSON() as JsonWebKey[] };
}

/** Plays the user's browser: opens the authorization URL and follows its redirect to the loopback callback. */
export function testBrowser(seen: string[] = []) {
  return async (url: string): Promise<void> => {
    seen.push(url);
    const authorize = await fetch(url, { redirect: 'manual' });
    const location = authorize.headers.get('location');
    if (!location) throw new Error(`The authorization endpoint did not redirect (HTTP ${authorize.status})`);
    seen.push(location);
    // Like a browser, this does not block the app: the callback is delivered in the background.
    void fetch(location).then((r) => r.text());
  };
}

/** True when the token is an RS256 JWT signed by one of the keys and not expired. */
export function verifyJwt(token: string, jwks: JsonWebKey[]): boolean {
  const [head, payload, signature] = token.split('.');
  if (!head || !payload || !signature) return false;
  const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { kid?: string; alg?: string };
  const jwk = jwks.find((k) => (k as { kid?: string }).kid === header.kid);
  if (!jwk || header.alg !== 'RS256') return false;
  const ok = verify('RSA-SHA256', Buffer.from(`${head}.${payload}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(signature, 'base64url'));
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: number };
  return ok && (claims.exp === undefined || claims.exp * 1000 > Date.now());
}

/** Whether something accepts TCP connections on 127.0.0.1:port right now. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The port of the loopback redirect named in an authorization URL. */
export const redirectPort = (authorizeUrl: string): number => Number(new URL(new URL(authorizeUrl).searchParams.get('redirect_uri')!).port);
