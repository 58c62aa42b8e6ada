/**
 * The convert IPC area over a real test Host and the real conversion worker (bundled like the app's build does):
 * progress events, the preview the renderer gets, live limits for a selection, the untitled project with the report
 * in its sidecar, cancellation and refusals. Also: opening an OpenAPI 3 file tells the renderer which file to import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorker } from '../../support/build-worker';
import type { ConnectorEvents, EventName } from '../../../preload/contract';
import { createConvertHandlers } from '../../../main/api/convert';
import { createProjectHandlers } from '../../../main/api/project';
import { createTestHost, type TestHost } from '../../support/test-host';

const modules = join(process.cwd(), 'node_modules');
const PETSTORE = join(modules, '@readme', 'oas-examples', '3.0', 'json', 'petstore.json');
const GITHUB = join(modules, '@octokit', 'openapi', 'generated', 'api.github.com.json');

let dir = '';
let host: TestHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'convert-api-'));
  await buildWorker('convert', join(dir, 'convert-worker.js'));
  host = createTestHost({ dataDir: join(dir, 'data'), workerDir: dir });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function recorder() {
  const events: { event: EventName; payload: unknown }[] = [];
  const emit = <E extends EventName>(event: E, payload: ConnectorEvents[E]) => void events.push({ event, payload });
  return { events, emit };
}

describe('convert handlers', () => {
  it('measures a selection with the operations its dropdowns call, and names them', async () => {
    const api = createConvertHandlers(host, recorder().emit);
    const file = join(dir, 'dropdowns.json');
    writeFileSync(file, JSON.stringify({
      openapi: '3.0.0',
      info: { title: 'Pets', version: '1' },
      paths: {
        '/pets/{owner}': { get: { operationId: 'GetPets', parameters: [{ name: 'owner', in: 'path', required: true, schema: { type: 'string' }, 'x-ms-dynamic-values': { operationId: 'ListOwners', 'value-path': 'id' } }], responses: { '200': { description: 'ok' } } } },
        '/owners': { get: { operationId: 'ListOwners', responses: { '200': { description: 'ok' } } } },
        '/toys': { get: { operationId: 'ListToys', responses: { '200': { description: 'ok' } } } },
      },
    }));
    const preview = await api.convertFile(file);
    if (!preview.ok) throw new Error(preview.error.message);
    const picked = await api.measureSelection(['GetPets']);
    const withHelper = await api.measureSelection(['GetPets', 'ListOwners']);
    if (!picked.ok || !withHelper.ok) throw new Error('measure failed');
    expect(picked.value.alsoKept).toEqual(['ListOwners']);
    expect(withHelper.value.alsoKept).toEqual([]);
    // The meter already counts the helper: the same definition either way.
    expect(picked.value.bytes).toBe(withHelper.value.bytes);
  });

  it('converts an OpenAPI 3 file with progress, measures a selection and builds an untitled project', async () => {
    const { events, emit } = recorder();
    const api = createConvertHandlers(host, emit);
    const file = join(dir, 'petstore.json');
    copyFileSync(PETSTORE, file);
    const preview = await api.convertFile(file);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.fileName).toBe('petstore.json');
    expect(preview.value.report.source).toBe('openapi-3.0');
    expect(preview.value.operations.length).toBe(preview.value.report.stats.operations);
    expect(preview.value.operations.every((op) => op.operationId && op.bytes > 0)).toBe(true);
    expect(preview.value.limits).toMatchObject({ over1MB: false, over512: false });
    const phases = events.filter((e) => e.event === 'convert-progress').map((e) => e.payload as { phase: string; percent: number });
    expect(phases[0]).toEqual({ phase: 'read', percent: 0 });
    expect(phases.at(-1)).toEqual({ phase: 'finish', percent: 100 });
    // The swagger stays in main: the preview is small.
    expect(JSON.stringify(preview.value)).not.toContain('"swagger":"2.0"');

    // Each operation's size is what it adds to the saved (indented) definition: one operation alone measures the
    // same fixed rest of the document plus its own size, give or take its path key.
    const rest: number[] = [];
    for (const op of preview.value.operations) {
      const alone = await api.measureSelection([op.operationId]);
      if (!alone.ok) throw new Error(alone.error.message);
      rest.push(alone.value.bytes - op.bytes);
    }
    expect(Math.max(...rest) - Math.min(...rest)).toBeLessThan(100);

    const picked = preview.value.operations.filter((op) => op.path.startsWith('/pet')).map((op) => op.operationId);
    const measured = await api.measureSelection(picked);
    if (!measured.ok) throw new Error(measured.error.message);
    expect(measured.value.bytes).toBeLessThan(preview.value.limits.bytes);
    expect(measured.value.schemas).toBeGreaterThan(0);

    const created = await api.createConvertedProject(picked);
    if (!created.ok) throw new Error(created.error.message);
    const project = created.value;
    expect(project.source).toEqual({ kind: 'new', path: null });
    expect(project.folder).toBeNull();
    const swaggerText = project.files['apiDefinition.swagger.json']!.text;
    expect(swaggerText.endsWith('}\n')).toBe(true);
    const swagger = JSON.parse(swaggerText);
    expect(swagger.swagger).toBe('2.0');
    expect(swagger.info.title).toBe('Swagger Petstore');
    expect(Buffer.byteLength(swaggerText) - 1).toBe(measured.value.bytes);
    const ids = Object.values(swagger.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((item) => Object.values(item).map((op) => op.operationId).filter(Boolean));
    expect(ids.sort()).toEqual([...picked].sort());
    expect(JSON.parse(project.files['apiProperties.json']!.text)).toHaveProperty('properties');
    expect(project.sidecar.conversion).toMatchObject({ file: 'petstore.json', source: 'openapi-3.0', kept: { operations: picked.length, of: preview.value.operations.length } });
    expect((project.sidecar.conversion as { items: unknown[] }).items).toEqual(preview.value.report.items);
    expect(project.notices).toEqual([]);
    // The conversion is forgotten once it became a project.
    expect(await api.createConvertedProject(picked)).toMatchObject({ ok: false, error: { code: 'no-conversion' } });
    api.dispose();
  });

  it('can be cancelled while the worker runs, and answers "cancelled"', async () => {
    const api = createConvertHandlers(host, (event, payload) => {
      if (event === 'convert-progress' && (payload as { phase: string }).phase !== 'read') void api.cancelConversion();
    });
    const file = join(dir, 'github.json');
    copyFileSync(GITHUB, file);
    expect(await api.convertFile(file)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await api.measureSelection(['x'])).toMatchObject({ ok: false, error: { code: 'no-conversion' } });
  });

  it('refuses what it cannot convert with a message for the user', async () => {
    const api = createConvertHandlers(host, () => undefined);
    const v1 = join(dir, 'old.postman_collection.json');
    writeFileSync(v1, '{"name":"c","order":[],"requests":[]}');
    const refused = await api.convertFile(v1);
    expect(refused).toMatchObject({ ok: false, error: { code: 'conversion-failed' } });
    expect(!refused.ok && refused.error.message).toMatch(/old\.postman_collection\.json cannot be imported.*v1/);
    expect(await api.convertFile(join(dir, 'missing.json'))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '  \n');
    expect(await api.convertFile(empty)).toMatchObject({ ok: false, error: { code: 'conversion-failed' } });
    const file = join(dir, 'petstore2.json');
    copyFileSync(PETSTORE, file);
    expect((await api.convertFile(file)).ok).toBe(true);
    expect(await api.createConvertedProject([])).toMatchObject({ ok: false, error: { code: 'no-operations' } });
  });

  it('opening an OpenAPI 3 file reports "needs-conversion" with the path to import', async () => {
    const projects = createProjectHandlers(host, () => undefined);
    const file = join(dir, 'petstore3.json');
    copyFileSync(PETSTORE, file);
    expect(await projects.openPath(file)).toMatchObject({ ok: false, error: { code: 'needs-conversion', path: file } });
    projects.dispose();
  });
});
