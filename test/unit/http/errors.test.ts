import { describe, expect, it } from 'vitest';
import { explainError } from '../../../main/core/http/errors';
import { hostMatches } from '../../../main/core/http/send';

describe('explainError', () => {
  it.each([
    ['CERT_HAS_EXPIRED', 'tls', /^The server's certificate has expired/],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', /issued for a different host name/],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'tls', /signed by an authority this computer does not know/],
    ['ENOTFOUND', 'network', /^The host name could not be found/],
    ['ECONNRESET', 'network', /^The server closed the connection unexpectedly/],
  ])('%s becomes a plain %s message', (code, kind, message) => {
    const error = explainError(Object.assign(new Error('raw'), { code }), 'api.example.com');
    expect(error.code).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('(api.example.com)');
  });
});

describe('hostMatches', () => {
  it('matches a bare host on any port, and host:port exactly', () => {
    expect(hostMatches(new URL('https://API.example.com:8443/x'), 'api.example.com')).toBe(true);
    expect(hostMatches(new URL('http://127.0.0.1:81/'), '127.0.0.1:80')).toBe(false);
    expect(hostMatches(new URL('https://evil.example.net/'), 'api.example.com')).toBe(false);
  });
});
