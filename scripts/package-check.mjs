// Offline packaging smoke test (TOOLCHAIN.md, Packaging): electron-builder validates electron-builder.yml and
// builds a real app.asar against a stand-in Electron folder (the real binary cannot be downloaded here). Then
// we check that what the app needs at run time is inside, and that sharp is unpacked.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const work = mkdtempSync(join(tmpdir(), 'cs-pack-'));
const electronDist = join(work, 'electron');
spawnSync('mkdir', ['-p', electronDist]);
writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n', { mode: 0o755 });
const version = require('electron/package.json').version;
const out = join(work, 'release');

const run = spawnSync(
  'npx',
  ['electron-builder', '--linux', 'dir', '--publish', 'never', `-c.electronVersion=${version}`, '-c.npmRebuild=false', `-c.electronDist=${electronDist}`, `-c.directories.output=${out}`],
  { encoding: 'utf8', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' } },
);
if (run.status !== 0) {
  console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
  process.exit(1);
}
const resources = join(out, 'linux-unpacked', 'resources');
const files = new Set(asar.listPackage(join(resources, 'app.asar')).map((f) => f.replace(/\\/g, '/')));
const needed = ['/dist/main/index.js', '/dist/preload/index.js', '/dist/renderer/index.html', '/dist/main/validate-worker.js', '/package.json'];
const missing = needed.filter((f) => !files.has(f));
const sharpUnpacked = existsSync(join(resources, 'app.asar.unpacked', 'node_modules', 'sharp'));
rmSync(work, { recursive: true, force: true });
if (missing.length || !sharpUnpacked) {
  console.error(`app.asar is missing: ${missing.join(', ') || '-'}; sharp unpacked: ${sharpUnpacked}`);
  process.exit(1);
}
console.log(`Packaging check: app.asar holds ${files.size} entries, including ${needed.join(', ')}; sharp is unpacked.`);
