/** The recent-projects list, kept in the app's data folder (most recent first, at most 10, missing paths dropped). */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { RecentProject } from '../model/recent';

const LIMIT = 10;

export function recentList(dataDir: string) {
  const file = join(dataDir, 'recent.json');

  const read = async (): Promise<RecentProject[]> => {
    try {
      const value = JSON.parse(await readFile(file, 'utf8'));
      return Array.isArray(value) ? value.filter((r) => r && typeof r.path === 'string') : [];
    } catch {
      return [];
    }
  };

  return {
    async list(): Promise<RecentProject[]> {
      return (await read()).filter((r) => existsSync(r.path));
    },
    async add(entry: RecentProject): Promise<void> {
      const next = [entry, ...(await read()).filter((r) => r.path !== entry.path)].slice(0, LIMIT);
      await writeFileAtomic(file, JSON.stringify(next, null, 2));
    },
    async remove(path: string): Promise<void> {
      await writeFileAtomic(file, JSON.stringify((await read()).filter((r) => r.path !== path), null, 2));
    },
  };
}
