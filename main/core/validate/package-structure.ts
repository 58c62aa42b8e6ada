/**
 * The structure of a zip handed to the validator, for catalogue 6 (the portal package, CERTIFICATION.md §2f):
 * entry names at every level, and, inside a portal package, the nested package and solution zips opened in
 * memory (never extracted, entry names never used as paths) with a byte budget per zip. A connector-files zip
 * (our own export, a repository folder zipped) has no zip inside: only its entry names are listed.
 */
import type { ZipFile } from 'yauzl';
import type { PackageZip } from '../rules/rule';
import { foldersAt } from '../rules/portal-package';
import { listEntries, openArchive, readEntry, type ArchiveEntry } from '../package/zip-archive';

/** A nested zip or customizations.xml larger than this is not opened (real solution zips are a few MB). */
const MAX_NESTED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 5000;
/** outer zip -> package zip -> solution zips: nothing deeper is looked at. */
const SOLUTION_LEVEL = 3;

/** The structure of a zip's bytes. Never throws: a zip that cannot be read says why in `unreadable`. */
export async function readPackageStructure(bytes: Uint8Array): Promise<PackageZip> {
  return readLevel(bytes, 1);
}

async function readLevel(bytes: Uint8Array, level: number): Promise<PackageZip> {
  let zip: ZipFile | undefined;
  try {
    zip = await openArchive(bytes);
    if (zip.entryCount > MAX_ENTRIES) return { entries: [], zips: {}, unreadable: `it holds ${zip.entryCount} entries` };
    const entries = await listEntries(zip);
    const out: PackageZip = { entries: entries.map((e) => e.name), zips: {} };
    for (const entry of nestedToOpen(entries, level)) {
      const data = await readCapped(zip, entry);
      out.zips[entry.name] = data === undefined ? { entries: [], zips: {}, unreadable: 'it is larger than 64 MB once unpacked' } : await readLevel(data, level + 1);
    }
    if (level === SOLUTION_LEVEL) {
      const customizations = entries.find((e) => e.name === 'customizations.xml');
      const xml = customizations && (await readCapped(zip, customizations));
      if (xml) out.nodes = solutionNodes(new TextDecoder().decode(xml));
    }
    return out;
  } catch (error) {
    return { entries: [], zips: {}, unreadable: (error as Error).message };
  } finally {
    zip?.close();
  }
}

/**
 * The zips the portal check looks into: the one package zip at the root of a portal package (a root with a
 * .zip in it), then the solution zips in the package's single folder.
 */
function nestedToOpen(entries: readonly ArchiveEntry[], level: number): ArchiveEntry[] {
  const zips = (list: readonly ArchiveEntry[]) => list.filter((e) => !e.isDirectory && e.name.toLowerCase().endsWith('.zip'));
  if (level === 1) {
    const atRoot = zips(entries.filter((e) => !e.name.includes('/')));
    return atRoot.length === 1 ? atRoot : [];
  }
  if (level === 2) {
    const folders = foldersAt(entries.map((e) => e.name), '');
    if (folders.length !== 1) return [];
    const prefix = `${folders[0]}/`;
    return zips(entries.filter((e) => e.name.startsWith(prefix) && !e.name.slice(prefix.length).includes('/')));
  }
  return [];
}

async function readCapped(zip: ZipFile, entry: ArchiveEntry): Promise<Uint8Array | undefined> {
  if (entry.uncompressedSize > MAX_NESTED_BYTES) return undefined;
  return readEntry(zip, entry, (soFar) => {
    if (soFar > MAX_NESTED_BYTES) throw new Error('it is larger than 64 MB once unpacked');
  });
}

/** Which components customizations.xml declares: a node counts when it has content or attributes (as Microsoft's check). */
function solutionNodes(xml: string): NonNullable<PackageZip['nodes']> {
  return { connector: hasFilledNode(xml, 'Connector'), workflows: hasFilledNode(xml, 'Workflows'), aiPlugin: hasFilledNode(xml, 'aicopilot_aiplugin') };
}

function hasFilledNode(xml: string, name: string): boolean {
  const open = new RegExp(`<${name}(\\s[^>]*?)?(/?)>`, 'g');
  for (let match = open.exec(xml); match; match = open.exec(xml)) {
    if (match[1] !== undefined && /\S/.test(match[1])) return true;
    if (match[2] === '/') continue;
    const close = xml.indexOf(`</${name}>`, open.lastIndex);
    if (/\S/.test(close < 0 ? xml.slice(open.lastIndex) : xml.slice(open.lastIndex, close))) return true;
  }
  return false;
}
