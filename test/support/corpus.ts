/** Access to the real certified connectors in ../shared/corpus/connectors (the test data of record). */
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Tests, e2e runs and benchmarks run from the repository root, with shared/ beside the checkout. */
export const CORPUS_DIR = process.env.CORPUS_DIR ?? resolve(process.cwd(), '../shared/corpus/connectors');

export function corpusConnectors(): { name: string; dir: string }[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`The connector corpus is missing at ${CORPUS_DIR}`);
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, dir: join(CORPUS_DIR, d.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function corpusDir(name: string): string {
  return join(CORPUS_DIR, name);
}
