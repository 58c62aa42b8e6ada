/**
 * A thin promise wrapper over yauzl for reading a zip held in memory: open, list the central
 * directory, inflate one entry with a byte budget. yauzl's own string decoding is off so that unsafe
 * names reach our checks (and our messages) instead of failing inside yauzl.
 */
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { PackageError } from './package-error';

/** yauzl 3 exports this decoder (UTF-8 flag, Info-ZIP unicode path, else CP437); its types lag behind. */
const { getFileNameLowLevel } = yauzl as unknown as {
  getFileNameLowLevel(flags: number, raw: Buffer, extra: Entry['extraFields'], strictFileNames: boolean): string;
};

const LOCAL_HEADER_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const STORED = 0;
const DEFLATED = 8;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export interface ArchiveEntry {
  name: string;
  isDirectory: boolean;
  isSymlink: boolean;
  isEncrypted: boolean;
  compressedSize: number;
  /** As declared by the zip: may lie, so reads count real bytes. */
  uncompressedSize: number;
  raw: Entry;
}

export async function openArchive(bytes: Uint8Array): Promise<ZipFile> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false }, (error, zip) => {
      if (!error && zip) return resolve(zip);
      const startsLikeZip = LOCAL_HEADER_SIGNATURE.every((b, i) => bytes[i] === b);
      reject(
        startsLikeZip
          ? new PackageError('truncated', 'This zip archive is incomplete or damaged (it may have been cut short while downloading).')
          : new PackageError('not-a-zip', 'This file is not a zip archive.'),
      );
    });
  });
}

export async function listEntries(zip: ZipFile): Promise<ArchiveEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: ArchiveEntry[] = [];
    zip.on('entry', (raw: Entry) => {
      const name = getFileNameLowLevel(
        raw.generalPurposeBitFlag,
        raw.fileName as unknown as Buffer,
        raw.extraFields,
        true,
      );
      entries.push({
        name,
        isDirectory: name.endsWith('/'),
        isSymlink: ((raw.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK,
        isEncrypted: raw.isEncrypted(),
        compressedSize: raw.compressedSize,
        uncompressedSize: raw.uncompressedSize,
        raw,
      });
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', () =>
      reject(new PackageError('truncated', 'This zip archive is incomplete or damaged: its list of files cannot be read.')),
    );
    zip.readEntry();
  });
}

/**
 * Inflates one entry, counting real bytes: `budget(total)` is called as data arrives and throws to stop.
 * A CRC mismatch or a size that differs from the declared one is refused.
 */
export async function readEntry(zip: ZipFile, entry: ArchiveEntry, budget: (bytesSoFar: number) => void): Promise<Uint8Array> {
  const corrupt = () =>
    new PackageError('corrupt-entry', `The zip entry "${entry.name}" is damaged and cannot be read.`, entry.name);
  if (entry.raw.compressionMethod !== STORED && entry.raw.compressionMethod !== DEFLATED) {
    throw new PackageError(
      'corrupt-entry',
      `The zip entry "${entry.name}" uses a compression method (${entry.raw.compressionMethod}) that cannot be read; zip it again with standard (deflate) compression.`,
      entry.name,
    );
  }
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
    zip.openReadStream(entry.raw, (error, readStream) => (error || !readStream ? reject(corrupt()) : resolve(readStream)));
  });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      (stream as unknown as { destroy(): void }).destroy();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      if (failed) return;
      total += chunk.length;
      try {
        if (total > entry.uncompressedSize) throw sizeMismatch(entry);
        budget(total);
      } catch (error) {
        return fail(error);
      }
      chunks.push(chunk);
    });
    stream.on('error', () => fail(corrupt()));
    stream.on('end', () => {
      if (failed) return;
      if (total !== entry.uncompressedSize) return fail(sizeMismatch(entry));
      const data = Buffer.concat(chunks, total);
      if (crc32(data) !== entry.raw.crc32) return fail(corrupt());
      resolve(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    });
  });
}

function sizeMismatch(entry: ArchiveEntry): PackageError {
  return new PackageError(
    'size-mismatch',
    `The zip entry "${entry.name}" does not hold the ${entry.uncompressedSize} bytes it declares; the package may have been tampered with.`,
    entry.name,
  );
}
