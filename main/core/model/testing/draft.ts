/**
 * A request under construction. Parameters, security and policies edit this structure; `finish`
 * turns it into the wire request. Keeping the path template and JSON body unserialised lets policies
 * (routerequesttoendpoint, setproperty) act on them as the gateway does.
 */
import type { TestRequest } from './types';

export interface RequestDraft {
  method: string;
  /** scheme://host + basePath, without a trailing slash. */
  baseUrl: string;
  /** The operation path template, e.g. "/items/{id}". */
  pathTemplate: string;
  /** Path parameter values, already URL-encoded. */
  pathValues: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
  /** A JSON body (serialised at the end) or raw text/bytes. */
  jsonBody?: unknown;
  rawBody?: string | Uint8Array;
  secretHeaders: Set<string>;
  secretQuery: Set<string>;
  /** Things the user should know: missing required values, expressions not emulated offline. */
  problems: string[];
}

/** Sets a header, replacing any existing one whatever its case. */
export function setHeader(draft: RequestDraft, name: string, value: string): void {
  removeHeader(draft, name);
  draft.headers[name] = value;
}

export function removeHeader(draft: RequestDraft, name: string): void {
  for (const key of Object.keys(draft.headers)) {
    if (key.toLowerCase() === name.toLowerCase()) delete draft.headers[key];
  }
}

export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function joinUrl(base: string, path: string): string {
  if (!path) return base;
  return base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}

export function formatQuery(pairs: readonly [string, string][]): string {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

export function finish(draft: RequestDraft): TestRequest {
  const path = fillPath(draft.pathTemplate, draft.pathValues);
  const query = formatQuery(draft.query);
  const url = joinUrl(draft.baseUrl, path) + (query ? (path.includes('?') ? '&' : '?') + query : '');
  const request: TestRequest = { method: draft.method.toUpperCase(), url, headers: { ...draft.headers } };
  if (draft.rawBody !== undefined) request.body = draft.rawBody;
  else if (draft.jsonBody !== undefined) request.body = JSON.stringify(draft.jsonBody, null, 2);
  if (draft.secretHeaders.size > 0) request.secretHeaders = [...draft.secretHeaders];
  if (draft.secretQuery.size > 0) request.secretQuery = [...draft.secretQuery];
  return request;
}
