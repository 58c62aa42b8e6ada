import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorker } from '../../support/build-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationService } from '../../../main/core/validate/worker';
import type { ValidationInput, ValidationResult } from '../../../main/core/validate/engine';
import { minimalSwagger } from './helpers';

const SWAGGER = 'apiDefinition.swagger.json';
const input = (doc: unknown, extra: Partial<ValidationInput> = {}): ValidationInput => ({ texts: { [SWAGGER]: JSON.stringify(doc, null, 2) }, fileNames: [SWAGGER], kind: 'certified', ...extra });

/** A definition whose full dereference never finishes (each level references the next ten times). */
function referenceBomb(): Record<string, any> {
  const doc = minimalSwagger();
  for (let level = 0; level < 30; level++) {
    doc.definitions[`L${level}`] = { type: 'object', properties: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, { $ref: `#/definitions/L${level + 1}` }])) };
  }
  doc.definitions.L30 = { type: 'string' };
  doc.paths['/items/{id}'].get.responses['201'] = { description: 'bomb', schema: { $ref: '#/definitions/L0' } };
  return doc;
}

describe('ValidationService (real worker thread)', () => {
  let dir: string;
  let script: string;
  let server: Server;
  let hits = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-worker-'));
    script = join(dir, 'validate-worker.js');
    await buildWorker('validate', script);
    server = createServer((_req, res) => {
      hits++;
      res.end('{}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('validates in the worker', async () => {
    const service = new ValidationService(script);
    const doc = minimalSwagger();
    doc.scriptOperations = [];
    const result = (await service.validate(input(doc))) as ValidationResult;
    service.dispose();
    // Reported by the schema check or by the certification rule that repeats it: either way, once and positioned.
    expect(result.findings.filter((f) => f.path === '/scriptOperations')).toEqual([expect.objectContaining({ severity: 'error', line: expect.any(Number), message: expect.stringMatching(/^ExtensionNameNotValid/) })]);
    expect(result.timings.total).toBeGreaterThan(0);
  });

  it('answers only the latest of the requests that queued behind a running one', async () => {
    const service = new ValidationService(script);
    const titled = (title: string) => { const doc = minimalSwagger(); doc.info.title = title; doc[`bad-${title}`] = 1; return input(doc); };
    const first = service.validate(titled('one'));
    const second = service.validate(titled('two'));
    const third = service.validate(titled('three'));
    const answers = await Promise.all([first, second, third]);
    service.dispose();
    expect(answers[1]).toEqual({ superseded: true });
    expect((answers[0] as ValidationResult).findings.map((f) => f.path)).toContain('/bad-one');
    expect((answers[2] as ValidationResult).findings.map((f) => f.path)).toContain('/bad-three');
  });

  it('stops a run past its time limit, says so, and keeps serving with a fresh worker', async () => {
    const service = new ValidationService(script, { timeLimitMs: 300 });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const slow = (await service.validate(input(referenceBomb(), { deep: true }))) as ValidationResult;
    clearInterval(ticker);
    expect(slow.findings).toEqual([expect.objectContaining({ rule: 'validation-timeout', severity: 'error', line: 1, column: 1, message: expect.stringMatching(/longer than 0.3 s and was stopped/) })]);
    // The test process kept running its own timers while the worker was stuck.
    expect(ticks).toBeGreaterThan(0);
    const doc = minimalSwagger();
    doc.unknownKey = true;
    const next = (await service.validate(input(doc))) as ValidationResult;
    service.dispose();
    expect(next.findings.filter((f) => f.rule.startsWith('validation-') || /^ExtensionNameNotValid/.test(f.message)).map((f) => f.path)).toEqual(['/unknownKey']);
  });

  it('reads no file and fetches no URL named by a $ref', async () => {
    const service = new ValidationService(script);
    const doc = minimalSwagger();
    doc.definitions.Host = { $ref: '/etc/hostname' };
    doc.definitions.Http = { $ref: `http://127.0.0.1:${(server.address() as AddressInfo).port}/x` };
    const result = (await service.validate(input(doc, { deep: true }))) as ValidationResult;
    service.dispose();
    expect(hits).toBe(0);
    expect(result.findings.filter((f) => f.path.endsWith('/$ref')).map((f) => `${f.severity} ${f.path}`).sort()).toEqual(['error /definitions/Host/$ref', 'error /definitions/Http/$ref']);
  });

  it('refuses 50 MB quickly in the worker and answers with a size finding', async () => {
    const service = new ValidationService(script);
    const result = (await service.validate({ ...input({}), texts: { [SWAGGER]: '{"x":"' + 'a'.repeat(50 * 1024 * 1024) + '"}' } })) as ValidationResult;
    service.dispose();
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'json-syntax', severity: 'error', message: expect.stringContaining('1 MB limit') }));
    expect(result.findings.filter((f) => ['internal', 'validation-timeout', 'validation-failed'].includes(f.rule))).toEqual([]);
  });

  it('cancels a running deep check when an ordinary request arrives', async () => {
    const service = new ValidationService(script, { timeLimitMs: 60_000 });
    const deep = service.validate(input(referenceBomb(), { deep: true }));
    const doc = minimalSwagger();
    doc.typed = true;
    const typed = service.validate(input(doc));
    expect(await deep).toEqual({ superseded: true });
    const result = (await typed) as ValidationResult;
    service.dispose();
    expect(result.findings.filter((f) => f.path === '/typed')).toHaveLength(1);
    expect(result.findings.some((f) => f.rule.startsWith('validation-'))).toBe(false);
  });

  it('answers with a finding when the worker cannot start', async () => {
    const service = new ValidationService(join(dir, 'no-such-worker.js'));
    const result = (await service.validate(input(minimalSwagger()))) as ValidationResult;
    service.dispose();
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'validation-failed', severity: 'error', line: 1, column: 1, message: expect.stringMatching(/worker/) })]);
  });

  it('answers pending callers when disposed', async () => {
    const service = new ValidationService(script);
    const running = service.validate(input(minimalSwagger()));
    const queued = service.validate(input(minimalSwagger()));
    service.dispose();
    expect(await running).toEqual({ superseded: true });
    expect(await queued).toEqual({ superseded: true });
    expect(await service.validate(input(minimalSwagger()))).toEqual({ superseded: true });
  });
});
