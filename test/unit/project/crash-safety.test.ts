/**
 * Kill -9 a process in the middle of saving and backing up, many times: the project file is always the old or the
 * new version, never a torn one, and the crash backup is always readable and offered back.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { versionText } from './crash-versions';
import { recoveryStore } from '../../../main/core/project/recovery';
import { createHandlers } from '../../../main/handlers';
import { createTestHost } from '../../support/test-host';

const work = mkdtempSync(join(tmpdir(), 'cs-crash-'));
const childScript = join(work, 'child.js');
const versions = [versionText(0), versionText(1)];

beforeAll(async () => {
  await build({ entryPoints: [join(__dirname, 'crash-child.ts')], outfile: childScript, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', mainFields: ['module', 'main'] });
});

function runAndKill(folder: string, dataDir: string, killAfterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, folder, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), killAfterMs));
    child.once('exit', () => resolve());
    child.once('error', reject);
  });
}

describe('saving and backing up survive kill -9', () => {
  it('always leaves the old or the new file and a readable backup (40 kills)', async () => {
    const folder = join(work, 'project');
    const dataDir = join(work, 'data');
    for (let round = 0; round < 40; round++) {
      await runAndKill(folder, dataDir, 3 + ((round * 7) % 45));
      const text = readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8');
      expect(versions.includes(text), `round ${round}: the saved file is neither version`).toBe(true);
      const backups = await recoveryStore(dataDir).list();
      expect(backups).toHaveLength(1);
      expect(versions.includes(backups[0].files['apiDefinition.swagger.json']!.text), `round ${round}: torn backup`).toBe(true);
    }
  }, 120_000);

  it('offers the backup back through the handlers after a crash', async () => {
    const dataDir = join(work, 'data');
    const handlers = createHandlers(createTestHost({ dataDir }), () => undefined);
    const backups = await handlers.listBackups();
    expect(backups.map((b) => b.id)).toEqual(['crash']);
    await handlers.discardBackup('crash');
    expect(await handlers.listBackups()).toEqual([]);
    expect(existsSync(join(dataDir, 'recovery', 'crash.json'))).toBe(false);
  });
});
