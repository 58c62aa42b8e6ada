/**
 * The RFC 8252 loopback redirect receiver: listens on 127.0.0.1 on an ephemeral port, accepts ONE
 * callback at /callback, checks `state`, answers with a plain "you can close this window" page.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CallbackResult {
  code: string;
}

export interface LoopbackReceiver {
  redirectUri: string;
  /** Resolves with the code, rejects on state mismatch, an error from the provider, or timeout. */
  result: Promise<CallbackResult>;
  close(): Promise<void>;
}

export async function startLoopbackReceiver(expectedState: string, timeoutMs: number): Promise<LoopbackReceiver> {
  let settle!: (error: Error | null, value?: CallbackResult) => void;
  const result = new Promise<CallbackResult>((resolve, reject) => {
    settle = (error, value) => (error ? reject(error) : resolve(value!));
  });
  // The flow may end (timeout, cancel) before anyone awaits the result: never an unhandled rejection.
  result.catch(() => undefined);
  let finished = false;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/callback' || finished) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    finished = true;
    const outcome = readCallback(url.searchParams, expectedState);
    res.writeHead(outcome.error ? 400 : 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
    res.end(page(outcome.error ? `Sign-in failed: ${outcome.error.message}` : 'Signed in. You can close this window and return to Connector Studio.'));
    finish(outcome.error ?? null, outcome.value);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const timer = setTimeout(() => {
    finished = true;
    finish(new Error(`Sign-in was not completed within ${Number((timeoutMs / 1000).toFixed(1))} seconds. Try again.`));
  }, timeoutMs);
  function finish(error: Error | null, value?: CallbackResult) {
    clearTimeout(timer);
    settle(error, value);
    void close();
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    result,
    close: async () => {
      if (!finished) {
        finished = true;
        finish(new Error('Sign-in was cancelled.'));
      }
      await close();
    },
  };
}

function readCallback(params: URLSearchParams, expectedState: string): { error?: Error; value?: CallbackResult } {
  if (params.get('state') !== expectedState) {
    return { error: new Error('the answer did not carry the state this app sent (a possible forged request), so it was ignored.') };
  }
  const error = params.get('error');
  if (error) return { error: new Error(params.get('error_description') ?? error) };
  const code = params.get('code');
  if (!code) return { error: new Error('the identity provider sent no authorization code.') };
  return { value: { code } };
}

function page(message: string): string {
  const text = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>Connector Studio</title></head>` +
    `<body style="font-family: sans-serif; margin: 3em"><p>${text}</p></body></html>`;
}
