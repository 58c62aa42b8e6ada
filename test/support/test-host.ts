/**
 * A Host for tests: works in a temp folder, answers dialogs from a script the test sets, and encrypts secrets with
 * a real AES-GCM key. Used by unit tests of the handlers and by the e2e harness (DESIGN.md, Testing).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DialogKind, Host, SecretCipher } from '../../main/host-types';

export interface TestHost extends Host {
  /** Paths the next open dialogs return (null = the user cancels). */
  nextOpen: (string | null)[];
  /** Folders the next Save As dialogs return (null = cancel). */
  nextSaveFolder: (string | null)[];
  /** Paths the next save-file dialogs return (null = cancel). */
  nextSaveFile: (string | null)[];
  opened: string[];
  windowState: { title: string; dirty: boolean };
  closeAllowed: number;
}

/**
 * A real AES-256-GCM cipher with a fresh key (another call = another user account). `backend` and `available` play
 * what Electron's safeStorage reports, e.g. 'basic_text' or no encryption at all on a keyring-less Linux.
 */
export function aesCipher(backend = 'test-aes-gcm', available = true): SecretCipher {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    backend: () => backend,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    decrypt(data) {
      const buffer = Buffer.from(data);
      const decipher = createDecipheriv('aes-256-gcm', key, buffer.subarray(0, 12));
      decipher.setAuthTag(buffer.subarray(12, 28));
      return Buffer.concat([decipher.update(buffer.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

export function createTestHost(options: { dataDir?: string; workerDir?: string } = {}): TestHost {
  const host: TestHost = {
    dataDir: options.dataDir ?? mkdtempSync(join(tmpdir(), 'cs-data-')),
    appVersion: '0.0.0-test',
    platform: process.platform,
    workerDir: options.workerDir ?? resolve(__dirname, '../../dist/main'),
    nextOpen: [],
    nextSaveFolder: [],
    nextSaveFile: [],
    opened: [],
    windowState: { title: '', dirty: false },
    closeAllowed: 0,
    async showOpenDialog(_kind: DialogKind) {
      if (host.nextOpen.length === 0) throw new Error('Test did not script the open dialog');
      return host.nextOpen.shift() ?? null;
    },
    async showSaveFolderDialog() {
      if (host.nextSaveFolder.length === 0) throw new Error('Test did not script the save dialog');
      return host.nextSaveFolder.shift() ?? null;
    },
    async showSaveFileDialog() {
      if (host.nextSaveFile.length === 0) throw new Error('Test did not script the save-file dialog');
      return host.nextSaveFile.shift() ?? null;
    },
    async openExternal(url) {
      host.opened.push(url);
    },
    addRecentDocument() {},
    setWindowState(title, dirty) {
      host.windowState = { title, dirty };
    },
    allowClose() {
      host.closeAllowed++;
    },
    secretCipher: aesCipher(),
  };
  return host;
}
