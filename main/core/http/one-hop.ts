/** One HTTP exchange with node:http(s): connect timeout, overall deadline, capped body. */
import http from 'node:http';
import https from 'node:https';
import type { TestRequest } from '../model/testing/types';
import { explainError, SendError } from './errors';

export interface HopOptions {
  /** Absolute time (Date.now()) by which the whole test, all hops included, must be done. */
  deadline: number;
  overallTimeoutMs: number;
  connectTimeoutMs: number;
  maxResponseBytes: number;
  /** Accept invalid certificates (only ever set by the user for a local test server). */
  allowInvalidCertificates?: boolean;
}

export interface HopResult {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Buffer;
  /** Bytes that arrived, counting those past the cap. */
  receivedBytes: number;
  truncated: boolean;
}

export function sendOneHop(request: TestRequest, options: HopOptions): Promise<HopResult> {
  const url = new URL(request.url);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<HopResult>((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const done = (error: unknown, result?: HopResult) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      if (error) reject(explainError(error, url.host));
      else resolve(result!);
    };
    const body = request.body === undefined ? undefined : typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : Buffer.from(request.body);
    const headers: Record<string, string> = { ...request.headers };
    if (body && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-length')) headers['Content-Length'] = String(body.length);
    const req = client.request(url, {
      method: request.method,
      headers,
      agent: false,
      rejectUnauthorized: !options.allowInvalidCertificates,
    });
    const fail = (error: SendError) => {
      req.destroy();
      done(error);
    };
    const remaining = Math.max(1, options.deadline - Date.now());
    timers.push(
      setTimeout(() => fail(new SendError('timeout', `No complete answer from ${url.host} within ${options.overallTimeoutMs / 1000} seconds: the request was cancelled.`)), remaining),
    );
    req.on('socket', (socket) => {
      const connectTimer = setTimeout(
        () => fail(new SendError('connect-timeout', `Could not connect to ${url.host} within ${options.connectTimeoutMs / 1000} seconds. Check the host and port, and that the server is running.`)),
        Math.min(options.connectTimeoutMs, remaining),
      );
      timers.push(connectTimer);
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    req.on('error', (error) => done(error));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      let received = 0;
      let truncated = false;
      const result = (): HopResult => ({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        headers: flattenHeaders(res.headers),
        body: Buffer.concat(chunks),
        receivedBytes: received,
        truncated,
      });
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        const room = options.maxResponseBytes - kept;
        if (chunk.length > room) {
          // Stop reading: a huge (or endless) body must not fill memory. Report what arrived.
          if (room > 0) chunks.push(chunk.subarray(0, room));
          kept += Math.max(0, room);
          truncated = true;
          done(null, result());
          res.destroy();
          req.destroy();
          return;
        }
        chunks.push(chunk);
        kept += chunk.length;
      });
      res.on('end', () => done(null, result()));
      res.on('error', (error) => done(error));
    });
    req.end(body);
  });
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
