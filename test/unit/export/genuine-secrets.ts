/**
 * Corpus connectors that carry something the secret scanner rightly flags. Each entry says why; the
 * corpus tests expect exactly these hits and nothing else.
 */
import type { ExportInput } from '../../../main/core/export/export-input';

export interface GenuineSecret {
  connector: string;
  file: 'readme.md' | 'apiDefinition.swagger.json' | 'apiProperties.json' | 'script.csx';
  line: number;
  column: number;
  kind: string;
  /** The literal flagged value, so tests can redact it. */
  value: string;
  reason: string;
}

export const GENUINE_CORPUS_SECRETS: GenuineSecret[] = [
  {
    connector: 'certified-connectors__Mobili-Stotele',
    file: 'readme.md',
    line: 100,
    column: 8,
    kind: 'bearer-token',
    value: 'OnYSrLTH3i2qiyb873au2LNdAajXjf5I',
    reason:
      'The "Obtaining Credentials" section shows a 32-character random API key after "Bearer" with no mark that it is a dummy: certification would refuse it as it stands.',
  },
];

/** Replaces each genuine secret of this connector with a marked dummy, so the rest of the export can be tested. */
export function redactGenuineSecrets(connector: string, input: ExportInput): ExportInput {
  const fixtures = GENUINE_CORPUS_SECRETS.filter((s) => s.connector === connector);
  if (fixtures.length === 0) return input;
  const files = { ...input.files };
  for (const fixture of fixtures) {
    const text = Buffer.from(files[fixture.file]!).toString('latin1');
    files[fixture.file] = new Uint8Array(Buffer.from(text.split(fixture.value).join('<your API key>'), 'latin1'));
  }
  return { ...input, files };
}
