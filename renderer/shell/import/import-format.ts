/** Words and numbers for the import dialog: source kinds, report groups, sizes, the operation search. */
import type { ConvertOperation, ConvertReportItem, ConvertReportKind, ConvertSourceKind } from '../../../preload/contract';

export const SOURCE_LABELS: Record<ConvertSourceKind, string> = {
  'swagger-2.0': 'Swagger 2.0',
  'openapi-3.0': 'OpenAPI 3.0',
  'openapi-3.1': 'OpenAPI 3.1',
  'postman-2.0': 'Postman collection v2.0',
  'postman-2.1': 'Postman collection v2.1',
};

export const REPORT_GROUPS: { kind: ConvertReportKind; title: string; hint: string }[] = [
  { kind: 'dropped', title: 'Dropped', hint: 'Swagger 2.0 has no place for these: they are not in the connector.' },
  { kind: 'approximated', title: 'Approximated', hint: 'Converted to the closest Swagger 2.0 form: check they still say what you mean.' },
  { kind: 'renamed', title: 'Renamed', hint: 'Names changed to what Swagger 2.0 and the platform accept.' },
  { kind: 'info', title: 'Good to know', hint: 'How the source was mapped.' },
];

export const PHASE_LABELS: Record<string, string> = {
  read: 'Reading the file…',
  parse: 'Reading the description…',
  convert: 'Converting to Swagger 2.0…',
  finish: 'Preparing the operation list…',
};

export const BYTES_LIMIT = 1024 * 1024;
export const SCHEMAS_LIMIT = 512;

export function groupReport(items: readonly ConvertReportItem[]): Record<ConvertReportKind, ConvertReportItem[]> {
  const groups: Record<ConvertReportKind, ConvertReportItem[]> = { dropped: [], approximated: [], renamed: [], info: [] };
  for (const item of items) (groups[item.kind] ?? groups.info).push(item);
  return groups;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

/** Operations whose id, path, method or summary contain every word of the query. */
export function filterOperations(operations: readonly ConvertOperation[], query: string): ConvertOperation[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...operations];
  return operations.filter((op) => {
    const text = `${op.method} ${op.path} ${op.operationId} ${op.summary ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
