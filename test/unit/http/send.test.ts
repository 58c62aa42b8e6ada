import { afterEach, describe, expect, it } from 'vitest';
import { sendTestRequest, type SendResult } from '../../../main/core/http/send';
import { json, selfSignedCertificate, startServer, type TestServer } from './support';

const open: TestServer[] = [];
async function server(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const s = await startServer(...args);
  open.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const options = { timeoutMs: 5_000, maxResponseBytes: 1024 * 1024 };

function response(result: SendResult) {
  if (result.kind !== 'response') throw new Error(`expected a response, got ${JSON.stringify(result)}`);
  return result.response;
}

describe('sendTestRequest', () => {
  it('returns status, headers, text body and size', async () => {
    const api = await server((req, res) => json(res, 201, { got: req.body }, { 'X-Custom': 'yes' }));
    const r = response(await sendTestRequest({ method: 'POST', url: `${api.url}/items`, headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' }, options));
    expect(r.status).toBe(201);
    expect(r.headers['x-custom']).toBe('yes');
    expect(JSON.parse(r.bodyText!)).toEqual({ got: '{"a":1}' });
    expect(r.sizeBytes).toBe(Buffer.byteLength(r.bodyText!));
    expect(r.truncated).toBe(false);
  });

  it('returns images as base64', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    const api = await server((_req, res) => res.writeHead(200, { 'Content-Type': 'image/png' }).end(png));
    const r = response(await sendTestRequest({ method: 'GET', url: api.url, headers: {} }, options));
    expect(r.bodyText).toBeUndefined();
    expect(Buffer.from(r.bodyBase64!, 'base64')).toEqual(png);
  });

  it('strips the API key header, Authorization, cookies and query keys on a cross-origin redirect', async () => {
    const other = await server((_req, res) => json(res, 200, { ok: true }));
    const api = await server((req, res) => {
      if (req.url.startsWith('/start')) res.writeHead(302, { Location: `${other.url}/landing?code=still-here-if-server-put-it&x=1` }).end();
      else if (req.url.startsWith('/same')) res.writeHead(307, { Location: '/start' }).end();
    });
    const r = response(await sendTestRequest({
      method: 'GET',
      url: `${api.url}/same?code=KEY`,
      headers: { 'X-Api-Key': 'KEY', Authorization: 'Bearer T', Cookie: 'sid=1', Accept: 'application/json' },
      secretHeaders: ['X-Api-Key'],
      secretQuery: ['code'],
    }, options));
    expect(r.status).toBe(200);
    // Same-origin hop keeps the credentials; the hop to the other port drops all of them.
    expect(api.seen[1].headers['x-api-key']).toBe('KEY');
    const landed = other.seen[0];
    expect(landed.headers['x-api-key']).toBeUndefined();
    expect(landed.headers.authorization).toBeUndefined();
    expect(landed.headers.cookie).toBeUndefined();
    expect(landed.headers.accept).toBe('application/json');
    expect(landed.url).toBe('/landing?x=1');
    expect(r.redirects.map((h) => h.status)).toEqual([307, 302]);
    expect(r.redirects[1].stripped).toEqual(['X-Api-Key', 'Authorization', 'Cookie', '?code']);
    expect(r.warnings[0]).toContain('were not sent to 127.0.0.1:');
  });

  it('turns a POST into a GET on 303 and stops after 5 redirects', async () => {
    const api = await server((req, res) => {
      if (req.url === '/post') res.writeHead(303, { Location: '/loop/0' }).end();
      else res.writeHead(302, { Location: `/loop/${Number(req.url.split('/')[2]) + 1}` }).end();
    });
    const r = response(await sendTestRequest({ method: 'POST', url: `${api.url}/post`, headers: { 'Content-Type': 'text/plain' }, body: 'x' }, options));
    expect(api.seen[1].method).toBe('GET');
    expect(api.seen[1].headers['content-type']).toBeUndefined();
    expect(r.status).toBe(302);
    expect(r.redirects).toHaveLength(5);
    expect(r.warnings.at(-1)).toMatch(/^Stopped after 5 redirects/);
  });

  it('does not follow an https -> http downgrade without permission', async () => {
    const plain = await server((_req, res) => json(res, 200, { ok: true }));
    const secure = await server((_req, res) => res.writeHead(301, { Location: `${plain.url}/x` }).end(), selfSignedCertificate());
    const request = { method: 'GET', url: secure.url, headers: { Authorization: 'Bearer T' } };
    const refused = response(await sendTestRequest(request, { ...options, allowInvalidCertificates: true }));
    expect(refused.status).toBe(301);
    expect(refused.warnings[0]).toMatch(/^The server redirected from HTTPS to plain HTTP/);
    expect(plain.seen).toHaveLength(0);
    const allowed = response(await sendTestRequest(request, { ...options, allowInvalidCertificates: true, allowDowngrade: true }));
    expect(allowed.status).toBe(200);
    expect(plain.seen[0].headers.authorization).toBeUndefined();
  });

  it('explains a self-signed certificate in plain words', async () => {
    const secure = await server((_req, res) => json(res, 200, {}), selfSignedCertificate());
    const result = await sendTestRequest({ method: 'GET', url: secure.url, headers: {} }, options);
    expect(result).toMatchObject({ kind: 'error', code: 'tls' });
    expect(result.kind === 'error' && result.message).toMatch(/^The server uses a self-signed certificate/);
  });

  it('times out with a plain message', async () => {
    const slow = await server(() => undefined);
    const result = await sendTestRequest({ method: 'GET', url: slow.url, headers: {} }, { ...options, timeoutMs: 300 });
    expect(result).toEqual({ kind: 'error', code: 'timeout', message: `No complete answer from ${slow.host} within 0.3 seconds: the request was cancelled.`, redirects: [] });
  });

  it('stops reading at the size cap and reports the body as truncated', async () => {
    const big = await server((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('a'.repeat(64 * 1024));
      res.end('b'.repeat(64 * 1024));
    });
    const r = response(await sendTestRequest({ method: 'GET', url: big.url, headers: {} }, { ...options, maxResponseBytes: 1000 }));
    expect(r.truncated).toBe(true);
    expect(r.bodyText).toBe('a'.repeat(1000));
    expect(r.warnings).toContain('The response is larger than 1000 bytes; only the first part was kept.');
  });

  it('asks before sending a secret to a host other than the one it was entered for', async () => {
    const api = await server((_req, res) => json(res, 200, {}));
    const request = { method: 'GET', url: api.url, headers: { 'X-Api-Key': 'K' }, secretHeaders: ['X-Api-Key'] };
    const asked = await sendTestRequest(request, { ...options, secretHost: 'api.example.com' });
    expect(asked).toMatchObject({ kind: 'needs-confirmation', host: api.host, secretHost: 'api.example.com' });
    expect(api.seen).toHaveLength(0);
    expect((await sendTestRequest(request, { ...options, secretHost: 'api.example.com', confirmForeignHost: true })).kind).toBe('response');
    expect((await sendTestRequest(request, { ...options, secretHost: '127.0.0.1' })).kind).toBe('response');
    expect(api.seen).toHaveLength(2);
  });

  it('explains a refused connection and rejects non-http URLs', async () => {
    const gone = await startServer(() => undefined);
    await gone.close();
    const refused = await sendTestRequest({ method: 'GET', url: gone.url, headers: {} }, options);
    expect(refused).toMatchObject({ kind: 'error', code: 'network' });
    expect(refused.kind === 'error' && refused.message).toMatch(/^The server refused the connection/);
    expect(await sendTestRequest({ method: 'GET', url: 'file:///etc/passwd', headers: {} }, options)).toMatchObject({ kind: 'error', code: 'invalid-url' });
  });
});
