/**
 * The secrets IPC area over a real test Host (AES-GCM cipher, temp data folder): per-project references, values
 * never returned, nothing readable on disk, session-only storage where the OS offers none, secrets of an unsaved
 * project carried to its folder on first save and copied along a "Save As".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createSecretsHandlers, projectKey, projectSecretsFor } from '../../../main/api/secrets';
import { BASIC_TEXT_REASON } from '../../../main/core/security/secret-store';
import { aesCipher, createTestHost, type TestHost } from '../../support/test-host';
import { filesUnder } from '../../support/files';

const SECRET = 'cs-client-secret-9f8e7d6c5b4a3210';
const dirs: string[] = [];

function host(backend?: string): TestHost {
  const h = createTestHost();
  dirs.push(h.dataDir);
  if (backend) h.secretCipher = aesCipher(backend);
  return h;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('secrets handlers', () => {
  it('stores a secret per project and field, tied to its host, and never returns the value', async () => {
    const h = host();
    const api = createSecretsHandlers(h);
    const a = { folder: '/projects/a', session: 's1' };
    const b = { folder: '/projects/b', session: 's2' };
    expect(await api.secretStatus()).toEqual({ persistent: true });
    const info = await api.setSecret(a, 'oauth2:clientSecret', SECRET, 'https://Login.Contoso.com/oauth/token');
    expect(info).toEqual({ field: 'oauth2:clientSecret', present: true, host: 'login.contoso.com' });
    expect(JSON.stringify(info)).not.toContain(SECRET);
    expect(await api.hasSecret(a, 'oauth2:clientSecret')).toEqual({ field: 'oauth2:clientSecret', present: true, host: 'login.contoso.com' });
    expect(await api.hasSecret(b, 'oauth2:clientSecret')).toEqual({ field: 'oauth2:clientSecret', present: false });
    expect(await api.listSecrets(a)).toEqual([{ field: 'oauth2:clientSecret', present: true, host: 'login.contoso.com' }]);
    expect(await projectSecretsFor(h).read(a, 'oauth2:clientSecret')).toEqual({ value: SECRET, host: 'login.contoso.com' });

    for (const file of filesUnder(h.dataDir)) expect(readFileSync(file).includes(SECRET), file).toBe(false);
    expect(readdirSync(join(h.dataDir, 'secrets'))).toHaveLength(1);

    await api.deleteSecret(a, 'oauth2:clientSecret');
    expect((await api.hasSecret(a, 'oauth2:clientSecret')).present).toBe(false);
    await api.setSecret(a, 'param:api_key', SECRET, 'api.contoso.com');
    await api.setSecret(a, 'param:api_key', '', 'api.contoso.com');
    expect(await api.listSecrets(a)).toEqual([]);
    api.dispose();
  });

  it('survives a restart of the app (same data folder and OS key)', async () => {
    const h = host();
    const first = createSecretsHandlers(h);
    await first.setSecret({ folder: '/p/x', session: 'one' }, 'param:api_key', SECRET, 'api.contoso.com');
    first.dispose();
    const again = createSecretsHandlers(h);
    expect(await again.hasSecret({ folder: '/p/x/', session: 'two' }, 'param:api_key')).toMatchObject({ present: true, host: 'api.contoso.com' });
    again.dispose();
  });

  it('keeps secrets for the session only on Linux basic_text, and says why', async () => {
    const h = host('basic_text');
    const api = createSecretsHandlers(h);
    expect(await api.secretStatus()).toEqual({ persistent: false, reason: BASIC_TEXT_REASON });
    const scope = { folder: '/p/y', session: 's' };
    await api.setSecret(scope, 'param:password', SECRET, 'api.contoso.com');
    expect(await api.hasSecret(scope, 'param:password')).toEqual({ field: 'param:password', present: true, host: 'api.contoso.com', sessionOnly: true });
    expect(filesUnder(h.dataDir)).toEqual([]);
    api.dispose();
  });

  it('holds an unsaved project\'s secrets in memory, then moves them under its folder when saved', async () => {
    const h = host();
    const api = createSecretsHandlers(h);
    const unsaved = { folder: null, session: 'new-1' };
    expect(await api.setSecret(unsaved, 'oauth2:clientSecret', SECRET, 'login.contoso.com')).toMatchObject({ present: true, pendingSave: true });
    expect(filesUnder(h.dataDir)).toEqual([]);
    const saved = { folder: join(h.dataDir, '..', 'Contoso'), session: 'new-1' };
    expect(await api.hasSecret(saved, 'oauth2:clientSecret')).toEqual({ field: 'oauth2:clientSecret', present: true, host: 'login.contoso.com' });
    expect(await api.hasSecret(unsaved, 'oauth2:clientSecret')).toMatchObject({ present: false });
    // Save As: the new folder gets a copy, the old folder keeps its own.
    const copy = { folder: '/elsewhere/Contoso copy', session: 'new-1' };
    expect((await api.hasSecret(copy, 'oauth2:clientSecret')).present).toBe(true);
    expect((await api.hasSecret({ folder: saved.folder, session: 'other' }, 'oauth2:clientSecret')).present).toBe(true);
    api.dispose();
  });

  it('refuses secrets without a project, a field or a host', async () => {
    const api = createSecretsHandlers(host());
    await expect(api.setSecret({ folder: '/p', session: '' }, 'f', 'v', 'h')).rejects.toThrow(/open project/);
    await expect(api.setSecret({ folder: '/p', session: 's' }, '', 'v', 'h')).rejects.toThrow(/field/);
    await expect(api.setSecret({ folder: '/p', session: 's' }, 'f', 'v', '')).rejects.toThrow(/host/);
    await expect(api.setSecret({ folder: null, session: 's' }, 'f', 'v', ' ')).rejects.toThrow(/host/);
    api.dispose();
  });

  it('names a saved project by its absolute folder, ignoring case where the file system does', () => {
    expect(projectKey('/a/b/', 'linux')).toBe('/a/b');
    expect(projectKey('/a/B', 'linux')).not.toBe(projectKey('/a/b', 'linux'));
    expect(projectKey('/a/B', 'darwin')).toBe(projectKey('/a/b', 'darwin'));
  });
});
