/**
 * Redirect handling rules. Node's fetch forwards custom credential headers across origins and follows
 * https -> http silently (TOOLCHAIN.md), so the Test step follows redirects itself with these rules.
 */
import { CREDENTIAL_HEADERS } from '../model/testing/curl';
import type { TestRequest } from '../model/testing/types';

export function isRedirect(status: number): boolean {
  return [301, 302, 303, 307, 308].includes(status);
}

/** 303 always, and 301/302 after a POST, become a GET without a body (what browsers and curl do). */
export function redirectMethod(status: number, method: string): { method: string; dropBody: boolean } {
  if (status === 303 && method !== 'HEAD') return { method: 'GET', dropBody: true };
  if ((status === 301 || status === 302) && method === 'POST') return { method: 'GET', dropBody: true };
  return { method, dropBody: false };
}

/**
 * The request for the next hop. When the origin (scheme, host, port) changes, every credential goes:
 * Authorization, cookies, the connector's API-key headers and API-key query parameters.
 */
export function nextHop(request: TestRequest, status: number, location: URL): { request: TestRequest; stripped: string[] } {
  const from = new URL(request.url);
  const { method, dropBody } = redirectMethod(status, request.method);
  const headers = { ...request.headers };
  const stripped: string[] = [];
  if (dropBody) {
    for (const name of Object.keys(headers)) if (/^content-(type|length)$/i.test(name)) delete headers[name];
  }
  let url = location.toString();
  if (from.origin !== location.origin) {
    const secret = new Set([...CREDENTIAL_HEADERS, ...(request.secretHeaders ?? []).map((n) => n.toLowerCase())]);
    for (const name of Object.keys(headers)) {
      if (secret.has(name.toLowerCase())) {
        delete headers[name];
        stripped.push(name);
      }
    }
    const target = new URL(location.toString());
    for (const name of request.secretQuery ?? []) {
      if (target.searchParams.has(name)) {
        target.searchParams.delete(name);
        stripped.push(`?${name}`);
      }
    }
    url = target.toString();
  }
  const next: TestRequest = { ...request, method, url, headers };
  if (dropBody) delete next.body;
  return { request: next, stripped };
}
