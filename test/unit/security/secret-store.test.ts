/**
 * The secret store with a real AES-256-GCM cipher in real temp folders: nothing readable on disk, nothing
 * written when the OS cannot protect it, host binding kept, a damaged file costs only its own secret.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BASIC_TEXT_REASON,
  NOT_AVAILABLE_REASON,
  SecretStoreError,
  createSecretStore,
  normaliseHost,
} from '../../../main/core/security/secret-store';
import { aesCipher } from '../../support/test-host';

async function allFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

let root: string;
let userData: string;
let project: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'secret-store-'));
  userData = join(root, 'userData');
  project = join(root, 'project');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const SECRETS = {
  'contoso:param:api_key': ['sk-live-4f9a8b7c6d5e4f3a2b1c', 'api.contoso.com'],
  'contoso:param:password': ['pässwörd with ünïcode ✓', 'https://Login.Contoso.com/v1'],
  'fabrikam:oauth2:clientSecret': ['Zx9~q.8Wp_client_secret', 'login.microsoftonline.com'],
} as const;

describe('createSecretStore with OS encryption', () => {
  it('keeps secrets across store instances, tied to their hosts', async () => {
    const cipher = aesCipher();
    const store = createSecretStore({ dir: userData, cipher });
    expect(store.persistent).toBe(true);
    expect(store.reason).toBeUndefined();
    for (const [ref, [value, host]] of Object.entries(SECRETS)) await store.set(ref, value, host);

    const reopened = createSecretStore({ dir: userData, cipher });
    for (const [ref, [value]] of Object.entries(SECRETS)) expect(await reopened.get(ref)).toBe(value);
    expect(await reopened.hostOf('contoso:param:password')).toBe('login.contoso.com');
    expect(await reopened.list()).toEqual([
      { ref: 'contoso:param:api_key', host: 'api.contoso.com' },
      { ref: 'contoso:param:password', host: 'login.contoso.com' },
      { ref: 'fabrikam:oauth2:clientSecret', host: 'login.microsoftonline.com' },
    ]);
    expect(await reopened.get('missing')).toBeUndefined();
    expect(await reopened.hostOf('missing')).toBeUndefined();
  });

  it('re-entering a secret for another host rebinds it; delete forgets it', async () => {
    const store = createSecretStore({ dir: userData, cipher: aesCipher() });
    await store.set('k', 'one', 'api.contoso.com');
    await store.set('k', 'two', 'eu.api.contoso.com');
    expect([await store.get('k'), await store.hostOf('k')]).toEqual(['two', 'eu.api.contoso.com']);
    await store.delete('k');
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    expect(await allFiles(userData)).toEqual([]);
  });

  it('never writes a value, a reference or a host in the clear, and nothing outside its folder', async () => {
    const store = createSecretStore({ dir: userData, cipher: aesCipher() });
    for (const [ref, [value, host]] of Object.entries(SECRETS)) await store.set(ref, value, host);
    const files = await allFiles(userData);
    expect(files).toHaveLength(3);
    for (const file of files) {
      const bytes = await readFile(file);
      for (const [ref, [value]] of Object.entries(SECRETS)) {
        for (const needle of [value, ref, 'contoso']) {
          for (const encoding of ['utf8', 'utf16le', 'base64', 'hex'] as const) {
            const text = encoding === 'utf8' || encoding === 'utf16le' ? Buffer.from(needle, encoding) : Buffer.from(Buffer.from(needle).toString(encoding));
            expect(bytes.includes(text), `${file} holds ${needle} (${encoding})`).toBe(false);
          }
        }
      }
      expect(file.includes('contoso')).toBe(false);
    }
    expect(await allFiles(project)).toEqual([]);
    expect((await readdir(root)).sort()).toEqual(['userData']);
  });

  it('a damaged file gives a clear error for its secret and loses no other', async () => {
    const cipher = aesCipher();
    const store = createSecretStore({ dir: userData, cipher });
    for (const [ref, [value, host]] of Object.entries(SECRETS)) await store.set(ref, value, host);
    const before = await allFiles(userData);
    await store.set('victim', 'to be damaged', 'api.contoso.com');
    const [victim] = (await allFiles(userData)).filter((f) => !before.includes(f));
    const bytes = await readFile(victim);
    bytes[bytes.length - 20] ^= 0xff;
    await writeFile(victim, bytes);

    await expect(store.get('victim')).rejects.toThrow(SecretStoreError);
    await expect(store.get('victim')).rejects.toThrow(/"victim" cannot be read: its file is damaged .* Enter it again/);
    await expect(store.hostOf('victim')).rejects.toThrow(SecretStoreError);
    for (const [ref, [value]] of Object.entries(SECRETS)) expect(await store.get(ref)).toBe(value);
    expect((await store.list()).map((e) => e.ref)).toEqual(Object.keys(SECRETS));

    await store.set('victim', 'entered again', 'api.contoso.com');
    expect(await store.get('victim')).toBe('entered again');
  });

  it('a store written with another key (another user account) reads as damaged, not as garbage', async () => {
    await createSecretStore({ dir: userData, cipher: aesCipher() }).set('k', 'v', 'api.contoso.com');
    const other = createSecretStore({ dir: userData, cipher: aesCipher() });
    await expect(other.get('k')).rejects.toThrow(SecretStoreError);
    expect(await other.list()).toEqual([]);
  });

  it('refuses a secret with no host', async () => {
    const store = createSecretStore({ dir: userData, cipher: aesCipher() });
    await expect(store.set('k', 'v', '  ')).rejects.toThrow(/host/);
  });
});

describe('createSecretStore without real protection', () => {
  it.each([
    ['encryption unavailable', aesCipher('gnome_libsecret', false), NOT_AVAILABLE_REASON],
    ["the 'basic_text' backend", aesCipher('basic_text'), BASIC_TEXT_REASON],
  ])('%s: session-only, in memory, and writes nothing', async (_label, cipher, reason) => {
    const store = createSecretStore({ dir: userData, cipher });
    expect(store.persistent).toBe(false);
    expect(store.reason).toBe(reason);
    for (const [ref, [value, host]] of Object.entries(SECRETS)) await store.set(ref, value, host);
    expect(await store.get('contoso:param:api_key')).toBe(SECRETS['contoso:param:api_key'][0]);
    expect(await store.hostOf('contoso:param:password')).toBe('login.contoso.com');
    expect(await store.list()).toHaveLength(3);
    await store.delete('contoso:param:api_key');
    expect(await store.get('contoso:param:api_key')).toBeUndefined();
    expect(existsSync(userData)).toBe(false);
    expect(await readdir(root)).toEqual([]);

    const nextSession = createSecretStore({ dir: userData, cipher });
    expect(await nextSession.list()).toEqual([]);
  });
});

describe('normaliseHost', () => {
  it.each([
    ['api.contoso.com', 'api.contoso.com'],
    ['https://API.Contoso.com/v1/items?x=1', 'api.contoso.com'],
    ['contoso.com:8443', 'contoso.com:8443'],
    ['  Login.Microsoftonline.com ', 'login.microsoftonline.com'],
  ])('%s -> %s', (input, host) => {
    expect(normaliseHost(input)).toBe(host);
  });
});
