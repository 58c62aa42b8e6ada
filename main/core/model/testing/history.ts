/**
 * Test history (last N runs per operation) and the test report the export includes as evidence.
 * History never holds a secret: runs are masked on the way in.
 */
import { listOperations } from '../operations';
import { maskHeaders, maskUrl, scrubSecrets } from './curl';
import type { SchemaMessage, TestRequest, TestResponse } from './types';

/** A run as the Test step produced it, secrets still in the request. */
export interface RunToRecord {
  operationId: string;
  /** ISO 8601. */
  date: string;
  connectionName?: string;
  request: TestRequest;
  response?: TestResponse;
  /** Set when the request failed before a response (timeout, TLS, refused). */
  error?: string;
  schemaValid?: boolean;
  schemaMessages?: SchemaMessage[];
  /** Secret values used to build the request: scrubbed from everything stored. */
  secretValues: string[];
}

export interface HistoryEntry {
  operationId: string;
  date: string;
  connectionName?: string;
  request: { method: string; url: string; headers: Record<string, string>; bodyText?: string };
  status?: number;
  statusText?: string;
  timeMs?: number;
  sizeBytes?: number;
  error?: string;
  schemaValid?: boolean;
  schemaMessages: SchemaMessage[];
}

/** operationId -> runs, newest first. */
export type TestHistory = Record<string, HistoryEntry[]>;

export function recordRun(history: TestHistory, run: RunToRecord, limit: number): TestHistory {
  const entry = maskRun(run);
  const previous = history[run.operationId] ?? [];
  return { ...history, [run.operationId]: [entry, ...previous].slice(0, Math.max(1, limit)) };
}

function maskRun(run: RunToRecord): HistoryEntry {
  const scrub = (text: string) => scrubSecrets(text, run.secretValues);
  const headers = maskHeaders(run.request.headers, run.request.secretHeaders);
  const body = typeof run.request.body === 'string' ? scrub(run.request.body) : run.request.body ? '(binary body)' : undefined;
  return {
    operationId: run.operationId,
    date: run.date,
    connectionName: run.connectionName,
    request: {
      method: run.request.method,
      url: scrub(maskUrl(run.request.url, run.request.secretQuery)),
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, scrub(v)])),
      bodyText: body,
    },
    status: run.response?.status,
    statusText: run.response?.statusText,
    timeMs: run.response?.timeMs,
    sizeBytes: run.response?.sizeBytes,
    error: run.error === undefined ? undefined : scrub(run.error),
    schemaValid: run.schemaValid,
    schemaMessages: (run.schemaMessages ?? []).map((m) => ({ path: m.path, message: scrub(m.message) })),
  };
}

export interface OperationTestStatus {
  operationId: string;
  tested: boolean;
  lastStatus?: number;
  schemaValid?: boolean;
  date?: string;
}

export interface TestReport {
  operations: OperationTestStatus[];
  markdown: string;
}

/** One row per operation of the definition, in document order, from each operation's latest run. */
export function testReport(swagger: unknown, history: TestHistory): TestReport {
  const operations = listOperations(swagger)
    .filter((op) => op.operationId !== undefined)
    .map((op): OperationTestStatus => {
      const last = history[op.operationId!]?.[0];
      return last
        ? { operationId: op.operationId!, tested: true, lastStatus: last.status, schemaValid: last.schemaValid, date: last.date }
        : { operationId: op.operationId!, tested: false };
    });
  return { operations, markdown: reportMarkdown(operations) };
}

function reportMarkdown(rows: OperationTestStatus[]): string {
  const tested = rows.filter((r) => r.tested).length;
  const passed = rows.filter((r) => r.tested && r.lastStatus !== undefined && r.lastStatus < 400 && r.schemaValid !== false).length;
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    '## Test results',
    '',
    `${tested} of ${rows.length} operations tested; ${passed} returned a success status with a response matching its schema.`,
    '',
    '| Operation | Tested | Last status | Response schema | Date (UTC) |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const schema = !r.tested ? '' : r.schemaValid === undefined ? 'not checked' : r.schemaValid ? 'valid' : 'mismatch';
    const date = r.date ? r.date.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') : '';
    lines.push(`| ${cell(r.operationId)} | ${r.tested ? 'yes' : 'no'} | ${r.lastStatus ?? (r.tested ? 'error' : '')} | ${schema} | ${date} |`);
  }
  return lines.join('\n') + '\n';
}
