/**
 * Decides, from entry names alone, which zip entries form the connector: refuses unsafe names and
 * ambiguous layouts before a single byte is inflated. Entry names are only ever compared as strings,
 * never turned into file paths.
 */
import { PackageError } from './package-error';
import { canonicalPackageName, type PackageFileName } from './package-files';

export interface LayoutEntry {
  name: string;
  isDirectory: boolean;
}

export interface PackageLayout {
  /** The single top-level folder holding the connector files, or null when they sit at the root. */
  folder: string | null;
  /** Entries to read, keyed by canonical name, with the name as spelled in the zip. */
  wanted: Map<PackageFileName, string>;
  /** Files that are not connector files (reported, never read). */
  ignored: string[];
}

/** Metadata that archivers add beside the real files (macOS resource forks, Finder and Explorer caches). */
function isArchiverJunk(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return name.startsWith('__MACOSX/') || base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini';
}

/** Refuses names that could escape a folder if some later tool did extract them (zip-slip). */
export function checkEntryName(name: string): void {
  const refuse = (why: string) => {
    throw new PackageError('unsafe-name', `The zip entry "${name}" ${why}, so the package was refused.`, name);
  };
  if (name.length === 0) refuse('has an empty name');
  if (name.includes('\\')) refuse('contains a backslash');
  if (name.startsWith('/')) refuse('is an absolute path');
  if (/^[a-zA-Z]:/.test(name)) refuse('starts with a drive letter');
  if (/[\u0000-\u001f]/.test(name)) refuse('contains control characters');
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.includes('..')) refuse('points outside its folder ("..")');
  if (segments.includes('.') || segments.includes('')) refuse('has an empty or "." path segment');
}

export function planPackageLayout(entries: readonly LayoutEntry[]): PackageLayout {
  const seen = new Set<string>();
  const wanted = new Map<PackageFileName, string>();
  const ignored: string[] = [];
  let folder: string | null | undefined;

  for (const { name, isDirectory } of entries) {
    checkEntryName(name);
    if (seen.has(name)) {
      throw new PackageError('duplicate-entry', `The zip holds "${name}" more than once.`, name);
    }
    seen.add(name);
    if (isArchiverJunk(name)) {
      if (!isDirectory) ignored.push(name);
      continue;
    }
    const segments = name.replace(/\/$/, '').split('/');
    const folderDepth = isDirectory ? segments.length : segments.length - 1;
    if (folderDepth > 1) {
      throw new PackageError(
        'nested-folder',
        `The zip entry "${name}" is nested more than one folder deep; a package holds the connector files at its root or in one folder.`,
        name,
      );
    }
    if (isDirectory) continue;

    const canonical = canonicalPackageName(segments[segments.length - 1]);
    if (canonical === null) {
      ignored.push(name);
      continue;
    }
    const location = segments.length === 2 ? segments[0] : null;
    if (folder !== undefined && folder !== location) {
      throw new PackageError(
        'multiple-connectors',
        `The zip holds more than one connector: "${name}" is outside ${folder === null ? 'the root' : `the folder "${folder}"`} where the other connector files are.`,
        name,
      );
    }
    folder = location;
    const earlier = wanted.get(canonical);
    if (earlier !== undefined) {
      throw new PackageError('duplicate-entry', `The zip holds both "${earlier}" and "${name}"; keep only one.`, name);
    }
    wanted.set(canonical, name);
  }
  return { folder: folder ?? null, wanted, ignored };
}
