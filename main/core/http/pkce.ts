/** RFC 7636 PKCE (S256) and the random `state` value of an authorization request. */
import { createHash, randomBytes } from 'node:crypto';

export interface Pkce {
  verifier: string;
  challenge: string;
  method: 'S256';
}

/** 32 random bytes -> a 43-character base64url verifier (RFC 7636 §4.1 allows 43–128). */
export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url'), method: 'S256' };
}

export function randomState(): string {
  return randomBytes(16).toString('base64url');
}
