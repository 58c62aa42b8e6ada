import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportInput, ExportProgress, ExportResult } from '../../../main/core/export/export-input';
import { buildSubmissionZip, writePullRequestFolder } from '../../../main/core/export/package';
import type { Finding } from '../../../main/core/model/findings';
import { readPackageZip } from '../../../main/core/package/read-zip';
import { corpusDir } from '../../support/corpus';
import { corpusExportInput } from './corpus-files';

const NOW = new Date('2026-11-01T12:00:00Z');
const BULKSMS = 'certified-connectors__BulkSMS';
const ERROR: Finding = { rule: 'title-length', severity: 'error', message: "The 'title' value goes over the character limit '30'", file: 'apiDefinition.swagger.json', path: '/info/title', line: 4 };
const WARNING: Finding = { rule: 'summary-style', severity: 'warning', message: 'Summary ends with a full stop', file: 'apiDefinition.swagger.json', path: '/paths' };
const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

const work = mkdtempSync(join(tmpdir(), 'export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function bulkSms(extra: Partial<ExportInput> = {}): ExportInput {
  return { ...corpusExportInput(BULKSMS, corpusDir(BULKSMS)), icon: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), ...extra };
}

function reasons(result: ExportResult) {
  return result.blocked ? result.reasons.map((r) => r.code) : [];
}

describe('buildSubmissionZip', () => {
  it('packages exactly the connector files byte for byte, settings.json and submission.md', async () => {
    const input = bulkSms({ findings: [WARNING] });
    const result = await buildSubmissionZip(input, { now: NOW });
    if (result.blocked) throw new Error('blocked');
    expect(result.entries).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png', 'readme.md', 'settings.json', 'submission.md']);
    const contents = await readPackageZip(result.zip);
    expect(Buffer.compare(contents.files.get('apiDefinition.swagger.json')!, input.files['apiDefinition.swagger.json']!)).toBe(0);
    expect(Buffer.compare(contents.files.get('apiProperties.json')!, input.files['apiProperties.json']!)).toBe(0);
    expect(JSON.parse(decode(contents.files.get('settings.json')))).toMatchObject({ icon: 'icon.png', apiDefinition: 'apiDefinition.swagger.json' });
    expect(result.overridden).toEqual([]);
  });

  it('blocks on error findings, listing them', async () => {
    const result = await buildSubmissionZip(bulkSms({ findings: [ERROR, WARNING] }), { now: NOW });
    expect(result.blocked).toBe(true);
    if (!result.blocked) return;
    expect(result.reasons).toEqual([
      { code: 'validation-errors', message: 'Validation found 1 error.', overridable: true, findings: [ERROR] },
    ]);
  });

  it('exports with errors when the user overrides, and records it in the sheet', async () => {
    const result = await buildSubmissionZip(bulkSms({ findings: [ERROR], allowErrors: true }), { now: NOW });
    if (result.blocked) throw new Error('blocked');
    expect(result.overridden.map((r) => r.code)).toEqual(['validation-errors']);
    const sheet = await unzipSheet(result.zip);
    expect(sheet).toContain('Exported with errors: overridden by the user on 2026-11-01.');
    expect(sheet).toContain("- **title-length** (apiDefinition.swagger.json, line 4, /info/title): The 'title' value goes over the character limit '30'");
  });

  it('blocks on secrets with their locations, even when errors are overridden', async () => {
    const input = bulkSms({ allowErrors: true, knownSecrets: ['my-test-password-42'] });
    input.files['readme.md'] = encode('# BulkSMS\n\nLog in with my-test-password-42.\n');
    const result = await buildSubmissionZip(input, { now: NOW });
    expect(reasons(result)).toEqual(['secrets']);
    if (!result.blocked) return;
    expect(result.reasons[0].overridable).toBe(false);
    expect(result.reasons[0].secrets).toEqual([{ file: 'readme.md', line: 3, column: 13, kind: 'known-secret', preview: 'my-t******** (19 characters)' }]);
    expect(result.reasons[0].message).toContain('readme.md:3:13');
    expect(result.reasons[0].message).not.toContain('my-test-password-42');
  });

  it('scans the test report too', async () => {
    const result = await buildSubmissionZip(bulkSms({ testReport: 'GET /me\nAuthorization: Bearer k9Xq2Lr7Tz4Wm1Np8Vb3Hc6Jd0Fg5Sa' }), { now: NOW });
    expect(reasons(result)).toEqual(['secrets']);
  });

  it('writes the test password only on explicit opt-in, with a warning', async () => {
    const submission = { testAccount: { instructions: 'Use the demo tenant.', username: 'demo@example.com', password: 'Pa55-word-demo' } };
    const hidden = await buildSubmissionZip(bulkSms({ submission, knownSecrets: ['Pa55-word-demo'] }), { now: NOW });
    if (hidden.blocked) throw new Error('blocked');
    expect(await unzipSheet(hidden.zip)).not.toContain('Pa55-word-demo');
    const shown = await buildSubmissionZip(bulkSms({ submission: { ...submission, includePassword: true }, knownSecrets: ['Pa55-word-demo'] }), { now: NOW });
    if (shown.blocked) throw new Error('blocked');
    const sheet = await unzipSheet(shown.zip);
    expect(sheet).toContain('- Password: `Pa55-word-demo`');
    expect(sheet).toContain('**Warning:** this sheet contains the test account password.');
  });

  it('treats a swagger over 1 MB and more than 512 schemas as errors', async () => {
    const definitions = Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`Model${i}`, { type: 'object' }]));
    const swagger = JSON.stringify({ swagger: '2.0', info: { title: 'Big' }, definitions, 'x-padding': 'x'.repeat(1024 * 1024) });
    const input = bulkSms({ files: { ...bulkSms().files, 'apiDefinition.swagger.json': encode(swagger) } });
    const blocked = await buildSubmissionZip(input, { now: NOW });
    expect(reasons(blocked)).toEqual(['swagger-too-large', 'too-many-schemas']);
    const allowed = await buildSubmissionZip({ ...input, allowErrors: true }, { now: NOW });
    if (allowed.blocked) throw new Error('blocked');
    const sheet = await unzipSheet(allowed.zip);
    expect(sheet).toContain('- Errors: 2');
    expect(sheet).toContain('defines 513 schemas; the platform accepts at most 512.');
  });

  it('cannot be forced without the definition or the properties', async () => {
    const result = await buildSubmissionZip(bulkSms({ files: {}, allowErrors: true }), { now: NOW });
    expect(reasons(result)).toEqual(['missing-file', 'missing-file', 'missing-readme']);
  });

  it('leaves the icon out for an independent publisher', async () => {
    const result = await buildSubmissionZip(bulkSms({ kind: 'independent-publisher' }), { now: NOW });
    if (result.blocked) throw new Error('blocked');
    expect(result.entries).not.toContain('icon.png');
    expect(JSON.parse(decode((await readPackageZip(result.zip)).files.get('settings.json'))).icon).toBeUndefined();
  });

  it('reports progress through to done', async () => {
    const stages: ExportProgress[] = [];
    await buildSubmissionZip(bulkSms(), { now: NOW, onProgress: (p) => stages.push(p) });
    expect(stages[0]).toEqual({ stage: 'checking' });
    expect(stages.some((p) => p.stage === 'zipping' && (p.done ?? 0) > 0)).toBe(true);
    expect(stages[stages.length - 1]).toEqual({ stage: 'done' });
  });
});

describe('writePullRequestFolder', () => {
  it('writes the connector files byte for byte, keeping the readme name, never the sidecar or settings', async () => {
    const dir = join(work, 'pr-certified');
    const input = bulkSms({ diskNames: { 'readme.md': 'README.md' }, files: { ...bulkSms().files, 'script.csx': encode('public class Script : ScriptBase {}') } });
    const result = await writePullRequestFolder(input, dir, { now: NOW });
    if (result.blocked) throw new Error('blocked');
    expect(readdirSync(dir).sort()).toEqual(['README.md', 'apiDefinition.swagger.json', 'apiProperties.json', 'icon.png', 'script.csx']);
    expect(Buffer.compare(readFileSync(join(dir, 'apiDefinition.swagger.json')), input.files['apiDefinition.swagger.json']!)).toBe(0);
    expect(result.leftAlone).toEqual([]);
  });

  it('writes no icon for an independent publisher and names files it left alone', async () => {
    const dir = join(work, 'pr-ip');
    await writePullRequestFolder(bulkSms(), dir, { now: NOW });
    writeFileSync(join(dir, 'settings.json'), '{}');
    const result = await writePullRequestFolder(bulkSms({ kind: 'independent-publisher' }), dir, { now: NOW });
    if (result.blocked) throw new Error('blocked');
    expect(result.written).not.toContain('icon.png');
    expect(result.leftAlone).toEqual(['icon.png', 'settings.json']);
  });

  it('refuses a disk name that is not the same file', async () => {
    const dir = join(work, 'pr-names');
    const result = await writePullRequestFolder(bulkSms({ diskNames: { 'readme.md': '../escape.md' } }), dir, { now: NOW });
    if (result.blocked) throw new Error('blocked');
    expect(result.written).toContain('readme.md');
    expect(readdirSync(work)).not.toContain('escape.md');
  });

  it('passes the same gates as the zip', async () => {
    const result = await writePullRequestFolder(bulkSms({ findings: [ERROR] }), join(work, 'pr-blocked'), { now: NOW });
    expect(result.blocked).toBe(true);
  });
});

async function unzipSheet(zip: Uint8Array): Promise<string> {
  const { default: yauzl } = await import('yauzl');
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(zip), { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      file.on('entry', (entry) => {
        if (entry.fileName !== 'submission.md') return file.readEntry();
        file.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      file.readEntry();
    });
  });
}
