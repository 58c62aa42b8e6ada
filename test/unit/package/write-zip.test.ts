import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { readPackageZip } from '../../../main/core/package/read-zip';
import { writeZip } from '../../../main/core/package/write-zip';

const text = (s: string) => new TextEncoder().encode(s);
const ENTRIES = [
  { name: 'readme.md', bytes: text('# Demo\r\n\r\nA connector.\r\n') },
  { name: 'apiDefinition.swagger.json', bytes: text('{"swagger":"2.0"}'.repeat(200)) },
  { name: 'apiProperties.json', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...text('{"properties":{}}')]) },
];

const work = mkdtempSync(join(tmpdir(), 'write-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the same entries in a separate node process running under the given time zone. */
function zipInTimeZone(tz: string): Uint8Array {
  const script = join(work, 'write.cjs');
  buildSync({
    stdin: {
      contents: `
        import { writeZip } from ${JSON.stringify(resolve(__dirname, '../../../main/core/package/write-zip'))};
        import { writeFileSync } from 'node:fs';
        const entries = ${JSON.stringify(ENTRIES.map((e) => ({ name: e.name, bytes: [...e.bytes] })))}
          .map((e) => ({ name: e.name, bytes: Uint8Array.from(e.bytes) }));
        writeZip(entries).then((zip) => writeFileSync(process.argv[2], zip));
      `,
      resolveDir: __dirname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: script,
    logLevel: 'silent',
  });
  const out = join(work, `${tz.replace('/', '_')}.zip`);
  execFileSync(process.execPath, [script, out], { env: { ...process.env, TZ: tz } });
  return new Uint8Array(readFileSync(out));
}

describe('writeZip', () => {
  it('gives identical bytes for the same input, whatever the input order', async () => {
    const first = await writeZip(ENTRIES);
    const second = await writeZip([...ENTRIES].reverse());
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('gives identical bytes in other time zones', async () => {
    const here = await writeZip(ENTRIES);
    for (const tz of ['Asia/Kolkata', 'America/Los_Angeles', 'UTC']) {
      expect(Buffer.compare(zipInTimeZone(tz), here), tz).toBe(0);
    }
  });

  it('writes sorted entries, a fixed 2000-01-01 timestamp and mode 0644, readable back', async () => {
    const zip = await writeZip(ENTRIES);
    writeFileSync(join(work, 'check.zip'), zip);
    const contents = await readPackageZip(zip);
    for (const entry of ENTRIES) expect(contents.files.get(entry.name as 'readme.md')).toEqual(entry.bytes);
    // Central directory: names in byte order, DOS date 2000-01-01 00:00, Unix mode 0100644.
    const buffer = Buffer.from(zip);
    const names: string[] = [];
    for (let at = buffer.indexOf('PK\x01\x02'); at !== -1; at = buffer.indexOf('PK\x01\x02', at + 4)) {
      expect(buffer.readUInt16LE(at + 12)).toBe(0); // time 00:00:00
      expect(buffer.readUInt16LE(at + 14)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1);
      expect(buffer.readUInt32LE(at + 38) >>> 16).toBe(0o100644);
      names.push(buffer.toString('utf8', at + 46, at + 46 + buffer.readUInt16LE(at + 28)));
    }
    expect(names).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']);
  });

  it('reports progress up to the final size', async () => {
    const seen: [number, number | null][] = [];
    const zip = await writeZip(ENTRIES, (written, total) => seen.push([written, total]));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[seen.length - 1]).toEqual([zip.length, zip.length]);
  });

  it('refuses two entries with the same name', async () => {
    await expect(writeZip([ENTRIES[0], ENTRIES[0]])).rejects.toThrow('Two zip entries are named "readme.md"');
  });
});
