import { describe, expect, it } from 'vitest';
import { PackageError, type PackageErrorCode } from '../../../main/core/package/package-error';
import { readPackageZip } from '../../../main/core/package/read-zip';
import { writeZip } from '../../../main/core/package/write-zip';
import { craftZip } from './craft-zip';

const SWAGGER = '{"swagger":"2.0","info":{"title":"Demo"}}';
const PROPS = '{"properties":{"iconBrandColor":"#123456"}}';
const text = (s: string) => new TextEncoder().encode(s);
const asText = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

async function refusal(bytes: Uint8Array, limits = {}): Promise<PackageError> {
  try {
    await readPackageZip(bytes, limits);
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  throw new Error('the zip was accepted');
}

async function expectRefused(bytes: Uint8Array, code: PackageErrorCode, entry?: string, limits = {}) {
  const error = await refusal(bytes, limits);
  expect(error.code).toBe(code);
  if (entry !== undefined) {
    expect(error.entry).toBe(entry);
    expect(error.message).toContain(entry);
  }
}

describe('readPackageZip: well-formed packages', () => {
  it('reads connector files at the root, keyed by canonical name, keeping the original readme name', async () => {
    const zip = await writeZip([
      { name: 'apiDefinition.swagger.json', bytes: text(SWAGGER) },
      { name: 'apiProperties.json', bytes: text(PROPS) },
      { name: 'README.md', bytes: text('# Demo') },
      { name: '.connector-studio.json', bytes: text('{"format":"connector-studio/1"}') },
      { name: 'notes.txt', bytes: text('not a connector file') },
    ]);
    const contents = await readPackageZip(zip);
    expect(contents.folder).toBeNull();
    expect([...contents.files.keys()].sort()).toEqual(['.connector-studio.json', 'apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']);
    expect(asText(contents.files.get('readme.md'))).toBe('# Demo');
    expect(contents.originalNames.get('readme.md')).toBe('README.md');
    expect(contents.ignored).toEqual(['notes.txt']);
  });

  it('strips a single top-level folder and ignores macOS metadata', async () => {
    const zip = craftZip([
      { name: 'My Connector/' },
      { name: 'My Connector/apiDefinition.swagger.json', data: SWAGGER },
      { name: 'My Connector/apiProperties.json', data: PROPS, method: 'store' },
      { name: '__MACOSX/My Connector/._apiDefinition.swagger.json', data: 'x' },
      { name: 'My Connector/.DS_Store', data: 'x' },
    ]);
    const contents = await readPackageZip(zip);
    expect(contents.folder).toBe('My Connector');
    expect(asText(contents.files.get('apiDefinition.swagger.json'))).toBe(SWAGGER);
    expect(asText(contents.files.get('apiProperties.json'))).toBe(PROPS);
    expect(contents.ignored).toEqual(['__MACOSX/My Connector/._apiDefinition.swagger.json', 'My Connector/.DS_Store']);
  });

  it('never inflates the entries it ignores (a bomb or damaged data beside the connector is only reported)', async () => {
    const zip = craftZip([
      { name: 'apiProperties.json', data: PROPS },
      { name: 'huge.bin', data: new Uint8Array(4 * 1024 * 1024), declaredSize: 100 },
    ]);
    const contents = await readPackageZip(zip);
    expect(contents.ignored).toEqual(['huge.bin']);
    expect(contents.files.size).toBe(1);
  });

  it('keeps bytes exactly, BOM and CRLF included', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...text('{\r\n  "a": "é"\r\n}')]);
    const contents = await readPackageZip(await writeZip([{ name: 'apiProperties.json', bytes }]));
    expect(contents.files.get('apiProperties.json')).toEqual(bytes);
  });
});

describe('readPackageZip: hostile and broken zips', () => {
  it('refuses a file that is not a zip', async () => {
    const error = await refusal(text('{"swagger":"2.0"}'));
    expect(error.code).toBe('not-a-zip');
    expect(error.message).toBe('This file is not a zip archive.');
    await expectRefused(new Uint8Array(), 'not-a-zip');
  });

  it('refuses a truncated zip', async () => {
    const zip = await writeZip([{ name: 'apiDefinition.swagger.json', bytes: text(SWAGGER.repeat(50)) }]);
    await expectRefused(zip.subarray(0, zip.length - 30), 'truncated');
    await expectRefused(zip.subarray(0, 60), 'truncated');
  });

  it.each([
    ['../apiDefinition.swagger.json'],
    ['conn/../../etc/passwd'],
    ['/etc/apiProperties.json'],
    ['C:/Windows/apiProperties.json'],
    ['c:apiProperties.json'],
    ['conn\\apiProperties.json'],
    ['..\\..\\apiProperties.json'],
    ['conn//apiProperties.json'],
    ['./apiProperties.json'],
  ])('refuses the zip-slip name %s', async (name) => {
    await expectRefused(craftZip([{ name, data: PROPS }]), 'unsafe-name', name);
  });

  it('refuses symlink entries, even with an allowed name', async () => {
    const zip = craftZip([{ name: 'apiDefinition.swagger.json', data: '/etc/passwd', method: 'store', externalAttributes: (0o120777 << 16) >>> 0 }]);
    await expectRefused(zip, 'symlink', 'apiDefinition.swagger.json');
  });

  it('refuses encrypted entries', async () => {
    await expectRefused(craftZip([{ name: 'apiProperties.json', data: PROPS, flags: 0x1 }]), 'encrypted', 'apiProperties.json');
  });

  it('refuses duplicate names, exact or differing only in case', async () => {
    await expectRefused(
      craftZip([{ name: 'apiProperties.json', data: PROPS }, { name: 'apiProperties.json', data: '{}' }]),
      'duplicate-entry',
      'apiProperties.json',
    );
    await expectRefused(craftZip([{ name: 'readme.md', data: 'a' }, { name: 'README.md', data: 'b' }]), 'duplicate-entry', 'README.md');
  });

  it('refuses folders nested beyond one level', async () => {
    await expectRefused(craftZip([{ name: 'a/b/apiProperties.json', data: PROPS }]), 'nested-folder', 'a/b/apiProperties.json');
    await expectRefused(craftZip([{ name: 'a/b/' }]), 'nested-folder', 'a/b/');
  });

  it('refuses more than one connector', async () => {
    await expectRefused(
      craftZip([
        { name: 'One/apiDefinition.swagger.json', data: SWAGGER },
        { name: 'Two/apiDefinition.swagger.json', data: SWAGGER },
      ]),
      'multiple-connectors',
      'Two/apiDefinition.swagger.json',
    );
    await expectRefused(
      craftZip([{ name: 'apiDefinition.swagger.json', data: SWAGGER }, { name: 'Other/apiProperties.json', data: PROPS }]),
      'multiple-connectors',
      'Other/apiProperties.json',
    );
  });

  it('caps the number of entries', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `extra-${i}.txt`, data: 'x' }));
    const error = await refusal(craftZip(entries), { maxEntries: 10 });
    expect(error.code).toBe('too-many-entries');
    expect(error.message).toContain('12 entries');
  });

  it('caps declared per-entry and total sizes before inflating', async () => {
    const big = 'x'.repeat(5000);
    await expectRefused(craftZip([{ name: 'readme.md', data: big }]), 'entry-too-large', 'readme.md', { maxEntryBytes: 4096 });
    const error = await refusal(
      craftZip([{ name: 'readme.md', data: big }, { name: 'intro.md', data: big }]),
      { maxEntryBytes: 8000, maxTotalBytes: 9000 },
    );
    expect(error.code).toBe('total-too-large');
  });

  it('refuses a zip bomb by its compression ratio', async () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    await expectRefused(craftZip([{ name: 'apiDefinition.swagger.json', data: zeros }]), 'compression-ratio', 'apiDefinition.swagger.json');
  });

  it('counts real bytes when the declared size is smaller than the content (a lying header)', async () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    // Declares 100 bytes: passes the declared-size and ratio checks, then inflates to megabytes.
    const lying = craftZip([{ name: 'apiDefinition.swagger.json', data: zeros, declaredSize: 100 }]);
    await expectRefused(lying, 'size-mismatch', 'apiDefinition.swagger.json');
    // A declared size within the caps does not let the real content run past it.
    const atCap = craftZip([{ name: 'readme.md', data: zeros, declaredSize: 1024 * 1024 }]);
    await expectRefused(atCap, 'size-mismatch', 'readme.md', { maxEntryBytes: 2 * 1024 * 1024 });
  });

  it('refuses an entry packed with a compression method other than store or deflate', async () => {
    const zip = craftZip([{ name: 'apiProperties.json', data: PROPS, method: 'store' }]);
    const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    buffer.writeUInt16LE(12, 8); // local header: bzip2
    buffer.writeUInt16LE(12, buffer.indexOf('PK\x01\x02') + 10); // central directory: bzip2
    const error = await refusal(zip);
    expect(error.code).toBe('corrupt-entry');
    expect(error.message).toContain('compression method (12)');
  });

  it('refuses an entry whose content does not match its checksum', async () => {
    const zip = craftZip([{ name: 'apiProperties.json', data: PROPS, method: 'store' }]);
    zip[30 + 'apiProperties.json'.length] ^= 0xff; // flip the first data byte
    await expectRefused(zip, 'corrupt-entry', 'apiProperties.json');
  });
});
