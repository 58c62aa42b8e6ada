/**
 * Validation results as the CLI prints them: plain text lines, one JSON array, or SARIF 2.1.0 (for code
 * scanning in CI). Pure functions over data, so the formats are tested without running the command.
 */
import type { Finding } from '../model/findings';
import { ENGINE_RULES } from './engine-rules';
import { ALL_RULES } from '../rules/index';

export interface InputReport {
  /** The path as the user gave it. */
  input: string;
  findings: Finding[];
  /** Where each project file lives, for messages and SARIF locations (e.g. the folder's "README.md"). */
  fileLocations: Record<string, string>;
}

export interface JsonFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  file: string;
  path: string;
  line: number;
  column: number;
}

export const countOf = (findings: readonly Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;

export function toJsonReport(reports: readonly InputReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      input: r.input,
      findings: r.findings.map(
        (f): JsonFinding => ({ rule: f.rule, severity: f.severity, message: f.message, file: f.file, path: f.path, line: f.line ?? 1, column: f.column ?? 1 }),
      ),
      errors: countOf(r.findings, 'error'),
      warnings: countOf(r.findings, 'warning'),
    })),
    null,
    2,
  );
}

export function toTextReport(reports: readonly InputReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      lines.push(`${r.fileLocations[f.file] ?? f.file}:${f.line ?? 1}:${f.column ?? 1}  ${f.severity}  ${f.rule}  ${f.message}`);
    }
  }
  const errors = reports.reduce((n, r) => n + countOf(r.findings, 'error'), 0);
  const warnings = reports.reduce((n, r) => n + countOf(r.findings, 'warning'), 0);
  const failing = reports.filter((r) => countOf(r.findings, 'error') > 0).length;
  const inputs = reports.length === 1 ? '1 input' : `${reports.length} inputs`;
  lines.push(`${errors} error(s), ${warnings} warning(s) in ${inputs}; ${failing === 0 ? 'no input has errors' : `${failing} with errors`}.`);
  return lines.join('\n');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarifReport(reports: readonly InputReport[], version: string): string {
  const descriptions = new Map<string, string>(Object.entries(ENGINE_RULES));
  for (const rule of ALL_RULES) descriptions.set(rule.id, rule.description);
  const used = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.rule)))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'connector-studio',
            version,
            rules: used.map((id) => ({ id, shortDescription: { text: descriptions.get(id) ?? id } })),
          },
        },
        results: reports.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: used.indexOf(f.rule),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(r.fileLocations[f.file] ?? r.input) },
                  region: { startLine: f.line ?? 1, startColumn: f.column ?? 1 },
                },
                logicalLocations: [{ fullyQualifiedName: `${f.file}#${f.path}`, kind: 'member' }],
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/** SARIF wants URIs: forward slashes, spaces and other reserved characters escaped. */
function toUri(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
