// Static Electron security scan (Doyensec Electronegativity) over the app's sources. The tool always exits 0,
// so this script reads its CSV report and fails on any finding above LOW that .ci/electronegativity-accepted.json
// does not list with a reason.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'cs-scan-'));
const input = join(work, 'app');
for (const folder of ['main', 'preload', 'renderer']) cpSync(folder, join(input, folder), { recursive: true });
cpSync('package.json', join(input, 'package.json'));
const report = join(work, 'report.csv');

const run = spawnSync('npx', ['electronegativity', '-i', input, '-o', report, '-r', '-e', electronVersion, '-v', 'false'], { encoding: 'utf8' });
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1).filter((line) => line.trim()).map(parseCsvLine).filter((cells) => cells.length >= 5);
const accepted = JSON.parse(readFileSync('.ci/electronegativity-accepted.json', 'utf8')).accepted;
const blocking = [];
for (const [check, severity, confidence, file, location] of rows) {
  const level = severity.toUpperCase();
  if (level === 'LOW' || level === 'INFORMATIONAL') continue;
  const ok = accepted.some((a) => a.check === check && a.file === file);
  console.log(`${ok ? 'accepted' : 'BLOCKING'}  ${level.padEnd(8)} ${check} ${file}:${location} (${confidence})`);
  if (!ok) blocking.push(check);
}

rmSync(work, { recursive: true, force: true });
console.log(`Electronegativity: ${rows.length} findings, ${blocking.length} blocking`);
process.exit(blocking.length ? 1 : 0);

function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { cells.push(cell.trim()); cell = ''; }
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}
