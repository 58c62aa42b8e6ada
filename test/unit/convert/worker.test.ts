/**
 * The real worker: worker-entry.ts bundled with esbuild (as the app's build does) and run on the
 * GitHub REST description (~10 MB), with progress, cancellation and refusals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorker } from '../../support/build-worker';
import { convertInWorker } from '../../../main/core/convert/worker';
import { keepOperations, platformLimits, summariseOperations } from '../../../main/core/convert/selection';
import { ConversionError, type ProgressPhase } from '../../../main/core/convert/types';
import { swaggerSchemaErrors } from './support/swagger-schema';
import { modules, readText } from './support/inputs';

let dir = '';
let workerPath = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'convert-worker-'));
  workerPath = join(dir, 'convert-worker.js');
  await buildWorker('convert', workerPath);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convertInWorker', () => {
  it('converts the GitHub REST description with progress, and pruning brings it under the limits', async () => {
    const text = readText(join(modules, '@octokit', 'openapi', 'generated', 'api.github.com.json'));
    const progress: { phase: ProgressPhase; percent: number }[] = [];
    const result = await convertInWorker({ text, fileName: 'api.github.com.json' }, (p) => progress.push(p), { workerPath });
    expect(result.report.source).toBe('openapi-3.0');
    expect(result.report.stats.operations).toBeGreaterThan(800);
    expect(swaggerSchemaErrors(result.swagger)).toEqual([]);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['parse', 'convert', 'finish']));
    expect(progress.at(-1)).toEqual({ phase: 'finish', percent: 100 });
    const percents = progress.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(platformLimits(result.swagger).over1MB).toBe(true);

    const picked = summariseOperations(result).filter((op) => op.path.startsWith('/repos/{owner}/{repo}/issues')).slice(0, 5).map((op) => op.operationId as string);
    const kept = keepOperations(result, picked);
    expect(kept.report.stats.operations).toBe(picked.length);
    expect(platformLimits(kept.swagger)).toMatchObject({ over1MB: false, over512: false });
    expect(swaggerSchemaErrors(kept.swagger)).toEqual([]);
  });

  it('can be cancelled', async () => {
    const text = readText(join(modules, '@octokit', 'openapi', 'generated', 'api.github.com.json'));
    const controller = new AbortController();
    const pending = convertInWorker({ text }, () => controller.abort(), { workerPath, signal: controller.signal });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('passes refusals on as ConversionError', async () => {
    const pending = convertInWorker({ text: '{"name":"c","order":[],"requests":[]}' }, undefined, { workerPath });
    await expect(pending).rejects.toBeInstanceOf(ConversionError);
    await expect(pending).rejects.toThrow(/Postman collection v1/);
  });
});
