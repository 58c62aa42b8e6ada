/**
 * Catalogue 6 in the app, as the CLI reports it: a project opened from a zip carries that zip's structure, and each
 * validation of it (through the real handlers and the real worker from dist/main — build first) reports the
 * portal package's problems on the Export step. A folder, a clean export and a saved-as-folder project carry none;
 * a portal package with no connector files does not open, with a message saying what it is and what to open.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../main/handlers';
import { buildSubmissionZip } from '../../../main/core/export/package';
import type { ProjectDTO, ValidateRequest } from '../../../preload/contract';
import { createTestHost } from '../../support/test-host';
import { corpusDir } from '../../support/corpus';
import { connectorWithBrokenPortalPackage, portalPackageOnly } from '../../support/portal-zips';
import { corpusExportInput } from '../export/corpus-files';

const CONNECTOR = 'certified-connectors__BulkSMS';
const host = createTestHost();
const handlers = createHandlers(host, () => undefined);
const dir = mkdtempSync(join(tmpdir(), 'cs-portal-open-'));

afterAll(async () => {
  await handlers.dispose();
  rmSync(dir, { recursive: true, force: true });
  rmSync(host.dataDir, { recursive: true, force: true });
});

async function open(path: string): Promise<ProjectDTO> {
  const result = await handlers.openPath(path);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The request the renderer builds (renderer/store/validation-slice.ts): texts, names, kind, and the zip's structure. */
function requestFor(project: ProjectDTO): ValidateRequest {
  return {
    texts: Object.fromEntries(Object.entries(project.files).map(([name, data]) => [name, data!.text])),
    fileNames: project.fileNames,
    kind: project.sidecar.kind ?? 'certified',
    iconBase64: project.iconBase64,
    package: project.package,
  };
}

async function portalFindings(project: ProjectDTO) {
  const response = await handlers.validate(requestFor(project));
  if (!('findings' in response)) throw new Error(`no findings: ${JSON.stringify(response)}`);
  return response.findings.filter((f) => f.rule === 'portal-package');
}

async function writeTemp(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('a project opened from a zip is validated with the zip’s structure', () => {
  it('reports a package without its PkgAssets folder on the Export step', async () => {
    const project = await open(await writeTemp('BulkSMS with package.zip', await connectorWithBrokenPortalPackage(CONNECTOR)));
    expect(project.source.kind).toBe('zip');
    expect(project.package?.entries).toContain('Contoso.pdpkg.zip');
    const findings = await portalFindings(project);
    expect(findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/should contain a folder ideally named 'PkgAssets' inside 'the package zip\/Contoso\.pdpkg\.zip'/));
    for (const finding of findings) expect(finding).toMatchObject({ severity: 'error', step: 'export', file: 'project' });
  });

  it('keeps the structure out of the project: saving as a folder writes only the connector files', async () => {
    const project = await open(await writeTemp('BulkSMS bundle.zip', await connectorWithBrokenPortalPackage(CONNECTOR)));
    const folder = join(dir, 'saved');
    const saved = await handlers.saveProject({ folder, files: project.files, iconBase64: project.iconBase64, sidecar: project.sidecar, title: 'BulkSMS' });
    if (!saved?.ok) throw new Error('save failed');
    // intro.md is a connector file (it opened with the project); the package zip and its entries are not.
    expect(saved.value.files.filter((name) => /\.zip$|pdpkg|PkgAssets/i.test(name))).toEqual([]);
    expect(readdirSync(folder).filter((name) => /\.zip$/i.test(name))).toEqual([]);
    const sidecar = join(folder, '.connector-studio.json');
    if (existsSync(sidecar)) expect(readFileSync(sidecar, 'utf8')).not.toMatch(/pdpkg|PkgAssets|entries/);
    const reopened = await open(folder);
    expect(reopened.package).toBeUndefined();
    expect(await portalFindings(reopened)).toEqual([]);
  });

  it('says nothing about the submission zip our exporter writes', async () => {
    const input = corpusExportInput(CONNECTOR, corpusDir(CONNECTOR));
    const built = await buildSubmissionZip(input, { now: new Date('2026-11-01T12:00:00Z') });
    if (built.blocked) throw new Error('the export was blocked');
    const project = await open(await writeTemp('BulkSMS export.zip', built.zip));
    expect(project.package).toBeDefined();
    expect(await portalFindings(project)).toEqual([]);
  });

  it('says nothing about a connector opened from its folder', async () => {
    const project = await open(corpusDir(CONNECTOR));
    expect(project.package).toBeUndefined();
    expect(await portalFindings(project)).toEqual([]);
  });

  it('refuses a portal package with no connector files, saying what it is and what to open instead', async () => {
    const result = await handlers.openPath(await writeTemp('Contoso portal.zip', await portalPackageOnly()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('portal-package');
    expect(result.error.message).toMatch(/^Contoso portal\.zip is a portal package \(intro\.md and a Package Deployer package/);
    expect(result.error.message).toContain("Open the connector's folder, its apiDefinition.swagger.json");
    expect(result.error.message).toContain('connector-studio validate "Contoso portal.zip"');
  });
});
