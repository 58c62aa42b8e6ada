/**
 * Picking what to keep: real APIs (GitHub: 1,000+ operations, 10 MB) exceed the connector limits of 1 MB
 * and 512 schemas (CERTIFICATION.md), so the author chooses operations and the rest is pruned.
 */
import { parsePointer } from '../model/json-pointer';
import { HTTP_METHODS, listOperations } from '../model/operations';
import { swaggerStats } from './result';
import { isObject, utf8Length, type JsonObject } from './util';
import type { ConversionResult } from './types';

export const SWAGGER_BYTES_LIMIT = 1024 * 1024;
export const SCHEMA_COUNT_LIMIT = 512;

export interface OperationSummary {
  operationId?: string;
  method: string;
  path: string;
  summary?: string;
  /** Bytes of the operation plus the shared definitions/parameters/responses it needs. */
  bytes: number;
}

export function summariseOperations(converted: ConversionResult | JsonObject): OperationSummary[] {
  const swagger = 'swagger' in converted && isObject(converted.swagger) && 'report' in converted ? (converted.swagger as JsonObject) : (converted as JsonObject);
  const sizes = new Map<string, number>();
  const sizeOf = (ref: string) => {
    let size = sizes.get(ref);
    if (size === undefined) {
      size = utf8Length(JSON.stringify(lookup(swagger, ref) ?? null));
      sizes.set(ref, size);
    }
    return size;
  };
  return listOperations(swagger).map(({ path, method, operation, operationId }) => {
    const refs = closure(swagger, [operation, (swagger.paths as JsonObject)[path] && ((swagger.paths as JsonObject)[path] as JsonObject).parameters]);
    let bytes = utf8Length(JSON.stringify(operation));
    for (const ref of refs) bytes += sizeOf(ref);
    return { operationId, method, path, summary: typeof operation.summary === 'string' ? operation.summary : undefined, bytes };
  });
}

/** Keeps only the named operations and the shared sections they still reference (transitively). */
export function keepOperations(converted: ConversionResult, operationIds: readonly string[]): ConversionResult {
  const keep = new Set(operationIds);
  const source = converted.swagger;
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(isObject(source.paths) ? source.paths : {})) {
    if (!isObject(item)) continue;
    const kept: JsonObject = {};
    for (const [key, value] of Object.entries(item)) {
      const isOperation = (HTTP_METHODS as readonly string[]).includes(key);
      if (!isOperation || (isObject(value) && keep.has(String(value.operationId)))) kept[key] = value;
    }
    if (HTTP_METHODS.some((method) => kept[method] !== undefined)) paths[path] = kept;
  }
  const swagger: JsonObject = { ...source, paths };
  const used = closure(source, [paths, source.securityDefinitions]);
  for (const section of ['definitions', 'parameters', 'responses'] as const) {
    if (!isObject(source[section])) continue;
    const kept = Object.fromEntries(Object.entries(source[section] as JsonObject).filter(([name]) => used.has(`${section}/${name}`)));
    if (Object.keys(kept).length > 0) swagger[section] = kept;
    else delete swagger[section];
  }
  return { ...converted, swagger, report: { ...converted.report, stats: swaggerStats(swagger) } };
}

export function platformLimits(swagger: JsonObject): { bytes: number; schemas: number; over1MB: boolean; over512: boolean } {
  const bytes = utf8Length(JSON.stringify(swagger, null, 2));
  const schemas = isObject(swagger.definitions) ? Object.keys(swagger.definitions).length : 0;
  return { bytes, schemas, over1MB: bytes > SWAGGER_BYTES_LIMIT, over512: schemas > SCHEMA_COUNT_LIMIT };
}

/** "section/name" keys of every shared entry reachable from the roots through local $refs. */
function closure(swagger: JsonObject, roots: unknown[]): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (!isObject(node)) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const target = refKey(value);
        if (target && !found.has(target)) {
          found.add(target);
          pending.push(lookup(swagger, target));
        }
      } else if (typeof value === 'object' && value !== null) pending.push(value);
    }
  }
  return found;
}

/** "#/definitions/Pet/properties/x" -> "definitions/Pet". */
function refKey(ref: string): string | undefined {
  if (!ref.startsWith('#/')) return undefined;
  try {
    const [section, name] = parsePointer(decodeURIComponent(ref.slice(1)));
    return ['definitions', 'parameters', 'responses'].includes(section) && name !== undefined ? `${section}/${name}` : undefined;
  } catch {
    return undefined;
  }
}

function lookup(swagger: JsonObject, key: string): unknown {
  const slash = key.indexOf('/');
  const section = swagger[key.slice(0, slash)];
  return isObject(section) ? section[key.slice(slash + 1)] : undefined;
}
