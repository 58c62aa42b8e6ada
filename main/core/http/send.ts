/**
 * Sends a Test step request from the main process (no CORS). Redirects are followed by hand (at most
 * 5) so credentials never leak to another origin and HTTPS is never silently downgraded; a secret only
 * goes to the host it was entered for unless the caller confirmed.
 */
import type { RedirectHop, TestRequest, TestResponse } from '../model/testing/types';
import { CREDENTIAL_HEADERS } from '../model/testing/curl';
import { decodeBody } from './body-decode';
import { SendError, type SendErrorCode } from './errors';
import { sendOneHop } from './one-hop';
import { isRedirect, nextHop } from './redirects';

export interface SendOptions {
  /** Whole exchange, redirects included. */
  timeoutMs: number;
  /** Per connection attempt; defaults to the smaller of 10 s and timeoutMs. */
  connectTimeoutMs?: number;
  maxResponseBytes: number;
  /** The host (hostname or hostname:port) the connection's secrets were entered for. */
  secretHost?: string;
  /** The caller found a secret elsewhere in the request (a path or body built by a policy). */
  containsSecrets?: boolean;
  /** The user agreed to send the secrets to a host other than secretHost. */
  confirmForeignHost?: boolean;
  /** The user agreed to follow an https -> http redirect. */
  allowDowngrade?: boolean;
  allowInvalidCertificates?: boolean;
  maxRedirects?: number;
}

export type SendResult =
  | { kind: 'response'; response: TestResponse }
  | { kind: 'needs-confirmation'; host: string; secretHost: string; message: string }
  | { kind: 'error'; code: SendErrorCode; message: string; redirects: RedirectHop[] };

const DEFAULT_MAX_REDIRECTS = 5;

export async function sendTestRequest(request: TestRequest, options: SendOptions): Promise<SendResult> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { kind: 'error', code: 'invalid-url', message: `"${request.url}" is not a valid URL.`, redirects: [] };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { kind: 'error', code: 'invalid-url', message: `Only http and https URLs can be tested (got ${url.protocol}).`, redirects: [] };
  }
  const foreign = foreignSecretHost(request, url, options);
  if (foreign) return foreign;

  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const connectTimeoutMs = options.connectTimeoutMs ?? Math.min(10_000, options.timeoutMs);
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const redirects: RedirectHop[] = [];
  const warnings: string[] = [];
  let current = request;
  for (;;) {
    let hop;
    try {
      hop = await sendOneHop(current, { deadline, overallTimeoutMs: options.timeoutMs, connectTimeoutMs, maxResponseBytes: options.maxResponseBytes, allowInvalidCertificates: options.allowInvalidCertificates });
    } catch (error) {
      const e = error instanceof SendError ? error : new SendError('network', String(error));
      return { kind: 'error', code: e.code, message: e.message, redirects };
    }
    const location = hop.headers.location;
    const target = isRedirect(hop.status) && location ? safeUrl(location, current.url) : undefined;
    let stop: string | undefined;
    if (target && redirects.length >= maxRedirects) stop = `Stopped after ${maxRedirects} redirects; the last one pointed to ${target}.`;
    else if (target && new URL(current.url).protocol === 'https:' && target.protocol === 'http:' && !options.allowDowngrade) {
      stop = `The server redirected from HTTPS to plain HTTP (${target}). It was not followed: the request and its credentials would travel unencrypted.`;
    } else if (target && target.protocol !== 'http:' && target.protocol !== 'https:') stop = `Redirect to an unsupported URL (${target}) was not followed.`;
    if (target && !stop) {
      const { request: next, stripped } = nextHop(current, hop.status, target);
      redirects.push({ status: hop.status, from: current.url, to: next.url, stripped });
      if (stripped.length > 0) warnings.push(`Credentials (${stripped.join(', ')}) were not sent to ${target.host}: the redirect left the original site.`);
      current = next;
      continue;
    }
    if (stop) warnings.push(stop);
    const contentType = hop.headers['content-type'] ?? '';
    const decoded = decodeBody(hop.body, contentType, hop.headers['content-encoding'], hop.truncated, options.maxResponseBytes);
    if (decoded.warning) warnings.push(decoded.warning);
    if (hop.truncated) warnings.push(`The response is larger than ${options.maxResponseBytes} bytes; only the first part was kept.`);
    const response: TestResponse = {
      status: hop.status,
      statusText: hop.statusText,
      timeMs: Date.now() - started,
      sizeBytes: hop.receivedBytes,
      headers: hop.headers,
      contentType,
      truncated: hop.truncated,
      warnings,
      redirects,
      ...(decoded.bodyText !== undefined ? { bodyText: decoded.bodyText } : {}),
      ...(decoded.bodyBase64 !== undefined ? { bodyBase64: decoded.bodyBase64 } : {}),
    };
    return { kind: 'response', response };
  }
}

function safeUrl(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}

/** True when the request carries anything secret: declared secret headers/query or a credential header. */
export function carriesSecrets(request: TestRequest): boolean {
  if ((request.secretHeaders ?? []).length > 0 || (request.secretQuery ?? []).length > 0) return true;
  return Object.keys(request.headers).some((h) => CREDENTIAL_HEADERS.includes(h.toLowerCase()));
}

/** secretHost "api.example.com" matches any port; "127.0.0.1:8080" matches that port only. */
export function hostMatches(url: URL, secretHost: string): boolean {
  const wanted = secretHost.toLowerCase().trim();
  return wanted.includes(':') && !wanted.startsWith('[') ? url.host.toLowerCase() === wanted : url.hostname.toLowerCase() === wanted;
}

function foreignSecretHost(request: TestRequest, url: URL, options: SendOptions): SendResult | undefined {
  if (!options.secretHost || options.confirmForeignHost) return undefined;
  if (!options.containsSecrets && !carriesSecrets(request)) return undefined;
  if (hostMatches(url, options.secretHost)) return undefined;
  return {
    kind: 'needs-confirmation',
    host: url.host,
    secretHost: options.secretHost,
    message: `This connection's credentials were entered for ${options.secretHost}, but this request goes to ${url.host}. Send them to ${url.host}?`,
  };
}
