/**
 * The secret store: API keys, passwords, OAuth client secrets and tokens the author enters (DESIGN.md,
 * "Secrets"). They never go into the project folder or an export. Each is encrypted with the OS secret
 * storage (Electron's safeStorage, passed in as `cipher`) and written, one file per secret, into the app's
 * user-data folder — so a damaged file loses only its own secret. Each secret remembers the host it was
 * entered for; the Test step asks before sending it anywhere else.
 *
 * When the OS offers no real protection (no encryption, or Linux's 'basic_text' fallback that only
 * obfuscates), secrets stay in memory for the session and nothing is written.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** What the store needs from the OS: Electron's safeStorage fits this shape. */
export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  /** e.g. safeStorage.getSelectedStorageBackend(); 'basic_text' means not really protected. */
  backend(): string;
  encrypt(plain: string): Uint8Array;
  decrypt(data: Uint8Array): string;
}

export interface SecretEntry {
  ref: string;
  host: string;
}

export interface SecretStore {
  set(ref: string, value: string, host: string): Promise<void>;
  get(ref: string): Promise<string | undefined>;
  hostOf(ref: string): Promise<string | undefined>;
  delete(ref: string): Promise<void>;
  list(): Promise<SecretEntry[]>;
  /** False when secrets are kept for this session only. */
  readonly persistent: boolean;
  /** Why secrets are not saved, in words the UI shows as is. */
  readonly reason?: string;
}

/** A stored secret that cannot be read back: the message says what happened and what to do. */
export class SecretStoreError extends Error {
  constructor(message: string, readonly ref: string) {
    super(message);
    this.name = 'SecretStoreError';
  }
}

interface SecretRecord extends SecretEntry {
  value: string;
}

const EXTENSION = '.secret';

export const NOT_AVAILABLE_REASON =
  'This computer offers no secure storage for passwords, so the secrets you enter are kept only until Connector Studio closes.';
export const BASIC_TEXT_REASON =
  'No password keyring (such as GNOME Keyring or KWallet) was found, so the secrets you enter are kept only until Connector Studio closes rather than saved unprotected.';

export function createSecretStore(options: { dir: string; cipher: SecretCipher }): SecretStore {
  const { dir, cipher } = options;
  if (!cipher.isEncryptionAvailable()) return createSessionStore(NOT_AVAILABLE_REASON);
  if (cipher.backend() === 'basic_text') return createSessionStore(BASIC_TEXT_REASON);
  return createFileStore(dir, cipher);
}

/** The host part of what the author typed ("https://API.contoso.com/v1" -> "api.contoso.com"). */
export function normaliseHost(host: string): string {
  const trimmed = host.trim();
  try {
    return new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).host.toLowerCase();
  } catch {
    return trimmed.toLowerCase();
  }
}

function checkArguments(ref: string, value: string, host: string): void {
  if (!ref) throw new Error('A secret needs a reference.');
  if (typeof value !== 'string') throw new Error(`The secret "${ref}" must be text.`);
  if (!normaliseHost(host)) throw new Error(`The secret "${ref}" must be tied to the host it is for.`);
}

function createSessionStore(reason: string): SecretStore {
  const secrets = new Map<string, SecretRecord>();
  return {
    persistent: false,
    reason,
    async set(ref, value, host) {
      checkArguments(ref, value, host);
      secrets.set(ref, { ref, host: normaliseHost(host), value });
    },
    async get(ref) {
      return secrets.get(ref)?.value;
    },
    async hostOf(ref) {
      return secrets.get(ref)?.host;
    },
    async delete(ref) {
      secrets.delete(ref);
    },
    async list() {
      return [...secrets.values()].map(({ ref, host }) => ({ ref, host }));
    },
  };
}

function createFileStore(dir: string, cipher: SecretCipher): SecretStore {
  // File names are hashes: a reference (which may name a project or parameter) never shows on disk.
  const fileOf = (ref: string) => join(dir, createHash('sha256').update(ref).digest('hex') + EXTENSION);

  const decode = (bytes: Uint8Array, ref: string): SecretRecord => {
    try {
      const record = JSON.parse(cipher.decrypt(bytes)) as SecretRecord;
      if (typeof record.ref === 'string' && typeof record.host === 'string' && typeof record.value === 'string') return record;
    } catch {
      // reported below
    }
    throw new SecretStoreError(
      `The saved secret "${ref}" cannot be read: its file is damaged or was saved by another user account. Enter it again to replace it.`,
      ref,
    );
  };

  const load = async (ref: string): Promise<SecretRecord | undefined> => {
    let bytes: Buffer;
    try {
      bytes = await readFile(fileOf(ref));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return decode(bytes, ref);
  };

  return {
    persistent: true,
    async set(ref, value, host) {
      checkArguments(ref, value, host);
      const record: SecretRecord = { ref, host: normaliseHost(host), value };
      const encrypted = Buffer.from(cipher.encrypt(JSON.stringify(record)));
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(fileOf(ref), encrypted, { mode: 0o600 });
    },
    async get(ref) {
      return (await load(ref))?.value;
    },
    async hostOf(ref) {
      return (await load(ref))?.host;
    },
    async delete(ref) {
      await rm(fileOf(ref), { force: true });
    },
    /** Readable secrets only: a damaged file is reported when its secret is asked for. */
    async list() {
      let names: string[];
      try {
        names = (await readdir(dir)).filter((name) => name.endsWith(EXTENSION)).sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const entries: SecretEntry[] = [];
      for (const name of names) {
        try {
          const { ref, host } = decode(await readFile(join(dir, name)), name);
          entries.push({ ref, host });
        } catch {
          // Skipped: the other secrets stay listed.
        }
      }
      return entries.sort((a, b) => a.ref.localeCompare(b.ref));
    },
  };
}
