// `npm run bench`: bundles each test/bench/*.bench.ts with esbuild and runs it with node, one after another (these
// machines are noisy: every figure is printed next to the peer tool measured in the same run, as a ratio).
// Usage: npm run bench [-- name-filter]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const filter = process.argv[2];
const dir = 'test/bench';
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
const out = resolve('bench-results');
mkdirSync(out, { recursive: true });
let failed = 0;
const report = [];
for (const file of files) {
  const outfile = join(out, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(dir, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    external: ['sharp', 'electron', '@playwright/test', 'playwright-core', 'esbuild'],
    // ES modules allow top-level await; these give bundled CommonJS code its require and __dirname back.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);",
    },
    logLevel: 'warning',
  });
  console.log(`\n### ${file}`);
  const result = spawnSync(process.execPath, ['--expose-gc', outfile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], cwd: process.cwd() });
  process.stdout.write(result.stdout);
  report.push(`### ${file}\n${result.stdout}`);
  if (result.status !== 0) failed++;
}
writeFileSync(join(out, 'report.md'), report.join('\n'));
console.log(`\n${files.length - failed} benchmarks ran, ${failed} failed; report in bench-results/report.md`);
process.exit(failed ? 1 : 0);
