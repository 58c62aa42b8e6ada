/**
 * The export IPC area over a real test Host (scripted dialogs, temp folders, the real validation worker from
 * dist/main — build first): the gates run in main on the files as sent, secrets are reported masked with their
 * locations and never overridable, the password only travels with the opt-in, and the zip reads back as the project.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExportHandlers, secretSourceFrom, stepFor } from '../../../main/api/export';
import { projectSecretsFor } from '../../../main/api/secrets';
import { openProjectSource } from '../../../main/core/project/open';
import { readPackageZip } from '../../../main/core/package/read-zip';
import { listEntries, openArchive, readEntry } from '../../../main/core/package/zip-archive';
import type { ExportOutcome, ExportProgressEvent, ExportRequest } from '../../../preload/contract';
import type { LoadedProject } from '../../../main/core/model/project';
import { corpusDir } from '../../support/corpus';
import { renderMarkdown } from '../../../renderer/steps/export/markdown';
import { createTestHost } from '../../support/test-host';

const dirs: string[] = [];
const disposers: (() => void)[] = [];

function setup() {
  const host = createTestHost();
  const out = mkdtempSync(join(tmpdir(), 'cs-export-'));
  dirs.push(host.dataDir, out);
  const events: ExportProgressEvent[] = [];
  const api = createExportHandlers(host, (event, payload) => {
    if (event === 'export-progress') events.push(payload as ExportProgressEvent);
  }, secretSourceFrom(projectSecretsFor(host)));
  disposers.push(() => api.dispose());
  return { host, out, api, events };
}

function requestFrom(project: LoadedProject, extra: Partial<ExportRequest> = {}): ExportRequest {
  return {
    files: project.files,
    fileNames: project.fileNames,
    iconBase64: project.icon ? Buffer.from(project.icon).toString('base64') : undefined,
    sidecar: project.sidecar,
    kind: project.sidecar.kind ?? 'certified',
    allowErrors: false,
    secretScope: { folder: null, session: 's1' },
    title: 'Test connector',
    ...extra,
  };
}

function written(outcome: ExportOutcome | undefined): Extract<ExportOutcome, { status: 'written' }> {
  if (!outcome || outcome.status !== 'written') throw new Error(`expected a written export, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function blocked(outcome: ExportOutcome | undefined): Extract<ExportOutcome, { status: 'blocked' }> {
  if (!outcome || outcome.status !== 'blocked') throw new Error(`expected a blocked export, got ${JSON.stringify(outcome)}`);
  return outcome;
}

afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('export handlers', () => {
  it('writes a submission zip that reads back as the same files, with progress events', async () => {
    const { host, out, api, events } = setup();
    const project = await openProjectSource(corpusDir('certified-connectors__BulkSMS'));
    const target = join(out, 'BulkSMS.zip');
    host.nextSaveFile.push(target);
    const result = await api.exportZip(requestFrom(project, { submission: { testAccount: { instructions: 'Sign up at bulksms.com' } } }));
    expect(result?.ok).toBe(true);
    const outcome = written(result?.ok ? result.value : undefined);
    expect(outcome.path).toBe(target);
    expect(outcome.entries).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'settings.json', 'submission.md']);
    const contents = await readPackageZip(new Uint8Array(readFileSync(target)));
    expect([...contents.files.keys(), ...contents.ignored].sort()).toEqual(outcome.entries);
    for (const name of ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'] as const) {
      expect(Buffer.from(contents.files.get(name)!).toString('utf8')).toBe(readFileSync(join(corpusDir('certified-connectors__BulkSMS'), name), 'utf8'));
    }
    expect(contents.ignored).toEqual(['submission.md']);
    const sheet = await zipText(target, 'submission.md');
    expect(sheet).toContain('Sign up at bulksms.com');
    expect(events.map((e) => e.stage)).toContain('validating');
    expect(events.at(-1)).toEqual({ target: 'zip', stage: 'done' });
  });

  it("puts the Test step's report in the submission sheet as evidence for reviewers", async () => {
    const { host, out, api } = setup();
    const project = await openProjectSource(corpusDir('certified-connectors__BulkSMS'));
    const run = {
      operationId: 'SendSmsMessage',
      date: '2026-11-20T10:00:00.000Z',
      request: { method: 'POST', url: 'https://api.bulksms.com/v1/messages', headers: { Authorization: '********' } },
      status: 201,
      statusText: 'Created',
      schemaValid: true,
      schemaMessages: [],
    };
    const sidecar = { ...project.sidecar, tests: { history: { SendSmsMessage: [run] } } };
    host.nextSaveFile.push(join(out, 'tested.zip'));
    const result = await api.exportZip(requestFrom(project, { sidecar }));
    written(result?.ok ? result.value : undefined);
    const sheet = await zipText(join(out, 'tested.zip'), 'submission.md');
    expect(sheet).toContain('SendSmsMessage');
    expect(sheet).toContain('201');
  });

  it('answers null when the user cancels the save dialog', async () => {
    const { host, api } = setup();
    const project = await openProjectSource(corpusDir('certified-connectors__BulkSMS'));
    host.nextSaveFile.push(null);
    expect(await api.exportZip(requestFrom(project))).toBeNull();
  });

  it('refuses planted secrets with their masked locations, even with allowErrors', async () => {
    const { host, out, api } = setup();
    const project = await openProjectSource(corpusDir('certified-connectors__BulkSMS'));
    const key = 'q8Zr4TfW2mKx9LpV7nBc3HsD6yJe1uGa';
    const swagger = project.files['apiDefinition.swagger.json']!;
    const properties = project.files['apiProperties.json']!;
    const plantedSwagger = swagger.text.replace('"x-ms-summary"', `"x-ms-test-value": "${key}",\n          "x-ms-summary"`);
    const parsed = JSON.parse(properties.text);
    parsed.properties.connectionParameters.oauth = { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: 'abc', clientSecret: 'Zx81kPq0LmN5vB7cR2tY9wQ4', scopes: [], redirectMode: 'Global' } };
    const request = requestFrom(project, {
      allowErrors: true,
      files: { ...project.files, 'apiDefinition.swagger.json': { ...swagger, text: plantedSwagger }, 'apiProperties.json': { ...properties, text: JSON.stringify(parsed, null, 2) } },
    });
    host.nextSaveFile.push(join(out, 'x.zip'));
    const result = await api.exportZip(request);
    const outcome = blocked(result?.ok ? result.value : undefined);
    const secrets = outcome.blocks.find((b) => b.code === 'secrets')!;
    expect(secrets.overridable).toBe(false);
    const test = secrets.locations.find((l) => l.file === 'apiDefinition.swagger.json')!;
    expect(test.line).toBe(plantedSwagger.slice(0, plantedSwagger.indexOf(key)).split('\n').length);
    expect(test.path).toMatch(/^\/paths\/.+\/x-ms-test-value$/);
    expect(test.step).toBe('definition');
    const client = secrets.locations.find((l) => l.file === 'apiProperties.json')!;
    expect(client.path).toBe('/properties/connectionParameters/oauth/oAuthSettings/clientSecret');
    expect(client.step).toBe('security');
    expect(JSON.stringify(outcome)).not.toContain(key);
    expect(JSON.stringify(outcome)).not.toContain('Zx81kPq0LmN5vB7cR2tY9wQ4');
    expect(existsSync(join(out, 'x.zip'))).toBe(false);
  });

  it('finds a secret stored in the app wherever it was pasted', async () => {
    const { host, out, api } = setup();
    const project = await openProjectSource(corpusDir('certified-connectors__BulkSMS'));
    const secret = 'my stored password 1234';
    await projectSecretsFor(host).set({ folder: null, session: 's1' }, 'param:password', secret, 'api.bulksms.com');
    const readme = project.files['readme.md']!;
    host.nextSaveFolder.push(join(out, 'pr'));
    const result = await api.writePullRequestFolder(requestFrom(project, { files: { ...project.files, 'readme.md': { ...readme, text: `${readme.text}\nTry it with ${secret}.\n` } } }));
    const outcome = blocked(result?.ok ? result.value : undefined);
    const location = outcome.blocks.find((b) => b.code === 'secrets')!.locations[0];
    expect(location).toMatchObject({ file: 'readme.md', rule: 'known-secret', step: 'export' });
    expect(location.message).not.toContain(secret);
  });

  it('blocks on validation errors found in main, and "Export anyway" records the override', async () => {
    const { host, out, api } = setup();
    const project = await openProjectSource(corpusDir('certified-connectors__Pushcut'));
    host.nextSaveFile.push(join(out, 'a.zip'));
    const first = await api.exportZip(requestFrom(project));
    const gate = blocked(first?.ok ? first.value : undefined).blocks.find((b) => b.code === 'validation-errors')!;
    expect(gate.overridable).toBe(true);
    expect(gate.locations.length).toBeGreaterThan(0);
    expect(gate.locations[0]).toMatchObject({ file: 'apiDefinition.swagger.json' });
    expect(gate.locations.every((l) => typeof l.line === 'number' && typeof l.column === 'number')).toBe(true);

    host.nextSaveFile.push(join(out, 'b.zip'));
    const second = await api.exportZip(requestFrom(project, { allowErrors: true }));
    const outcome = written(second?.ok ? second.value : undefined);
    expect(outcome.overridden[0]).toMatch(/Validation found \d+ errors/);
    expect(await zipText(join(out, 'b.zip'), 'submission.md')).toMatch(/Exported with errors: overridden by the user on \d{4}-\d{2}-\d{2}/);
  });

  it('writes the test password only with the explicit opt-in', async () => {
    const { host, out, api } = setup();
    const project = await openProjectSource(corpusDir('certified-connectors__BulkSMS'));
    const account = { instructions: 'Use the demo tenant', username: 'demo@contoso.com', password: 'Pa55word-demo' };
    host.nextSaveFile.push(join(out, 'no.zip'), join(out, 'yes.zip'));
    await api.exportZip(requestFrom(project, { submission: { testAccount: account } }));
    await api.exportZip(requestFrom(project, { submission: { testAccount: account, includePassword: true } }));
    const sheet = (name: string) => zipText(join(out, name), 'submission.md');
    const without = await sheet('no.zip');
    expect(without).not.toContain('Pa55word-demo');
    expect(without).toContain('demo@contoso.com');
    expect(await sheet('yes.zip')).toContain('Pa55word-demo');
  });

  it('writes the pull-request folder without an icon for an independent publisher', async () => {
    const { host, out, api } = setup();
    const project = await openProjectSource(corpusDir('independent-publisher-connectors__Dad-Jokes'));
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    host.nextSaveFolder.push(join(out, 'Dad Jokes'));
    const result = await api.writePullRequestFolder(requestFrom(project, { kind: 'independent-publisher', iconBase64: png.toString('base64'), allowErrors: true }));
    const outcome = written(result?.ok ? result.value : undefined);
    // The stray 1 px icon is itself an error (overridden here); it is still never written for an independent publisher.
    expect(outcome.overridden).toHaveLength(1);
    expect(outcome.entries.sort()).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']);
    expect(readdirSync(join(out, 'Dad Jokes')).sort()).toEqual(outcome.entries);
  });

  it('drafts a readme from the definition and lists its placeholders', async () => {
    const { api } = setup();
    const project = await openProjectSource(corpusDir('certified-connectors__BulkSMS'));
    const text = await api.generateReadme({
      swagger: project.files['apiDefinition.swagger.json']!.text,
      properties: project.files['apiProperties.json']!.text,
      kind: 'certified',
      hasScript: false,
    });
    expect(text.startsWith('# BulkSMS')).toBe(true);
    expect(text).toContain('## Deployment Instructions');
    const marks = await api.readmePlaceholders(text);
    expect(marks.length).toBeGreaterThan(0);
    expect(text.split('\n')[marks[0].line - 1].slice(marks[0].column - 1)).toMatch(/^\[FILL IN: /);
  });

  it('knows where each file and pointer is fixed', () => {
    expect(stepFor('apiProperties.json', '/properties/iconBrandColor')).toBe('general');
    expect(stepFor('apiProperties.json', '/properties/connectionParameters/x')).toBe('security');
    expect(stepFor('apiDefinition.swagger.json', '/info/contact')).toBe('general');
    expect(stepFor('apiDefinition.swagger.json', '/paths/~1a/get')).toBe('definition');
    expect(stepFor('readme.md', '')).toBe('export');
  });
});

/** One entry of a written zip as text (submission.md is not a connector file, so readPackageZip skips it). */
async function zipText(path: string, name: string): Promise<string> {
  const zip = await openArchive(new Uint8Array(readFileSync(path)));
  try {
    const entry = (await listEntries(zip)).find((e) => e.name === name);
    if (!entry) throw new Error(`${name} is not in ${path}`);
    return Buffer.from(await readEntry(zip, entry, () => {})).toString('utf8');
  } finally {
    zip.close();
  }
}

describe('readme preview (renderer/steps/export/markdown.ts)', () => {
  it('shows raw HTML as text and keeps only marked’s own tags', () => {
    const html = renderMarkdown('# Title\n\n<script>alert(1)</script>\n\nText <img src=x onerror="alert(2)"> and <b>bold</b>\n');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('drops link targets (nothing navigates) and replaces images by their alt text', () => {
    const html = renderMarkdown('[site](javascript:alert(1)) and <https://contoso.com> and ![logo](https://contoso.com/logo.png)');
    expect(html).not.toMatch(/href=|<a\b|<img/i);
    expect(html).toContain('<span class="md-link" title="javascript:alert(1)">site</span>');
    expect(html).toContain('[image: logo]');
  });

  it('highlights the placeholders of a generated readme', () => {
    expect(renderMarkdown('**[FILL IN: the prerequisites]**')).toContain('<strong><mark class="md-placeholder">[FILL IN: the prerequisites]</mark></strong>');
  });
});
