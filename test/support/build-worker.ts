/**
 * Tests run the real workers: each worker entry bundled with esbuild with the settings scripts/build.mjs uses
 * (CommonJS for Node, ES-module fields first for jsonc-parser, sharp left to the runtime).
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

const ENTRIES = {
  validate: 'main/core/validate/worker-entry.ts',
  convert: 'main/core/convert/worker-entry.ts',
} as const;

/** Bundles the worker to `outfile` and returns that path. */
export async function buildWorker(kind: keyof typeof ENTRIES, outfile: string): Promise<string> {
  await build({
    entryPoints: [resolve(__dirname, '../..', ENTRIES[kind])],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['sharp'],
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return outfile;
}
