/** Every file below a folder, for the tests that scan what the app wrote to disk (secrets must never be there). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** All files under `dir`, at any depth. A missing `dir` throws: a scan of nothing would pass without checking. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
