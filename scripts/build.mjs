// Builds main, preload, the workers and the CLI with esbuild (CommonJS bundles for Node/Electron).
// The renderer is built by Vite (vite.config.mts). Usage: node scripts/build.mjs [--only main|cli]
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // sharp loads a native library; electron is provided by the runtime.
  external: ['electron', 'sharp'],
  // jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow: prefer ES modules.
  mainFields: ['module', 'main'],
};

const targets = {
  main: [
    { entryPoints: ['main/index.ts'], outfile: 'dist/main/index.js' },
    { entryPoints: ['preload/index.ts'], outfile: 'dist/preload/index.js', sourcemap: false },
    { entryPoints: ['main/core/validate/worker-entry.ts'], outfile: 'dist/main/validate-worker.js' },
    { entryPoints: ['main/core/convert/worker-entry.ts'], outfile: 'dist/main/convert-worker.js' },
  ],
  cli: [
    { entryPoints: ['main/cli.ts'], outfile: 'dist/cli/cli.js', banner: { js: '#!/usr/bin/env node' } },
    { entryPoints: ['main/core/validate/worker-entry.ts'], outfile: 'dist/cli/validate-worker.js' },
  ],
};

const selected = only ? targets[only] : [...targets.main, ...targets.cli];
if (!selected) throw new Error(`Unknown build target: ${only}`);
await Promise.all(selected.filter((t) => existsSync(t.entryPoints[0])).map((t) => build({ ...common, ...t })));
