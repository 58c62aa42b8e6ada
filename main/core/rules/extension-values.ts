/**
 * Catalogue 37 (CERTIFICATION.md §3 D): extensions whose values are fixed by the schema —
 * x-ms-url-encoding ∈ {single, double}; x-ms-media-kind ∈ {image, audio}; x-ms-api-annotation.status ∈
 * {Production, Preview} and revision an integer ≥ 1; x-ms-enum-values is a list of {value, displayName};
 * x-ms-capabilities.testConnection.operationId names an existing operation.
 */
import { toPointer, type PointerSegment } from '../model/json-pointer';
import { isObject, listOperations } from '../model/operations';
import type { Report, Rule } from './rule';
import { walkNodes } from './support/nodes';

const FILE = 'apiDefinition.swagger.json';
const ENUMS: Record<string, string[]> = { 'x-ms-url-encoding': ['single', 'double'], 'x-ms-media-kind': ['image', 'audio'] };

export const extensionValues: Rule = {
  id: 'extension-values',
  catalogue: [37],
  severity: 'error',
  step: 'definition',
  description: 'x-ms-url-encoding, x-ms-media-kind, x-ms-api-annotation, x-ms-enum-values and x-ms-capabilities hold allowed values.',
  check(ctx, report) {
    const ids = new Set(listOperations(ctx.swagger).map((op) => op.operationId));
    walkNodes(ctx.swagger, ({ node, segments, keywords }) => {
      if (!keywords) return;
      for (const [key, allowed] of Object.entries(ENUMS)) if (key in node) checkEnum(node[key], allowed, [...segments, key], report);
      if ('x-ms-api-annotation' in node) checkAnnotation(node['x-ms-api-annotation'], [...segments, 'x-ms-api-annotation'], report);
      if ('x-ms-enum-values' in node) checkEnumValues(node['x-ms-enum-values'], [...segments, 'x-ms-enum-values'], report);
      if ('x-ms-capabilities' in node) {
        const test = isObject(node['x-ms-capabilities']) ? node['x-ms-capabilities'].testConnection : undefined;
        const id = isObject(test) ? test.operationId : undefined;
        if (test !== undefined && (typeof id !== 'string' || !ids.has(id))) {
          report({ message: `x-ms-capabilities.testConnection refers to the operation '${String(id)}', which does not exist.`, file: FILE, path: toPointer([...segments, 'x-ms-capabilities', 'testConnection', 'operationId']) });
        }
      }
    });
  },
};

function checkEnum(value: unknown, allowed: string[], at: PointerSegment[], report: Report): void {
  if (typeof value === 'string' && allowed.includes(value)) return;
  const path = toPointer(at);
  const meant = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase()) : undefined;
  report({
    message: `The ${String(at[at.length - 1])} value '${String(value)}' is not valid: use ${allowed.map((a) => `"${a}"`).join(' or ')}.`,
    file: FILE,
    path,
    fix: meant ? { label: `Write it "${meant}"`, edits: [{ file: FILE, path, value: meant }] } : undefined,
  });
}

function checkAnnotation(value: unknown, at: PointerSegment[], report: Report): void {
  if (!isObject(value)) {
    report({ message: 'x-ms-api-annotation must be an object.', file: FILE, path: toPointer(at) });
    return;
  }
  if ('status' in value) checkEnum(value.status, ['Production', 'Preview'], [...at, 'status'], report);
  if ('revision' in value && !(typeof value.revision === 'number' && Number.isInteger(value.revision) && value.revision >= 1)) {
    report({ message: 'x-ms-api-annotation.revision must be an integer of at least 1.', file: FILE, path: toPointer([...at, 'revision']) });
  }
}

function checkEnumValues(value: unknown, at: PointerSegment[], report: Report): void {
  if (!Array.isArray(value)) {
    report({ message: 'x-ms-enum-values must be a list of {"value", "displayName"}.', file: FILE, path: toPointer(at) });
    return;
  }
  value.forEach((entry, index) => {
    if (isObject(entry) && 'value' in entry && typeof entry.displayName === 'string') return;
    report({ message: 'Each x-ms-enum-values entry needs a "value" and a "displayName".', file: FILE, path: toPointer([...at, index]) });
  });
}
