/**
 * The export gates, as data: each problem that stops a package going out is a GateReason. Errors
 * (validator findings, platform size limits, a missing readme) can be overridden by the user; secrets and
 * missing core files cannot.
 */
import { parseTolerant } from '../text/tolerant-json';
import type { ExportInput, GateReason } from './export-input';
import { scanForSecrets, type ScanFile, type SecretHit } from './secret-scan';

/** The platform refuses definitions over 1 MB (CERTIFICATION.md §3 rule 3). */
export const MAX_SWAGGER_BYTES = 1024 * 1024;
/** "exceeds the max schema count allowed value of '512'" (rule 17). */
export const MAX_SCHEMAS = 512;

export function parseJsonLoosely(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return parseTolerant(text).value;
  }
}

/** `schemaCount`: the definition's named schemas (see swagger-facts). */
export function errorGates(input: ExportInput, schemaCount: number): GateReason[] {
  const reasons: GateReason[] = [];
  for (const name of ['apiDefinition.swagger.json', 'apiProperties.json'] as const) {
    if (!input.files[name]) reasons.push({ code: 'missing-file', message: `The package needs ${name}.`, overridable: false });
  }
  if (!input.files['readme.md']) {
    reasons.push({ code: 'missing-readme', message: 'The package has no readme.md; certification requires one.', overridable: true });
  }
  const swaggerBytes = input.files['apiDefinition.swagger.json']?.byteLength ?? 0;
  if (swaggerBytes > MAX_SWAGGER_BYTES) {
    reasons.push({
      code: 'swagger-too-large',
      message: `apiDefinition.swagger.json is ${(swaggerBytes / 1024 / 1024).toFixed(2)} MB; the platform accepts at most 1 MB.`,
      overridable: true,
    });
  }
  if (schemaCount > MAX_SCHEMAS) {
    reasons.push({
      code: 'too-many-schemas',
      message: `apiDefinition.swagger.json defines ${schemaCount} schemas; the platform accepts at most ${MAX_SCHEMAS}.`,
      overridable: true,
    });
  }
  const errors = input.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    reasons.push({
      code: 'validation-errors',
      message: `Validation found ${errors.length} error${errors.length === 1 ? '' : 's'}.`,
      overridable: true,
      findings: errors,
    });
  }
  return reasons;
}

export function secretGate(files: ScanFile[], knownSecrets: readonly string[]): GateReason[] {
  return secretReasons(scanForSecrets(files, knownSecrets));
}

/** The secret gate's verdict on the scan's hits: none, or one reason that nothing overrides. */
export function secretReasons(hits: SecretHit[]): GateReason[] {
  if (hits.length === 0) return [];
  const where = hits.map((h) => `${h.file}:${h.line}:${h.column} (${h.kind}, ${h.preview})`).join('; ');
  return [
    {
      code: 'secrets',
      message: `Remove the secret${hits.length === 1 ? '' : 's'} before exporting: ${where}.`,
      overridable: false,
      secrets: hits,
    },
  ];
}
