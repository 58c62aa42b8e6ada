/**
 * Opening anything a user may hand us: a connector folder, a package zip, or a lone Swagger 2.0 file (JSON or
 * YAML). Everything becomes a LoadedProject; every problem is a ProjectError with a message for the user.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LoadedProject } from '../model/project';
import { readPackageZip } from '../package/read-zip';
import { ProjectError } from './errors';
import { canonicalTextFile, isIconFile, isSidecarFile, looksLikeConnectorFolder } from './file-names';
import { projectFromFiles, type RawFile } from './decode-files';
import { importSwaggerText } from './import-swagger';
import { readPackageStructure } from '../validate/package-structure';
import { isPortalPackage } from '../rules/portal-package';

/** Larger inputs are refused before reading: the platform limit is 1 MB, so 64 MB is never a real connector. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export async function openProjectSource(path: string): Promise<LoadedProject> {
  const info = await stat(path).catch(() => {
    throw new ProjectError('not-found', `Nothing was found at ${path}.`);
  });
  if (info.isDirectory()) return openFolder(path);
  if (!info.isFile()) throw new ProjectError('unsupported', `${basename(path)} is neither a folder nor a file.`);
  if (info.size > MAX_INPUT_BYTES) {
    throw new ProjectError('too-large', `${basename(path)} is ${(info.size / 1048576).toFixed(0)} MB; Connector Studio opens files up to 64 MB (the platform limit for a definition is 1 MB).`);
  }
  const bytes = new Uint8Array(await readFile(path));
  if (isZip(bytes) || path.toLowerCase().endsWith('.zip')) return openZip(path, bytes);
  return importSwaggerText(bytes, path);
}

export async function openFolder(dir: string): Promise<LoadedProject> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new ProjectError('unreadable', `The folder ${dir} cannot be read (${error.code ?? error.message}).`);
  });
  const names = entries.filter((e) => e.isFile()).map((e) => e.name);
  if (!looksLikeConnectorFolder(names)) {
    throw new ProjectError('not-a-connector', `${basename(dir)} has no apiDefinition.swagger.json, so it is not a connector folder.`);
  }
  const wanted = names.filter((n) => canonicalTextFile(n) || isIconFile(n) || isSidecarFile(n));
  const raw: RawFile[] = [];
  for (const name of wanted) {
    const full = join(dir, name);
    const size = (await stat(full)).size;
    if (size > MAX_INPUT_BYTES) throw new ProjectError('too-large', `${name} is larger than 64 MB and cannot be opened.`);
    raw.push({ name, bytes: new Uint8Array(await readFile(full)) });
  }
  const project = projectFromFiles(raw, { kind: 'folder', path: dir });
  // The rules look at every name in the folder (e.g. a stray settings.json), not just the ones we read.
  return { ...project, fileNames: names.sort() };
}

async function openZip(path: string, bytes: Uint8Array): Promise<LoadedProject> {
  // Read once at open and kept with the project, so every validation checks the zip as the CLI does (catalogue 6).
  const structure = await readPackageStructure(bytes);
  let contents;
  try {
    contents = await readPackageZip(bytes);
  } catch (error) {
    if (isPortalPackage(structure)) throw portalPackageError(path);
    throw new ProjectError('bad-package', (error as Error).message);
  }
  const raw: RawFile[] = [...contents.files].map(([name, data]) => ({ name: contents.originalNames?.get(name) ?? name, bytes: data }));
  if (!raw.some((f) => canonicalTextFile(f.name) === 'apiDefinition.swagger.json')) {
    if (isPortalPackage(structure)) throw portalPackageError(path);
    throw new ProjectError('not-a-connector', `${basename(path)} holds no apiDefinition.swagger.json, so it is not a connector package.`);
  }
  return { ...projectFromFiles(raw, { kind: 'zip', path }), package: structure };
}

/**
 * A portal package (intro.md beside the Package Deployer zip of solutions, CERTIFICATION.md §2f) is what the
 * certification submission uploads: it holds no connector files to edit, so say what it is and what to open.
 */
function portalPackageError(path: string): ProjectError {
  const name = basename(path);
  return new ProjectError(
    'portal-package',
    `${name} is a portal package (intro.md and a Package Deployer package of solution zips, for the certification submission), not a connector: ` +
      `it holds no apiDefinition.swagger.json to edit. Open the connector's folder, its apiDefinition.swagger.json, or a zip of the connector files instead. ` +
      `To check this package's structure, run: connector-studio validate "${name}"`,
  );
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}
