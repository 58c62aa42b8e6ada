import { describe, expect, it } from 'vitest';
import { hostBasePathSchemes } from '../../../main/core/rules/host-base-path-schemes';
import { findings, sampleContext, summary, type Json } from './support/sample';

describe('host-base-path-schemes (catalogue 11)', () => {
  it.each([
    ['a bare host, /v1, https', () => undefined, []],
    ['a host with a port', (s: Json) => { s.host = 'api.contoso.com:8443'; }, []],
    ['a host with a scheme and path', (s: Json) => { s.host = 'https://api.contoso.com/v1'; }, ['error /host']],
    ['a templated host', (s: Json) => { s.host = '{tenant}.contoso.com'; }, ['error /host']],
    ['a base path without a slash', (s: Json) => { s.basePath = 'v1'; }, ['error /basePath']],
    ['an unsupported scheme', (s: Json) => { s.schemes = ['https', 'ftp']; }, ['error /schemes/1']],
    ['an upper-case scheme', (s: Json) => { s.schemes = ['HTTPS']; }, ['error /schemes/0']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(hostBasePathSchemes, sampleContext(edit))).toEqual(expected);
  });

  it.each([
    ['host', (s: Json) => { s.host = 'https://api.contoso.com/v1'; }, { path: '/host', value: 'api.contoso.com' }],
    ['basePath', (s: Json) => { s.basePath = 'v1'; }, { path: '/basePath', value: '/v1' }],
    ['scheme', (s: Json) => { s.schemes = ['HTTPS']; }, { path: '/schemes/0', value: 'https' }],
  ])('fixes the %s', (_name, edit, edit1) => {
    const [finding] = findings(hostBasePathSchemes, sampleContext(edit));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', ...edit1 }]);
  });
});
