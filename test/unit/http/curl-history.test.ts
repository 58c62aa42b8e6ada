import { describe, expect, it } from 'vitest';
import { maskHeaders, toCurl } from '../../../main/core/model/testing/curl';
import { recordRun, testReport, type TestHistory } from '../../../main/core/model/testing/history';
import type { TestRequest } from '../../../main/core/model/testing/types';

const request: TestRequest = {
  method: 'POST',
  url: 'https://api.example.com/items?code=SECRET-Q&x=1',
  headers: { 'X-Api-Key': 'SECRET-KEY', Authorization: 'Bearer SECRET-TOKEN', 'Content-Type': 'application/json' },
  body: JSON.stringify({ note: "it's SECRET-KEY" }),
  secretHeaders: ['X-Api-Key'],
  secretQuery: ['code'],
};

describe('maskHeaders and toCurl', () => {
  it('masks declared and well-known credential headers, keeping the auth scheme visible', () => {
    expect(maskHeaders(request.headers, ['x-api-key'])).toEqual({
      'X-Api-Key': '********',
      Authorization: 'Bearer ********',
      'Content-Type': 'application/json',
    });
  });

  it('builds a shell-safe curl line, masked on request', () => {
    const masked = toCurl(request, true);
    expect(masked).toBe(
      "curl -X POST 'https://api.example.com/items?code=********&x=1' -H 'X-Api-Key: ********' -H 'Authorization: Bearer ********' " +
        `-H 'Content-Type: application/json' --data-raw '{"note":"it'\\''s SECRET-KEY"}'`,
    );
    expect(toCurl(request, false)).toContain("-H 'X-Api-Key: SECRET-KEY'");
  });
});

describe('recordRun and testReport', () => {
  const swagger = { paths: { '/a': { get: { operationId: 'GetA' }, post: { operationId: 'PostA' } }, '/b': { get: { operationId: 'GetB' } } } };
  const run = (operationId: string, status: number, date: string, schemaValid?: boolean) => ({
    operationId,
    date,
    request,
    response: { status, statusText: 'OK', timeMs: 5, sizeBytes: 2, headers: {}, contentType: 'application/json', truncated: false, warnings: [], redirects: [] },
    schemaValid,
    schemaMessages: schemaValid === false ? [{ path: '.x', message: 'Property ".x" type mismatch, Expected: "string", Actual: "integer"' }] : [],
    secretValues: ['SECRET-KEY', 'SECRET-TOKEN', 'SECRET-Q'],
  });

  it('keeps the last N runs per operation and never stores a secret', () => {
    let history: TestHistory = {};
    for (let i = 0; i < 5; i++) history = recordRun(history, run('GetA', 200 + i, `2026-01-0${i + 1}T10:00:00.000Z`, true), 3);
    expect(history.GetA.map((e) => e.status)).toEqual([204, 203, 202]);
    expect(JSON.stringify(history)).not.toMatch(/SECRET-/);
    expect(history.GetA[0].request.headers.Authorization).toBe('Bearer ********');
  });

  it('reports every operation with its latest run, as Markdown for reviewers', () => {
    let history: TestHistory = {};
    history = recordRun(history, run('GetA', 200, '2026-01-01T10:00:00.000Z', true), 10);
    history = recordRun(history, run('PostA', 201, '2026-01-02T11:30:00.000Z', false), 10);
    const report = testReport(swagger, history);
    expect(report.operations).toEqual([
      { operationId: 'GetA', tested: true, lastStatus: 200, schemaValid: true, date: '2026-01-01T10:00:00.000Z' },
      { operationId: 'PostA', tested: true, lastStatus: 201, schemaValid: false, date: '2026-01-02T11:30:00.000Z' },
      { operationId: 'GetB', tested: false },
    ]);
    expect(report.markdown).toContain('2 of 3 operations tested; 1 returned a success status with a response matching its schema.');
    expect(report.markdown).toContain('| GetA | yes | 200 | valid | 2026-01-01 10:00:00 |');
    expect(report.markdown).toContain('| PostA | yes | 201 | mismatch | 2026-01-02 11:30:00 |');
    expect(report.markdown).toContain('| GetB | no |  |  |  |');
  });
});
