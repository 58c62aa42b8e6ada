/**
 * Contract area: secrets. One secret store per Host (join(host.dataDir, 'secrets'), encrypted with
 * host.secretCipher; session-only with the store's reason where the OS offers no real protection), addressed per
 * project as preload/api/secrets.ts describes. Values never go back to the renderer: main-side features (the Test
 * step) read them with projectSecretsFor(host).read(scope, field).
 */
import { join, resolve } from 'node:path';
import type { SecretInfo, SecretScope, SecretsApi } from '../../preload/contract';
import type { Host } from '../host-types';
import { createSecretStore, normaliseHost, type SecretStore } from '../core/security/secret-store';

/** The part of a saved project's secret references that names it: its absolute folder path. */
export function projectKey(folder: string, platform: string = process.platform): string {
  const absolute = resolve(folder).replace(/[\\/]+$/, '') || '/';
  return platform === 'win32' || platform === 'darwin' ? absolute.toLowerCase() : absolute;
}

function checkField(field: string): void {
  if (typeof field !== 'string' || field.trim() === '') throw new Error('A secret needs a field name.');
}

function checkScope(scope: SecretScope): void {
  if (!scope || typeof scope.session !== 'string' || scope.session === '') throw new Error('A secret must belong to an open project.');
  if (scope.folder !== null && typeof scope.folder !== 'string') throw new Error('The project folder must be a path.');
}

interface Pending {
  value: string;
  host: string;
}

/** The project-scoped view of one secret store, shared by every area of one window. */
export class ProjectSecrets {
  readonly store: SecretStore;
  /** Secrets of projects that have no folder yet, by session, then field: memory only. */
  private readonly pending = new Map<string, Map<string, Pending>>();
  /** The folder key each session last used, to carry secrets along a "Save As". */
  private readonly lastKey = new Map<string, string>();

  constructor(host: Host) {
    this.store = createSecretStore({ dir: join(host.dataDir, 'secrets'), cipher: host.secretCipher });
  }

  status() {
    return this.store.persistent ? { persistent: true } : { persistent: false, reason: this.store.reason };
  }

  private mark(info: SecretInfo): SecretInfo {
    return this.store.persistent ? info : { ...info, sessionOnly: true };
  }

  /** The reference prefix of a saved project, after moving what the session held before it had this folder. */
  private async prefixOf(scope: SecretScope): Promise<string | null> {
    checkScope(scope);
    if (scope.folder === null) return null;
    const prefix = `project:${projectKey(scope.folder)}:`;
    const waiting = this.pending.get(scope.session);
    if (waiting) {
      for (const [field, { value, host }] of waiting) await this.store.set(prefix + field, value, host);
      this.pending.delete(scope.session);
    }
    const previous = this.lastKey.get(scope.session);
    if (previous !== undefined && previous !== prefix) {
      const present = new Set((await this.store.list()).map((e) => e.ref));
      for (const entry of await this.store.list()) {
        if (!entry.ref.startsWith(previous)) continue;
        const target = prefix + entry.ref.slice(previous.length);
        const value = await this.store.get(entry.ref);
        if (value !== undefined && !present.has(target)) await this.store.set(target, value, entry.host);
      }
    }
    this.lastKey.set(scope.session, prefix);
    return prefix;
  }

  private waiting(session: string): Map<string, Pending> {
    let map = this.pending.get(session);
    if (!map) this.pending.set(session, (map = new Map()));
    return map;
  }

  async set(scope: SecretScope, field: string, value: string, host: string): Promise<SecretInfo> {
    checkField(field);
    if (typeof value !== 'string') throw new Error('A secret must be text.');
    if (value === '') {
      await this.delete(scope, field);
      return { field, present: false };
    }
    const prefix = await this.prefixOf(scope);
    if (prefix === null) {
      const normalised = normaliseHost(typeof host === 'string' ? host : '');
      if (!normalised) throw new Error(`The secret "${field}" must be tied to the host it is for.`);
      this.waiting(scope.session).set(field, { value, host: normalised });
      return this.mark({ field, present: true, host: normalised, pendingSave: true });
    }
    await this.store.set(prefix + field, value, host);
    return this.mark({ field, present: true, host: normaliseHost(host) });
  }

  async info(scope: SecretScope, field: string): Promise<SecretInfo> {
    checkField(field);
    const prefix = await this.prefixOf(scope);
    if (prefix === null) {
      const entry = this.pending.get(scope.session)?.get(field);
      return entry ? this.mark({ field, present: true, host: entry.host, pendingSave: true }) : { field, present: false };
    }
    const host = await this.store.hostOf(prefix + field);
    return host === undefined ? { field, present: false } : this.mark({ field, present: true, host });
  }

  async list(scope: SecretScope): Promise<SecretInfo[]> {
    const prefix = await this.prefixOf(scope);
    if (prefix === null) {
      return [...(this.pending.get(scope.session) ?? new Map<string, Pending>())].map(([field, { host }]) => this.mark({ field, present: true, host, pendingSave: true }));
    }
    return (await this.store.list()).filter((e) => e.ref.startsWith(prefix)).map((e) => this.mark({ field: e.ref.slice(prefix.length), present: true, host: e.host }));
  }

  async delete(scope: SecretScope, field: string): Promise<void> {
    checkField(field);
    const prefix = await this.prefixOf(scope);
    if (prefix === null) this.pending.get(scope.session)?.delete(field);
    else await this.store.delete(prefix + field);
  }

  /** Main only: the secret itself and the host it was entered for. */
  async read(scope: SecretScope, field: string): Promise<{ value: string; host: string } | undefined> {
    checkField(field);
    const prefix = await this.prefixOf(scope);
    if (prefix === null) return this.pending.get(scope.session)?.get(field);
    const value = await this.store.get(prefix + field);
    const host = await this.store.hostOf(prefix + field);
    return value === undefined || host === undefined ? undefined : { value, host };
  }

  /** Forgets what was held in memory (the window closed). */
  forget(): void {
    this.pending.clear();
    this.lastKey.clear();
  }
}

const instances = new WeakMap<Host, ProjectSecrets>();

/** The one ProjectSecrets of a Host: the Security step writes and the Test step reads the same secrets. */
export function projectSecretsFor(host: Host): ProjectSecrets {
  let secrets = instances.get(host);
  if (!secrets) instances.set(host, (secrets = new ProjectSecrets(host)));
  return secrets;
}

export function createSecretsHandlers(host: Host): SecretsApi & { dispose(): void } {
  const secrets = projectSecretsFor(host);
  return {
    async secretStatus() {
      return secrets.status();
    },
    setSecret: (scope, field, value, secretHost) => secrets.set(scope, field, value, secretHost),
    hasSecret: (scope, field) => secrets.info(scope, field),
    listSecrets: (scope) => secrets.list(scope),
    deleteSecret: (scope, field) => secrets.delete(scope, field),
    dispose() {
      secrets.forget();
      instances.delete(host);
    },
  };
}
