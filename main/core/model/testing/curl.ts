/** Showing a request safely: masked headers and a copyable curl line. */
import type { TestRequest } from './types';

export const MASK = '********';

/** Headers that always carry credentials, whatever the connector declares. */
export const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie'];

/** A copy with each named header (any case) and every well-known credential header masked. */
export function maskHeaders(headers: Record<string, string>, secretNames: readonly string[] = []): Record<string, string> {
  const secret = new Set([...secretNames.map((n) => n.toLowerCase()), ...CREDENTIAL_HEADERS]);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = secret.has(name.toLowerCase()) ? maskValue(name, value) : value;
  return out;
}

/** Keeps the auth scheme visible ("Bearer ********") so the user can still see which kind was sent. */
function maskValue(name: string, value: string): string {
  const scheme = /^(Basic|Bearer|Digest|Token)\s+/i.exec(value);
  return name.toLowerCase().endsWith('authorization') && scheme ? `${scheme[1]} ${MASK}` : MASK;
}

export function maskUrl(url: string, secretQuery: readonly string[] = []): string {
  if (secretQuery.length === 0) return url;
  const [base, query] = [url.split('?')[0], url.split('?').slice(1).join('?')];
  if (!query) return url;
  const masked = query.split('&').map((pair) => {
    const key = decodeURIComponent(pair.split('=')[0]);
    return secretQuery.includes(key) ? `${pair.split('=')[0]}=${MASK}` : pair;
  });
  return `${base}?${masked.join('&')}`;
}

/** Replaces every occurrence of the given secret values in a text (bodies built by policies, URLs). */
export function scrubSecrets(text: string, secretValues: readonly string[]): string {
  let out = text;
  for (const secret of secretValues) if (secret.length >= 4) out = out.split(secret).join(MASK);
  return out;
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A POSIX-shell curl line; binary bodies are left out with a note, secrets masked when asked. */
export function toCurl(request: TestRequest, maskSecrets: boolean): string {
  const headers = maskSecrets ? maskHeaders(request.headers, request.secretHeaders) : request.headers;
  const url = maskSecrets ? maskUrl(request.url, request.secretQuery) : request.url;
  const parts = ['curl', '-X', request.method, shellQuote(url)];
  for (const [name, value] of Object.entries(headers)) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (typeof request.body === 'string' && request.body !== '') parts.push('--data-raw', shellQuote(request.body));
  else if (request.body instanceof Uint8Array) parts.push('--data-binary', "'@body.bin'");
  return parts.join(' ');
}
