/**
 * Catalogue 37 (CERTIFICATION.md §3 D): extensions whose values are fixed by the schema —
 * x-ms-url-encoding ∈ {single, double}; x-ms-media-kind ∈ {image, audio}; x-ms-api-annotation.status ∈
 * {Production, Preview} and revision an integer ≥ 1; x-ms-enum-values is a list of {value, displayName};
 * x-ms-capabilities.testConnection.operationId names an existing operation.
 */
import { isObject } from '../model/operations';
import type { Report, Rule } from './rule';
import { documentIndex, nodesWithExtension, operationsOf } from './support/document-index';
import { pointerOf, type Place } from '../model/json-pointer';

const FILE = 'apiDefinition.swagger.json';
const ENUMS: Record<string, string[]> = { 'x-ms-url-encoding': ['single', 'double'], 'x-ms-media-kind': ['image', 'audio'] };
const CHECKED = [...Object.keys(ENUMS), 'x-ms-api-annotation', 'x-ms-enum-values', 'x-ms-capabilities'];

export const extensionValues: Rule = {
  id: 'extension-values',
  catalogue: [37],
  severity: 'error',
  step: 'definition',
  description: 'x-ms-url-encoding, x-ms-media-kind, x-ms-api-annotation, x-ms-enum-values and x-ms-capabilities hold allowed values.',
  check(ctx, report) {
    let ids: Set<string | undefined> | undefined;
    for (const { node, place } of nodesWithExtension(documentIndex(ctx), CHECKED)) {
      for (const [key, allowed] of Object.entries(ENUMS)) if (key in node) checkEnum(node[key], allowed, { parent: place, key }, report);
      if ('x-ms-api-annotation' in node) checkAnnotation(node['x-ms-api-annotation'], { parent: place, key: 'x-ms-api-annotation' }, report);
      if ('x-ms-enum-values' in node) checkEnumValues(node['x-ms-enum-values'], { parent: place, key: 'x-ms-enum-values' }, report);
      if ('x-ms-capabilities' in node) {
        const test = isObject(node['x-ms-capabilities']) ? node['x-ms-capabilities'].testConnection : undefined;
        const id = isObject(test) ? test.operationId : undefined;
        ids ??= new Set(operationsOf(ctx).map((op) => op.operationId));
        if (test !== undefined && (typeof id !== 'string' || !ids.has(id))) {
          report({ message: `x-ms-capabilities.testConnection refers to the operation '${String(id)}', which does not exist.`, file: FILE, path: pointerOf(place, 'x-ms-capabilities', 'testConnection', 'operationId') });
        }
      }
    }
  },
};

/** `at` is the place of the value checked. */
function checkEnum(value: unknown, allowed: string[], at: Place, report: Report): void {
  if (typeof value === 'string' && allowed.includes(value)) return;
  const path = pointerOf(at);
  const meant = typeof value === 'string' ? allowed.find((a) => a.toLowerCase() === value.trim().toLowerCase()) : undefined;
  report({
    message: `The ${String(at.key)} value '${String(value)}' is not valid: use ${allowed.map((a) => `"${a}"`).join(' or ')}.`,
    file: FILE,
    path,
    fix: meant ? { label: `Write it "${meant}"`, edits: [{ file: FILE, path, value: meant }] } : undefined,
  });
}

function checkAnnotation(value: unknown, at: Place, report: Report): void {
  if (!isObject(value)) {
    report({ message: 'x-ms-api-annotation must be an object.', file: FILE, path: pointerOf(at) });
    return;
  }
  if ('status' in value) checkEnum(value.status, ['Production', 'Preview'], { parent: at, key: 'status' }, report);
  if ('revision' in value && !(typeof value.revision === 'number' && Number.isInteger(value.revision) && value.revision >= 1)) {
    report({ message: 'x-ms-api-annotation.revision must be an integer of at least 1.', file: FILE, path: pointerOf(at, 'revision') });
  }
}

function checkEnumValues(value: unknown, at: Place, report: Report): void {
  if (!Array.isArray(value)) {
    report({ message: 'x-ms-enum-values must be a list of {"value", "displayName"}.', file: FILE, path: pointerOf(at) });
    return;
  }
  value.forEach((entry, index) => {
    if (isObject(entry) && 'value' in entry && typeof entry.displayName === 'string') return;
    report({ message: 'Each x-ms-enum-values entry needs a "value" and a "displayName".', file: FILE, path: pointerOf(at, index) });
  });
}
