import { describe, expect, it } from 'vitest';
import { productionHost } from '../../../main/core/rules/production-host';
import { sampleContext, summary } from './support/sample';

describe('production-host (catalogue 12)', () => {
  it.each([
    ['a production host', 'tasks.contoso.com', []],
    ['a host whose name merely contains "test"', 'contest.contoso.com', []],
    ['an IP address', '52.10.4.7', ['warning /host']],
    ['localhost with a port', 'localhost:5000', ['warning /host']],
    ['a staging host', 'api.staging.contoso.com', ['warning /host']],
    ['a dev host', 'dev-api.contoso.com', ['warning /host']],
  ])('%s', (_name, host, expected) => {
    expect(summary(productionHost, sampleContext((s) => { s.host = host; }))).toEqual(expected);
  });
});
