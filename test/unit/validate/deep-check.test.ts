import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepFindings } from '../../../main/core/validate/deep-check';
import { validateProject } from '../../../main/core/validate/engine';
import { minimalSwagger } from './helpers';

describe('deepFindings (swagger-parser, local-only resolution)', () => {
  let dir: string;
  let server: Server;
  let hits = 0;
  let base = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-deep-'));
    writeFileSync(join(dir, 'secret.json'), JSON.stringify({ type: 'object', description: 'SECRET-FILE-CONTENT' }));
    server = createServer((_req, res) => {
      hits++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ type: 'object', description: 'FETCHED' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('passes a valid definition', async () => {
    expect(await deepFindings(minimalSwagger())).toEqual([]);
  });

  it('never reads a local file nor fetches a URL named by $ref', async () => {
    const doc = minimalSwagger();
    doc.definitions.File = { $ref: join(dir, 'secret.json') };
    doc.definitions.Abs = { $ref: '/etc/hostname' };
    doc.definitions.Http = { $ref: `${base}/x` };
    const findings = await deepFindings(doc);
    expect(hits).toBe(0);
    expect(findings).toHaveLength(1);
    expect(JSON.stringify(findings)).not.toContain('SECRET-FILE-CONTENT');
    expect(doc.definitions.File).toEqual({ $ref: join(dir, 'secret.json') });
  });

  it('through the engine, reports each external $ref as a finding and touches nothing', async () => {
    const doc = minimalSwagger();
    doc.definitions.File = { $ref: join(dir, 'secret.json') };
    doc.definitions.Host = { $ref: '/etc/hostname' };
    doc.definitions.Http = { $ref: `${base}/x` };
    const result = await validateProject({ texts: { 'apiDefinition.swagger.json': JSON.stringify(doc, null, 2) }, fileNames: [], kind: 'certified', deep: true }, { rules: [] });
    expect(hits).toBe(0);
    const refs = result.findings.filter((f) => f.rule === 'swagger-ref');
    expect(refs.map((f) => f.path).sort()).toEqual(['/definitions/File/$ref', '/definitions/Host/$ref', '/definitions/Http/$ref']);
    for (const f of refs) expect(f.message).toMatch(/External references are not allowed.*not read or fetched/);
    expect(refs.every((f) => f.line! > 1)).toBe(true);
  });

  it('reads a "$ref" key in sample data as data, and still follows the real references', async () => {
    const doc = minimalSwagger();
    const sample = { $ref: '#/definitions/NotThere', note: 'a JSON Schema document, as a sample value' };
    doc.definitions.Item = { type: 'object', properties: { schema: { type: 'object', example: sample } } };
    doc.paths['/items/{id}'].get['x-ms-test-value'] = [sample];
    const before = JSON.stringify(doc);
    expect(await deepFindings(doc)).toEqual([]);
    expect(JSON.stringify(doc)).toBe(before);
    // The same reference outside sample data is followed, and fails.
    doc.definitions.Broken = { $ref: '#/definitions/NotThere' };
    expect(await deepFindings(doc)).toEqual([expect.objectContaining({ rule: 'swagger-semantic', message: expect.stringContaining('NotThere') })]);
  });

  it('turns the first spec violation into a positioned finding', async () => {
    const doc = minimalSwagger();
    // A shared response that is an array without items: only visible once references are resolved.
    doc.responses = { Bad: { description: 'x', schema: { type: 'array' } } };
    doc.paths['/items/{id}'].get.responses['500'] = { $ref: '#/responses/Bad' };
    const findings = await deepFindings(doc);
    expect(findings).toEqual([expect.objectContaining({ rule: 'swagger-semantic', path: '/paths/~1items~1{id}/get', message: expect.stringContaining('"items"') })]);
  });

  it('stops resolving after its time limit', async () => {
    const doc = minimalSwagger();
    // Each level references the next ten times: resolution grows as 10^depth.
    for (let level = 0; level < 30; level++) {
      doc.definitions[`L${level}`] = { type: 'object', properties: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, { $ref: `#/definitions/L${level + 1}` }])) };
    }
    doc.definitions.L30 = { type: 'string' };
    doc.paths['/items/{id}'].get.responses['201'] = { description: 'bomb', schema: { $ref: '#/definitions/L0' } };
    const findings = await deepFindings(doc, 300);
    expect(findings).toEqual([expect.objectContaining({ rule: 'swagger-semantic', path: '', message: expect.stringMatching(/took longer than 0.3 s and was stopped/) })]);
  });
});
