/**
 * Real zips a user may open that hold a portal package (intro.md beside the Package Deployer zip of solutions,
 * CERTIFICATION.md §2f), written with the app's own zip writer: the connector files of a corpus connector bundled
 * with a package whose structure is wrong, and a portal package alone (no connector files at all).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeZip } from '../../main/core/package/write-zip';
import { corpusDir } from './corpus';

type Tree = Record<string, string | Uint8Array>;

const zipOf = (tree: Tree) => writeZip(Object.entries(tree).map(([name, body]) => ({ name, bytes: typeof body === 'string' ? new TextEncoder().encode(body) : body })));

const CONNECTOR_XML = '<ImportExportXml><Connectors><Connector><connectorid>c1</connectorid></Connector></Connectors></ImportExportXml>';
const FLOW_XML = '<ImportExportXml><Workflows><Workflow WorkflowId="{1}" Name="Send a message"/></Workflows><Connectors><Connector><connectorid>c1</connectorid></Connector></Connectors></ImportExportXml>';
const solution = (xml: string, folders: Tree) => zipOf({ '[Content_Types].xml': '<Types/>', 'customizations.xml': xml, 'solution.xml': '<ImportExportXml/>', ...folders });

/** A Package Deployer package with the connector and flow solutions; `assetsFolder: null` puts them at its root (wrong). */
async function deployerPackage(assetsFolder: string | null): Promise<Uint8Array> {
  const prefix = assetsFolder === null ? '' : `${assetsFolder}/`;
  return zipOf({
    'ContosoPackage.dll': 'MZ',
    [`${prefix}ContosoConnector_1_0_0_1.zip`]: await solution(CONNECTOR_XML, { 'Connector/contoso_openapidefinition.json': '{}' }),
    [`${prefix}ContosoFlows_1_0_0_1.zip`]: await solution(FLOW_XML, { 'Connector/contoso_openapidefinition.json': '{}', 'Workflows/Send-a-message-1.json': '{}' }),
  });
}

/** The files of a corpus connector as they are on disk (apiDefinition.swagger.json, apiProperties.json, icon.png…). */
function corpusFiles(name: string): Tree {
  const dir = corpusDir(name);
  return Object.fromEntries(readdirSync(dir).map((file) => [file, new Uint8Array(readFileSync(join(dir, file)))]));
}

/** A corpus connector's files with intro.md and a package zip whose solutions are not in a PkgAssets folder. */
export async function connectorWithBrokenPortalPackage(connector: string): Promise<Uint8Array> {
  return zipOf({ ...corpusFiles(connector), 'intro.md': '# Contoso\n', 'Contoso.pdpkg.zip': await deployerPackage(null) });
}

/** A correct portal package: intro.md and the package zip, and no connector files at all. */
export async function portalPackageOnly(): Promise<Uint8Array> {
  return zipOf({ 'intro.md': '# Contoso\n', 'Contoso.pdpkg.zip': await deployerPackage('PkgAssets') });
}
