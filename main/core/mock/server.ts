/**
 * A local mock of the connector's API: answers every operation of the definition on 127.0.0.1
 * (ephemeral port) so flows of the Test step can be tried before the real API exists.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isObject } from '../model/operations';
import { answerFor } from './responses';
import { buildRoutes, matchRoute } from './routes';

export interface MockLogEntry {
  date: string;
  method: string;
  url: string;
  status: number;
  operationId?: string;
  note?: string;
}

export interface MockServerOptions {
  /** Keep at most this many log entries (oldest dropped). Default 200. */
  logLimit?: number;
  /** Called for each request, e.g. to stream the log to the UI. */
  onRequest?: (entry: MockLogEntry) => void;
}

export interface MockServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** url + basePath: what requests should be built against. */
  baseUrl: string;
  port: number;
  log: MockLogEntry[];
  close(): Promise<void>;
}

/** Request bodies are read and dropped; a mock has no reason to hold more than this. */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

export async function startMockServer(swagger: unknown, options: MockServerOptions = {}): Promise<MockServer> {
  const basePath = isObject(swagger) && typeof swagger.basePath === 'string' ? swagger.basePath : '';
  const routes = buildRoutes(swagger, basePath);
  const log: MockLogEntry[] = [];
  const limit = options.logLimit ?? 200;
  const record = (entry: MockLogEntry) => {
    log.push(entry);
    if (log.length > limit) log.splice(0, log.length - limit);
    options.onRequest?.(entry);
  };

  const server = http.createServer((req, res) => {
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) req.destroy();
    });
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const { route, allowed } = matchRoute(routes, method, url.pathname);
      const base = { date: new Date().toISOString(), method, url: req.url ?? '/' };
      if (!route) {
        const status = allowed.length > 0 ? 405 : 404;
        const body = {
          error: allowed.length > 0 ? `${method} is not defined for ${url.pathname}` : `No operation of the definition matches ${method} ${url.pathname}`,
          hint: allowed.length > 0 ? `Defined methods: ${allowed.join(', ')}` : `Paths start with the base path "${basePath || '/'}"; check the path and its parameters.`,
          operations: routes.slice(0, 50).map((r) => `${r.op.method.toUpperCase()} ${basePath.replace(/\/+$/, '')}${r.op.path}`),
        };
        send(res, status, body, allowed.length > 0 ? { Allow: allowed.join(', ') } : {});
        record({ ...base, status });
        return;
      }
      const answer = answerFor(swagger, route.op);
      if (answer.body === undefined) res.writeHead(answer.status).end();
      else if (answer.binary) res.writeHead(answer.status, { 'Content-Type': 'application/octet-stream' }).end(String(answer.body));
      else send(res, answer.status, answer.body);
      record({ ...base, status: answer.status, operationId: route.op.operationId, ...(answer.note ? { note: answer.note } : {}) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    baseUrl: url + basePath.replace(/\/+$/, ''),
    port,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}
