import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCommand } from '../../../main/cli/export';
import { readPackageZip } from '../../../main/core/package/read-zip';
import { corpusDir } from '../../support/corpus';

const work = mkdtempSync(join(tmpdir(), 'cli-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await exportCommand(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: work });
  return { code, stdout, stderr };
}

const BULKSMS = corpusDir('certified-connectors__BulkSMS');

describe('connector-studio export', () => {
  it('writes the zip and the pull-request folder from a connector folder', async () => {
    const { code, stdout, stderr } = await run(BULKSMS, '--out', 'bulksms.zip', '--pr-folder', 'pr', '--allow-errors');
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('bulksms.zip');
    const contents = await readPackageZip(new Uint8Array(readFileSync(join(work, 'bulksms.zip'))));
    expect(Buffer.compare(contents.files.get('apiDefinition.swagger.json')!, readFileSync(join(BULKSMS, 'apiDefinition.swagger.json')))).toBe(0);
    expect(readdirSync(join(work, 'pr')).sort()).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']);
  });

  it('exports the zip it wrote again with the same files', async () => {
    await run(BULKSMS, '--out', 'first.zip', '--allow-errors');
    const { code, stderr } = await run('first.zip', '--out', 'second.zip', '--allow-errors');
    expect(code, stderr).toBe(0);
    // submission.md may differ: the validator rightly warns about the settings.json the first zip carries.
    const first = await readPackageZip(new Uint8Array(readFileSync(join(work, 'first.zip'))));
    const second = await readPackageZip(new Uint8Array(readFileSync(join(work, 'second.zip'))));
    expect([...second.files.keys()].sort()).toEqual([...first.files.keys()].sort());
    for (const [name, bytes] of first.files) expect(Buffer.compare(second.files.get(name)!, bytes), name).toBe(0);
  });

  it('exits 1 with the locations when a secret blocks, even with --allow-errors', async () => {
    const dir = join(work, 'leaky');
    cpSync(BULKSMS, dir, { recursive: true });
    writeFileSync(join(dir, 'readme.md'), '# BulkSMS\n\nToken: ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8\n');
    const { code, stderr } = await run(dir, '--out', 'leaky.zip', '--allow-errors');
    expect(code).toBe(1);
    expect(stderr).toContain('readme.md:3:8 github-token');
    expect(existsSync(join(work, 'leaky.zip'))).toBe(false);
  });

  it('exits 2 when the input cannot be read', async () => {
    expect((await run('missing-folder', '--out', 'x.zip')).code).toBe(2);
    writeFileSync(join(work, 'broken.zip'), 'PK\u0003\u0004 this is not really a zip');
    const broken = await run('broken.zip', '--out', 'x.zip');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('incomplete or damaged');
  });

  it('exits 2 on a usage error', async () => {
    expect((await run(BULKSMS)).code).toBe(2);
    expect((await run(BULKSMS, '--out', 'x.zip', '--kind', 'premium')).stderr).toContain('--kind must be one of');
  });
});
