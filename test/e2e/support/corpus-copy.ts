/** Copies a corpus connector into a test's temp folder (the corpus is read-only and shared). */
import { cpSync, chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../support/corpus';

export function copyCorpusConnector(name: string, workDir: string): string {
  const target = join(workDir, name);
  cpSync(corpusDir(name), target, { recursive: true });
  chmodSync(target, 0o755);
  for (const file of readdirSync(target)) chmodSync(join(target, file), 0o644);
  return target;
}
