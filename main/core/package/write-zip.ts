/**
 * Deterministic zip writing: the same files always give the same bytes, on any machine and in any
 * time zone, so an exported package can be compared, hashed and re-exported identically.
 * Recipe (TOOLCHAIN.md "Zip"): sorted entries, one fixed DOS timestamp shifted by the local offset
 * (yazl writes local time), mode 0o100644, a fixed compression level.
 */
import yazl from 'yazl';

export interface ZipEntryInput {
  name: string;
  bytes: Uint8Array;
}

/**
 * Called as the archive is produced: bytes written so far, and the final size once known. yazl can only
 * predict the size of stored entries, so with compression `total` is null until the last call, where it
 * equals `written`.
 */
export type ZipProgress = (written: number, total: number | null) => void;

/** 2000-01-01T00:00:00Z: inside the DOS date range in every time zone, and far from any DST switch. */
const FIXED_TIME = Date.UTC(2000, 0, 1);
export const ZIP_COMPRESSION_LEVEL = 6;
const FILE_MODE = 0o100644;

/** yazl writes the local wall-clock time; shifting by the offset makes that wall clock always read FIXED_TIME in UTC. */
function fixedLocalMtime(): Date {
  const fixed = new Date(FIXED_TIME);
  return new Date(fixed.getTime() + fixed.getTimezoneOffset() * 60_000);
}

/**
 * A zip built entry by entry, in sorted order. Each entry starts compressing on libuv's thread pool as
 * soon as it is added, so a caller can add the big files first and keep working on the main thread
 * (the export scans for secrets meanwhile). A zip that is never finished is simply dropped.
 */
export class DeterministicZip {
  private readonly zip = new yazl.ZipFile();
  private readonly mtime = fixedLocalMtime();
  private lastName: string | null = null;
  private readonly bytes: Promise<Uint8Array>;

  constructor(onProgress?: ZipProgress) {
    this.bytes = new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let written = 0;
      this.zip.outputStream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        written += chunk.length;
        onProgress?.(written, null);
      });
      this.zip.outputStream.on('error', reject);
      this.zip.outputStream.on('end', () => {
        onProgress?.(written, written);
        const out = Buffer.concat(chunks, written);
        resolve(new Uint8Array(out.buffer, out.byteOffset, out.byteLength));
      });
    });
  }

  /** Entries must come in strictly increasing byte order of their names: that order is part of the determinism. */
  add(entry: ZipEntryInput): void {
    if (this.lastName !== null && !(entry.name > this.lastName)) {
      throw new Error(
        entry.name === this.lastName ? `Two zip entries are named "${entry.name}".` : `Zip entry "${entry.name}" was added after "${this.lastName}": entries must be added in sorted order.`,
      );
    }
    this.lastName = entry.name;
    const buffer = Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength);
    this.zip.addBuffer(buffer, entry.name, { mtime: this.mtime, mode: FILE_MODE, compressionLevel: ZIP_COMPRESSION_LEVEL, forceDosTimestamp: true });
  }

  finish(): Promise<Uint8Array> {
    this.zip.end();
    return this.bytes;
  }
}

export function sortZipEntries<T extends { name: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function writeZip(entries: readonly ZipEntryInput[], onProgress?: ZipProgress): Promise<Uint8Array> {
  const zip = new DeterministicZip(onProgress);
  for (const entry of sortZipEntries(entries)) zip.add(entry);
  return zip.finish();
}
