/**
 * Crash recovery: unsaved edits are backed up (atomically) in the app's data folder within a second of typing,
 * and offered back on the next start. Backups live outside the project folder and never hold secrets.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { RecoveryBackup } from '../model/recovery';

const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;

export function recoveryStore(dataDir: string) {
  const dir = join(dataDir, 'recovery');
  const fileOf = (id: string) => {
    if (!SAFE_ID.test(id)) throw new Error(`Invalid backup id: ${id}`);
    return join(dir, `${id}.json`);
  };

  return {
    async write(backup: RecoveryBackup): Promise<void> {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(fileOf(backup.id), JSON.stringify(backup), { fsync: true });
    },

    async discard(id: string): Promise<void> {
      await rm(fileOf(id), { force: true });
    },

    /** Every readable backup, newest first. An unreadable one is skipped (and left for a human to inspect). */
    async list(): Promise<RecoveryBackup[]> {
      const names = await readdir(dir).catch(() => [] as string[]);
      const backups: RecoveryBackup[] = [];
      for (const name of names.filter((n) => n.endsWith('.json'))) {
        try {
          const value = JSON.parse(await readFile(join(dir, name), 'utf8')) as RecoveryBackup;
          if (value && typeof value.id === 'string' && value.files) backups.push(value);
        } catch {
          // A torn write cannot happen (atomic rename); anything else unreadable is not ours to delete.
        }
      }
      return backups.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
  };
}
