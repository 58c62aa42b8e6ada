/**
 * Export cost on the largest corpus connector (Encodian, 1.1 MB swagger): our full export (gates,
 * secret scan, settings, sheet, deterministic zip) against a bare yazl write of the same files.
 * Run from the repository root (npm run bench). Prints "name: value" lines; goal: ratio <= 2. The CPU ratio beside it
 * (both threads' time) is what the wall ratio tends to when other processes keep every core busy.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yazl from 'yazl';
import type { ExportInput } from '../../main/core/export/export-input';
import { buildSubmissionZip } from '../../main/core/export/package';
import { emptySidecar } from '../../main/core/model/project';

const RUNS = 21;
const DIR = resolve(process.env.CORPUS_DIR ?? resolve(process.cwd(), '../shared/corpus/connectors'), 'certified-connectors__Encodian');
const NAMES = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'] as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Alternates the two tasks run by run, so a busy machine slows both alike; returns each one's wall times and CPU
 * times (all threads: this one and the thread pool that compresses), the latter barely moved by other processes.
 */
async function timeInterleaved(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ wall: [number[], number[]]; cpu: [number[], number[]] }> {
  await a(); // warm-up: JIT and zlib initialisation
  await b();
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    for (const [index, run] of [a, b].entries()) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await run();
      wall[index].push(performance.now() - started);
      const used = process.cpuUsage(cpuBefore);
      cpu[index].push((used.user + used.system) / 1000);
    }
  }
  return { wall, cpu };
}

function bareYazl(files: { name: string; bytes: Buffer }[]): Promise<number> {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addBuffer(file.bytes, file.name);
  zip.end();
  return new Promise((done, fail) => {
    let size = 0;
    zip.outputStream.on('data', (chunk: Buffer) => (size += chunk.length));
    zip.outputStream.on('end', () => done(size));
    zip.outputStream.on('error', fail);
  });
}

async function main(): Promise<void> {
  const files = NAMES.map((name) => ({ name, bytes: readFileSync(join(DIR, name)) }));
  const input: ExportInput = {
    files: Object.fromEntries(files.map((f) => [f.name, new Uint8Array(f.bytes)])),
    sidecar: emptySidecar(),
    kind: 'certified',
    findings: [],
    knownSecrets: ['a-known-secret-value'],
    allowErrors: true, // Encodian's swagger is over 1 MB, a genuine error
  };
  const now = new Date('2026-01-01T00:00:00Z');
  const first = await buildSubmissionZip(input, { now });
  if (first.blocked) throw new Error(`Encodian export blocked: ${first.reasons.map((r) => r.message).join('; ')}`);

  const { wall, cpu } = await timeInterleaved(() => buildSubmissionZip(input, { now }), () => bareYazl(files));
  const [oursTimes, bareTimes] = wall;
  const ours = median(oursTimes);
  const bare = median(bareTimes);
  console.log(`export.encodian.input_bytes: ${files.reduce((n, f) => n + f.bytes.length, 0)}`);
  console.log(`export.encodian.zip_bytes: ${first.zip.byteLength}`);
  console.log(`export.encodian.median_ms: ${ours.toFixed(1)}`);
  console.log(`export.bare_yazl.median_ms: ${bare.toFixed(1)}`);
  console.log(`export.ratio_vs_bare_yazl: ${(ours / bare).toFixed(2)}`);
  console.log(`export.ratio_vs_bare_yazl.median_of_pairs: ${median(oursTimes.map((t, i) => t / bareTimes[i])).toFixed(2)}`);
  console.log(`export.encodian.cpu_median_ms: ${median(cpu[0]).toFixed(1)}`);
  console.log(`export.bare_yazl.cpu_median_ms: ${median(cpu[1]).toFixed(1)}`);
  console.log(`export.cpu_ratio_vs_bare_yazl: ${(median(cpu[0]) / median(cpu[1])).toFixed(2)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
