/**
 * Reads a connector package zip into memory (issue 2's zip import). Nothing is extracted to disk and
 * entry names are never used as paths: entries are matched against an allow-list and read into
 * buffers with caps on count, size and compression ratio, counting real bytes because declared
 * sizes lie. Every refusal is a PackageError with a code and a message naming the entry.
 */
import type { ZipFile } from 'yauzl';
import { PackageError } from './package-error';
import type { PackageFileName } from './package-files';
import { planPackageLayout } from './package-layout';
import { listEntries, openArchive, readEntry, type ArchiveEntry } from './zip-archive';

export interface ZipLimits {
  /** Entries in the central directory (files and folders). */
  maxEntries: number;
  /** Uncompressed bytes of one connector file. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all connector files together. */
  maxTotalBytes: number;
  /** Uncompressed/compressed ratio above which an entry is treated as a zip bomb... */
  maxRatio: number;
  /** ...once it is larger than this (small files can legitimately compress very well). */
  ratioFloorBytes: number;
}

const MiB = 1024 * 1024;

/** Generous for real connectors: the largest certified swagger is 1.1 MB and compresses about 15x. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 200,
  maxEntryBytes: 32 * MiB,
  maxTotalBytes: 64 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
};

export interface PackageContents {
  /** Connector files keyed by canonical name (apiDefinition.swagger.json, readme.md, icon.png…). */
  files: Map<PackageFileName, Uint8Array>;
  /** The name each file had in the zip, without the folder (e.g. "README.md"), to write it back as it came. */
  originalNames: Map<PackageFileName, string>;
  /** The single top-level folder that held the files (stripped), or null. */
  folder: string | null;
  /** Entries that are not connector files: reported to the user, never read. */
  ignored: string[];
}

export async function readPackageZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): Promise<PackageContents> {
  const caps = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const zip = await openArchive(bytes);
  try {
    if (zip.entryCount > caps.maxEntries) {
      throw new PackageError('too-many-entries', `The zip holds ${zip.entryCount} entries; a connector package holds at most ${caps.maxEntries}.`);
    }
    const entries = await listEntries(zip);
    for (const entry of entries) refuseUnreadable(entry);
    const layout = planPackageLayout(entries);
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    const chosen = [...layout.wanted].map(([canonical, name]) => ({ canonical, entry: byName.get(name)! }));
    checkDeclaredSizes(chosen.map((c) => c.entry), caps);
    const contents: PackageContents = { files: new Map(), originalNames: new Map(), folder: layout.folder, ignored: layout.ignored };
    await readChosen(zip, chosen, caps, contents);
    return contents;
  } finally {
    zip.close();
  }
}

function refuseUnreadable(entry: ArchiveEntry): void {
  if (entry.isSymlink) {
    throw new PackageError('symlink', `The zip entry "${entry.name}" is a symbolic link; packages may only hold plain files.`, entry.name);
  }
  if (entry.isEncrypted) {
    throw new PackageError('encrypted', `The zip entry "${entry.name}" is password-protected; export the package again without encryption.`, entry.name);
  }
}

function checkDeclaredSizes(entries: ArchiveEntry[], caps: ZipLimits): void {
  let total = 0;
  for (const entry of entries) {
    checkEntryBytes(entry, entry.uncompressedSize, caps);
    total += entry.uncompressedSize;
  }
  checkTotalBytes(total, caps);
}

function checkEntryBytes(entry: ArchiveEntry, bytes: number, caps: ZipLimits): void {
  if (bytes > caps.maxEntryBytes) {
    throw new PackageError('entry-too-large', `The zip entry "${entry.name}" is larger than ${formatMiB(caps.maxEntryBytes)} once unpacked.`, entry.name);
  }
  if (bytes > caps.ratioFloorBytes && bytes / Math.max(entry.compressedSize, 1) > caps.maxRatio) {
    throw new PackageError(
      'compression-ratio',
      `The zip entry "${entry.name}" unpacks to more than ${caps.maxRatio} times its packed size, which is how zip bombs look; the package was refused.`,
      entry.name,
    );
  }
}

function checkTotalBytes(total: number, caps: ZipLimits): void {
  if (total > caps.maxTotalBytes) {
    throw new PackageError('total-too-large', `The connector files in this zip add up to more than ${formatMiB(caps.maxTotalBytes)} once unpacked.`);
  }
}

async function readChosen(
  zip: ZipFile,
  chosen: { canonical: PackageFileName; entry: ArchiveEntry }[],
  caps: ZipLimits,
  into: PackageContents,
): Promise<void> {
  let totalBefore = 0;
  for (const { canonical, entry } of chosen) {
    const data = await readEntry(zip, entry, (soFar) => {
      checkEntryBytes(entry, soFar, caps);
      checkTotalBytes(totalBefore + soFar, caps);
    });
    totalBefore += data.byteLength;
    into.files.set(canonical, data);
    into.originalNames.set(canonical, entry.name.slice(entry.name.lastIndexOf('/') + 1));
  }
}

function formatMiB(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MB` : `${bytes} bytes`;
}
