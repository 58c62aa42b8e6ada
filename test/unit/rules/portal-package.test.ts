/**
 * portal-package (catalogue 6): real zips, written with the app's own zip writer and read back the way the
 * CLI reads a zip input, against the structure of CERTIFICATION.md §2f (ConnectorPackageValidator.ps1).
 */
import { describe, expect, it } from 'vitest';
import { portalPackage } from '../../../main/core/rules/portal-package';
import { writeZip } from '../../../main/core/package/write-zip';
import { readPackageStructure } from '../../../main/core/validate/package-structure';
import { buildSubmissionZip } from '../../../main/core/export/package';
import { corpusDir } from '../../support/corpus';
import { corpusExportInput } from '../export/corpus-files';
import { findings, sampleContext } from './support/sample';

type Tree = Record<string, string | Uint8Array>;
const text = (s: string) => new TextEncoder().encode(s);
const zip = (tree: Tree) => writeZip(Object.entries(tree).map(([name, body]) => ({ name, bytes: typeof body === 'string' ? text(body) : body })));

const CONNECTOR_XML = '<ImportExportXml><Connectors><Connector><connectorid>c1</connectorid><name>contoso_5Fcontoso</name></Connector></Connectors><Workflows /></ImportExportXml>';
const FLOW_XML = '<ImportExportXml><Workflows><Workflow WorkflowId="{1}" Name="Send a message"/></Workflows><Connectors><Connector><connectorid>c1</connectorid></Connector></Connectors></ImportExportXml>';
const PLUGIN_XML = '<ImportExportXml><Connectors><Connector><connectorid>c1</connectorid></Connector></Connectors><aicopilot_aiplugin aicopilot_aipluginid="p1"/></ImportExportXml>';
const solutionFiles = (xml: string): Tree => ({ '[Content_Types].xml': '<Types/>', 'customizations.xml': xml, 'solution.xml': '<ImportExportXml/>' });

async function connectorSolution(extra: Tree = {}) {
  return zip({ ...solutionFiles(CONNECTOR_XML), 'Connector/contoso_5Fcontoso_openapidefinition.json': '{}', 'Connector/contoso_5Fcontoso_iconblob.png': 'png', ...extra });
}
async function flowSolution(extra: Tree = {}, omit: string[] = []) {
  const tree: Tree = { ...solutionFiles(FLOW_XML), 'Connector/contoso_5Fcontoso_openapidefinition.json': '{}', 'Workflows/Send-a-message-1.json': '{}', ...extra };
  for (const name of omit) delete tree[name];
  return zip(tree);
}
async function pluginSolution() {
  return zip({ ...solutionFiles(PLUGIN_XML), 'Connector/x.json': '{}', 'aiplugins/p1/x.json': '{}', 'aipluginoperations/o1/x.json': '{}' });
}

/** A Package Deployer package (dll, xml, pdb beside the one assets folder) holding `assets` in PkgAssets/. */
async function deployerPackage(assets: Tree, extra: Tree = {}) {
  const tree: Tree = { 'ContosoPackage.dll': 'MZ', 'ContosoPackage.pdb': 'pdb', '[Content_Types].xml': '<Types/>', ...extra };
  for (const [name, body] of Object.entries(assets)) tree[`PkgAssets/${name}`] = body;
  return zip(tree);
}

async function portal(root: Tree) {
  return zip(root);
}

async function goodPortal(): Promise<Tree> {
  return { 'intro.md': '# Contoso\n', 'Contoso.pdpkg.zip': await deployerPackage({ 'ContosoConnector_1_0_0_1.zip': await connectorSolution(), 'ContosoFlows_1_0_0_1.zip': await flowSolution(), 'ImportConfig.xml': '<configdatastorage/>' }) };
}

async function messagesOf(bytes: Uint8Array): Promise<string[]> {
  const ctx = sampleContext(undefined, { package: await readPackageStructure(bytes) });
  return findings(portalPackage, ctx).map((f) => `${f.severity} ${f.message}`);
}

describe('portal-package (catalogue 6)', () => {
  const cases: [string, () => Promise<Tree>, RegExp[]][] = [
    ['a connector and a flow solution in PkgAssets, beside intro.md', goodPortal, []],
    ['a plugin connector with its three solutions', async () => ({
      'intro.md': '# Contoso\n',
      'Contoso.pdpkg.zip': await deployerPackage({ 'Connector.zip': await connectorSolution(), 'Flows.zip': await flowSolution(), 'Plugin.zip': await pluginSolution() }),
    }), []],
    ['intro.md missing', async () => ({ 'Contoso.pdpkg.zip': (await goodPortal())['Contoso.pdpkg.zip'] }), [/^error The provided zip file should contain both intro\.md and package zip file .*The intro\.md file is missing/]],
    ['a folder at the root', async () => ({ ...(await goodPortal()), 'screenshots/flow.png': 'png' }), [/^error The provided zip file should not contain any folder inside .*Please remove the folder screenshots\./]],
    ['two package zips', async () => ({ ...(await goodPortal()), 'Old.pdpkg.zip': await deployerPackage({}) }), [/should contain one package zip file .* it holds 2/]],
    ['a package without its assets folder', async () => ({
      'intro.md': '# Contoso\n',
      'Contoso.pdpkg.zip': await zip({ 'ContosoPackage.dll': 'MZ', 'Connector.zip': await connectorSolution(), 'Flows.zip': await flowSolution() }),
    }), [/^error The package zip file should contain a folder ideally named 'PkgAssets' inside 'the package zip\/Contoso\.pdpkg\.zip'/]],
    ['a folder inside PkgAssets', async () => ({
      'intro.md': '# Contoso\n',
      'Contoso.pdpkg.zip': await deployerPackage({ 'Connector.zip': await connectorSolution(), 'Flows.zip': await flowSolution(), 'old/Flows.zip': 'x' }),
    }), [/^error The package folder 'PkgAssets' should not contain any folder .*Please remove the folder old\./]],
    ['only the connector solution', async () => ({
      'intro.md': '# Contoso\n',
      'Contoso.pdpkg.zip': await deployerPackage({ 'Connector.zip': await connectorSolution() }),
    }), [/should contain only connector and flow solution zip files .* it holds 1 \(Connector\.zip\)/]],
    ['no solution zip at all', async () => ({ 'intro.md': '# Contoso\n', 'Contoso.pdpkg.zip': await deployerPackage({ 'ImportConfig.xml': '<x/>' }) }), [/does not contain solution zip files .*connector and flow solution zip files/]],
    ['a solution without customizations.xml', async () => ({
      'intro.md': '# Contoso\n',
      'Contoso.pdpkg.zip': await deployerPackage({ 'Connector.zip': await connectorSolution(), 'Flows.zip': await flowSolution({}, ['customizations.xml']) }),
    }), [/The solution zip file 'Flows\.zip' .* should contain three files namely .*Please add the missing 'customizations\.xml'/]],
    ['a flow solution without its Workflows folder', async () => ({
      'intro.md': '# Contoso\n',
      'Contoso.pdpkg.zip': await deployerPackage({ 'Connector.zip': await connectorSolution(), 'Flows.zip': await flowSolution({}, ['Workflows/Send-a-message-1.json']) }),
    }), [/The solution zip file 'Flows\.zip' .* should contain folder namely 'Workflows'/]],
    ['two connector solutions and no flow', async () => ({
      'intro.md': '# Contoso\n',
      'Contoso.pdpkg.zip': await deployerPackage({ 'A.zip': await connectorSolution(), 'B.zip': await connectorSolution() }),
    }), [/^error Flow solution in .* is invalid\. Flow solution should contain both 'Connector' and 'Workflows' folders/]],
    ['a plugin solution but only two zips', async () => ({
      'intro.md': '# Contoso\n',
      'Contoso.pdpkg.zip': await deployerPackage({ 'Connector.zip': await connectorSolution(), 'Plugin.zip': await pluginSolution() }),
    }), [/should contain connector, flow and AIplugin solution zip files .*all the three solution zip files/]],
    ['a damaged package zip', async () => ({ 'intro.md': '# Contoso\n', 'Contoso.pdpkg.zip': text('PK\u0003\u0004 cut short') }), [/^error The package zip file 'the package zip\/Contoso\.pdpkg\.zip' could not be read: /]],
  ];

  it.each(cases)('%s', async (_name, build, expected) => {
    const messages = await messagesOf(await portal(await build()));
    expect(messages).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(messages[i]).toMatch(pattern));
  });

  it('says nothing about a zip of connector files (a repository folder zipped)', async () => {
    const dir = corpusDir('certified-connectors__BulkSMS');
    const input = corpusExportInput('certified-connectors__BulkSMS', dir);
    const files = Object.fromEntries(Object.entries(input.files).filter(([, bytes]) => bytes !== undefined)) as Tree;
    expect(await messagesOf(await zip(files))).toEqual([]);
    expect(await messagesOf(await zip(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [`BulkSMS/${name}`, bytes]))))).toEqual([]);
  });

  it('says nothing about the submission zip of our own exporter', async () => {
    const input = corpusExportInput('certified-connectors__BulkSMS', corpusDir('certified-connectors__BulkSMS'));
    const result = await buildSubmissionZip({ ...input, icon: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }, { now: new Date('2026-11-01T12:00:00Z') });
    expect(result.blocked).toBe(false);
    if (result.blocked) return;
    expect(await messagesOf(result.zip)).toEqual([]);
  });

  it('says nothing when the input is not a zip', () => {
    expect(findings(portalPackage, sampleContext())).toEqual([]);
  });
});
