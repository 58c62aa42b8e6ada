/**
 * Catalogue 6 (CERTIFICATION.md §3 A, §2f): a portal package zip has exactly the structure Microsoft's
 * ConnectorPackageValidator.ps1 checks, each problem in its words:
 *   <package>.zip   root: one .md (intro.md) and one package zip, no folders
 *     <pkg>.zip     one folder, ideally named PkgAssets
 *       PkgAssets/  no folders; the connector and flow solution zips (and the AI plugin one for a plugin)
 *         <solution>.zip  [Content_Types].xml, customizations.xml, solution.xml, and the folders of the
 *                         components customizations.xml declares (Connector, Workflows, aiplugins…)
 * It applies to a zip input that holds a zip at its root. A zip of connector files (our own export, a
 * repository folder zipped) holds none, and this rule says nothing about it.
 */
import type { PackageZip, Rule } from './rule';

export const portalPackage: Rule = {
  id: 'portal-package',
  catalogue: [6],
  severity: 'error',
  step: 'export',
  description: 'A portal package zip holds intro.md and one package zip; the package one PkgAssets folder with the connector and flow (and AI plugin) solution zips.',
  check(ctx, report) {
    const root = ctx.package;
    if (root === undefined || !isPortalPackage(root)) return;
    const say = (message: string) => report({ message, file: 'project', path: '' });
    checkRoot(root, say);
  },
};

const DOCS = 'See https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission for how to build the package.';
const SOLUTION_FILES = ['[Content_Types].xml', 'customizations.xml', 'solution.xml'];

/** A zip with a zip at its root: a portal package (a zip of connector files never holds one). */
export function isPortalPackage(zip: PackageZip): boolean {
  return filesAt(zip.entries, '').some(isZipName);
}

/** The folder names directly under `prefix` ("" = the root), explicit or implied by a file's path. */
export function foldersAt(names: readonly string[], prefix: string): string[] {
  const found = new Set<string>();
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash > 0) found.add(rest.slice(0, slash));
  }
  return [...found];
}

const isZipName = (name: string) => name.toLowerCase().endsWith('.zip');

/** The file names directly under `prefix` ("" = the root). */
function filesAt(names: readonly string[], prefix: string): string[] {
  return names.filter((n) => n.startsWith(prefix) && !n.endsWith('/') && !n.slice(prefix.length).includes('/')).map((n) => n.slice(prefix.length));
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

function checkRoot(root: PackageZip, say: (message: string) => void): void {
  const where = 'the package zip';
  const folders = foldersAt(root.entries, '');
  const files = filesAt(root.entries, '');
  const markdown = files.filter((f) => f.toLowerCase().endsWith('.md'));
  const zips = files.filter(isZipName);
  if (folders.length > 0) {
    say(`The provided zip file should not contain any folder inside '${where}'. Please remove the ${plural(folders.length, 'folder', 'folders')} ${folders.join(', ')}.`);
  }
  if (markdown.length === 0) {
    say(`The provided zip file should contain both intro.md and package zip file in '${where}'. The intro.md file is missing. Please add the required file. ${DOCS}`);
  } else if (markdown.length > 1) {
    say(`The provided zip file should contain one intro.md file in '${where}'; it holds ${markdown.length} .md files (${markdown.join(', ')}). Keep only intro.md.`);
  }
  if (zips.length > 1) {
    say(`The provided zip file should contain one package zip file in '${where}'; it holds ${zips.length} (${zips.join(', ')}). Keep only the package zip.`);
    return;
  }
  const inner = root.zips[zips[0]];
  if (inner === undefined) return;
  checkPackage(inner, `${where}/${zips[0]}`, say);
}

function checkPackage(pkg: PackageZip, where: string, say: (message: string) => void): void {
  if (pkg.unreadable !== undefined) {
    say(`The package zip file '${where}' could not be read: ${pkg.unreadable}.`);
    return;
  }
  const folders = foldersAt(pkg.entries, '');
  if (folders.length === 0) {
    say(`The package zip file should contain a folder ideally named 'PkgAssets' inside '${where}'. Please add the folder containing the solution zip files. ${DOCS}`);
    return;
  }
  if (folders.length > 1) {
    say(`The package zip file should contain one folder, ideally named 'PkgAssets', inside '${where}'; it holds ${folders.length} (${folders.join(', ')}).`);
    return;
  }
  const folder = folders[0];
  const inFolder = `${where}/${folder}`;
  const subfolders = foldersAt(pkg.entries, `${folder}/`);
  if (subfolders.length > 0) {
    say(`The package folder '${folder}' should not contain any folder inside '${inFolder}'. Please remove the ${plural(subfolders.length, 'folder', 'folders')} ${subfolders.join(', ')}.`);
  }
  const solutionNames = filesAt(pkg.entries, `${folder}/`).filter(isZipName);
  const solutions = solutionNames.map((name) => ({ name, zip: pkg.zips[`${folder}/${name}`] }));
  const plugin = solutions.some((s) => s.zip?.nodes?.aiPlugin === true);
  const expected = plugin ? 3 : 2;
  if (solutionNames.length === 0) {
    say(`The package folder '${folder}' does not contain solution zip files in '${inFolder}'. Please add the required connector and flow solution zip files.`);
    return;
  }
  if (solutionNames.length !== expected) {
    say(plugin
      ? `The package folder '${folder}' should contain connector, flow and AIplugin solution zip files in '${inFolder}'. Please have all the three solution zip files as this is a plugin connector.`
      : `The package folder '${folder}' should contain only connector and flow solution zip files in '${inFolder}'; it holds ${solutionNames.length} (${solutionNames.join(', ')}).`);
    return;
  }
  let connectorSolution = false;
  let flowSolution = false;
  let pluginSolution = false;
  for (const { name, zip } of solutions) {
    if (zip === undefined) continue;
    if (zip.unreadable !== undefined) {
      say(`The solution zip file '${name}' in '${inFolder}' could not be read: ${zip.unreadable}.`);
      return;
    }
    const files = filesAt(zip.entries, '');
    const missing = SOLUTION_FILES.filter((f) => !files.includes(f));
    if (missing.length > 0) {
      say(`The solution zip file '${name}' in '${inFolder}' should contain three files namely '[Content_Types].xml', 'customizations.xml', 'solution.xml'. Please add the missing '${missing.join(', ')}' to the solution zip file. These files are present in an exported solution and should not be modified or removed.`);
      return;
    }
    const nodes = zip.nodes ?? { connector: false, workflows: false, aiPlugin: false };
    const present = new Set(foldersAt(zip.entries, ''));
    const needed = [nodes.connector || nodes.workflows || nodes.aiPlugin ? 'Connector' : undefined, nodes.workflows ? 'Workflows' : undefined, ...(nodes.aiPlugin ? ['aiplugins', 'aipluginoperations'] : [])];
    const absent = needed.filter((f): f is string => f !== undefined && !present.has(f));
    if (absent.length > 0) {
      say(`The solution zip file '${name}' in '${inFolder}' should contain ${plural(absent.length, 'folder namely', 'folders namely')} '${absent.join("', '")}'. The folders should match the customizations.xml file: export the solution again.`);
      return;
    }
    if (nodes.connector && !nodes.workflows && !nodes.aiPlugin) connectorSolution = true;
    if (nodes.connector && nodes.workflows && !nodes.aiPlugin) flowSolution = true;
    if (nodes.connector && !nodes.workflows && nodes.aiPlugin) pluginSolution = true;
  }
  if (!connectorSolution) {
    say(`Connector solution in '${inFolder}' is invalid. Connector solution should only contain 'Connector' folder. Validate the connector solution has no extra component except 'Connector'. If not so, please remove them from the solution and export again.`);
  } else if (!flowSolution) {
    say(`Flow solution in '${inFolder}' is invalid. Flow solution should contain both 'Connector' and 'Workflows' folders. Validate the flow solution has both 'Connector' and 'Workflows' components. If not so, please recreate the solution and export again.`);
  } else if (plugin && !pluginSolution) {
    say(`Plugin solution in '${inFolder}' is invalid. Plugin solution should contain 'Connector', 'aiplugins' and 'aipluginoperations' folders.`);
  }
}
