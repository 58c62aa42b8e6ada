/**
 * Every corpus connector through the export: deterministic bytes, files untouched, and a round trip
 * through the importer (export -> readPackageZip -> export) that gives the same bytes again.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFileName, ExportInput, ExportResult } from '../../../main/core/export/export-input';
import { buildSubmissionZip } from '../../../main/core/export/package';
import { readPackageZip } from '../../../main/core/package/read-zip';
import { CORPUS_DIR, corpusConnectors } from '../../support/corpus';
import { corpusExportInput } from './corpus-files';
import { GENUINE_CORPUS_SECRETS, redactGenuineSecrets } from './genuine-secrets';

const NOW = new Date('2026-11-01T12:00:00Z');
// The corpus holds genuine errors (Encodian's swagger is over 1 MB): this test is about bytes, not validity.
const OPTIONS = { now: NOW };

function zipOf(result: ExportResult): Uint8Array {
  if (result.blocked) throw new Error(result.reasons.map((r) => r.message).join('\n'));
  return result.zip;
}

const connectors = corpusConnectors();

describe('export over the corpus', () => {
  it('finds the whole corpus', () => {
    expect(connectors.length).toBe(93);
  });

  it.each(connectors.map((c) => [c.name, c.dir]))('%s: deterministic, byte-exact, and round-trips through import', async (name, dir) => {
    const input: ExportInput = { ...redactGenuineSecrets(name, corpusExportInput(name, dir)), allowErrors: true };
    const first = zipOf(await buildSubmissionZip(input, OPTIONS));
    const second = zipOf(await buildSubmissionZip(input, OPTIONS));
    expect(Buffer.compare(first, second)).toBe(0);

    const imported = await readPackageZip(first);
    expect(imported.ignored).toEqual(['submission.md']);
    // Buffer.compare, not toEqual: deep equality walks a megabyte array element by element.
    const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) => (a && b ? Buffer.compare(a, b) === 0 : a === b);
    for (const file of ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx'] as const) {
      expect(same(imported.files.get(file), input.files[file]), file).toBe(true);
    }
    expect(same(imported.files.get('icon.png'), input.kind === 'independent-publisher' ? undefined : input.icon)).toBe(true);

    const files: ExportInput['files'] = {};
    for (const [key, bytes] of imported.files) {
      if (key !== 'icon.png' && key !== 'settings.json' && key !== '.connector-studio.json') files[key as ExportFileName] = bytes;
    }
    const again = zipOf(await buildSubmissionZip({ ...input, files, icon: imported.files.get('icon.png') }, OPTIONS));
    expect(Buffer.compare(again, first)).toBe(0);
  });

  it.each(GENUINE_CORPUS_SECRETS.map((s) => [s.connector, s]))('%s as published is blocked by its genuine secret', async (name, fixture) => {
    const result = await buildSubmissionZip({ ...corpusExportInput(name, join(CORPUS_DIR, name)), allowErrors: true }, OPTIONS);
    expect(result.blocked).toBe(true);
    if (!result.blocked) return;
    expect(result.reasons.map((r) => r.code)).toEqual(['secrets']);
    expect(result.reasons[0].secrets?.map((s) => [s.file, s.line, s.column, s.kind])).toEqual([[fixture.file, fixture.line, fixture.column, fixture.kind]]);
  });
});
