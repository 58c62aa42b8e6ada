/**
 * Picking what to keep: real APIs (GitHub: 1,000+ operations, 10 MB) exceed the connector limits of 1 MB
 * and 512 schemas (CERTIFICATION.md), so the author chooses operations and the rest is pruned.
 */
import { parsePointer, toPointer } from '../model/json-pointer';
import { HTTP_METHODS, listOperations } from '../model/operations';
import { swaggerStats } from './result';
import { isObject, utf8Length, type JsonObject } from './util';
import type { ConversionResult, PlatformLimits } from './types';

const SHARED = ['definitions', 'parameters', 'responses'] as const as readonly string[];

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

/**
 * Keeps only the named operations and the shared sections they still reference (transitively), and the
 * operations a kept one calls to fill a dropdown or a dynamic schema: without them it would break.
 */
export function keepOperations(converted: ConversionResult, operationIds: readonly string[]): ConversionResult {
  const keep = new Set(operationIds);
  const source = converted.swagger;
  const helpers = dynamicHelpers(source, keep);
  for (const id of helpers.keys()) keep.add(id);
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
  const outside = Object.entries(source).filter(([key]) => !SHARED.includes(key) && key !== 'paths' && !key.startsWith('x-'));
  const used = closure(source, [paths, ...outside.map(([, value]) => value)]);
  const items = [...converted.report.items];
  for (const [helper, { user, pointer }] of helpers) {
    const message = `The operation '${helper}' was kept as well, though not picked: '${user}' fills a dropdown or a dynamic schema from it (x-ms-dynamic-*).`;
    items.push({ kind: 'info', message, sourcePointer: pointer, targetPointer: pointer });
  }
  for (const { owner, key } of documentExtensions(source)) {
    const value = owner === 'root' ? source[key] : (source.paths as JsonObject)[key];
    const served = servedBy(source, value);
    if (served.refs.size === 0 && served.operations.size === 0) {
      if (owner === 'paths') paths[key] = value;
      continue;
    }
    // Kept when it names a kept operation, or (naming none) when all it refers to is still needed by the kept
    // operations: an extension that needs shared entries no kept operation uses served what was dropped.
    const needed = served.operations.size > 0 ? [...served.operations].some((id) => keep.has(id)) : [...served.refs].every((ref) => used.has(ref));
    if (needed) {
      for (const ref of closure(source, [value])) used.add(ref);
      if (owner === 'paths') paths[key] = value;
      continue;
    }
    if (owner === 'root') delete swagger[key];
    const pointer = owner === 'root' ? toPointer([key]) : toPointer(['paths', key]);
    const message = `The extension ${key} was dropped with the operations that were not kept: it refers to ${served.refs.size > 0 ? `${served.refs.size} shared entr${served.refs.size === 1 ? 'y' : 'ies'} no kept operation uses` : 'operations that were not kept'}.`;
    items.push({ kind: 'dropped', message, sourcePointer: pointer, targetPointer: pointer });
  }
  for (const section of SHARED) {
    if (!isObject(source[section])) continue;
    const kept = Object.fromEntries(Object.entries(source[section] as JsonObject).filter(([name]) => used.has(`${section}/${name}`)));
    if (Object.keys(kept).length > 0) swagger[section] = kept;
    else delete swagger[section];
  }
  return { ...converted, swagger, report: { ...converted.report, items, stats: swaggerStats(swagger) } };
}

export function platformLimits(swagger: JsonObject): PlatformLimits {
  const bytes = utf8Length(JSON.stringify(swagger, null, 2));
  const schemas = isObject(swagger.definitions) ? Object.keys(swagger.definitions).length : 0;
  return { bytes, schemas, over1MB: bytes > SWAGGER_BYTES_LIMIT, over512: schemas > SCHEMA_COUNT_LIMIT };
}

/** The operations keepOperations keeps besides the named ones: those they call for dropdowns and dynamic schemas. */
export function operationsKeptFor(converted: ConversionResult, operationIds: readonly string[]): string[] {
  return [...dynamicHelpers(converted.swagger, new Set(operationIds)).keys()];
}

const DYNAMIC_EXTENSIONS = new Set(['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties']);

/** The operations the kept ones call through x-ms-dynamic-* (transitively): each with one operation that needs it. */
function dynamicHelpers(swagger: JsonObject, keep: ReadonlySet<string>): Map<string, { user: string; pointer: string }> {
  const byId = new Map(listOperations(swagger).flatMap((op) => (op.operationId ? [[op.operationId, op] as const] : [])));
  const found = new Map<string, { user: string; pointer: string }>();
  const pending = [...keep];
  while (pending.length > 0) {
    const user = pending.pop()!;
    const op = byId.get(user);
    if (!op) continue;
    const item = (swagger.paths as JsonObject)[op.path];
    const roots = [op.operation, isObject(item) ? item.parameters : undefined];
    const shared = [...closure(swagger, roots)].map((ref) => lookup(swagger, ref));
    for (const helper of dynamicOperationIds([...roots, ...shared])) {
      const target = byId.get(helper);
      if (!target || keep.has(helper) || found.has(helper)) continue;
      found.set(helper, { user, pointer: toPointer(['paths', target.path, target.method]) });
      pending.push(helper);
    }
  }
  return found;
}

function dynamicOperationIds(roots: unknown[]): Set<string> {
  const ids = new Set<string>();
  eachMember(roots, (key, value) => {
    if (!DYNAMIC_EXTENSIONS.has(key) || !isObject(value) || typeof value.operationId !== 'string') return false;
    ids.add(value.operationId);
    return true;
  });
  return ids;
}

/**
 * Every member of every object at or below the roots, depth first. `visit` returns true when it has dealt with
 * the member's value, which is then not walked into.
 */
function eachMember(roots: readonly unknown[], visit: (key: string, value: unknown) => boolean): void {
  const pending = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (!visit(key, value) && typeof value === 'object' && value !== null) pending.push(value);
      }
    }
  }
}

/** "section/name" keys of the shared entries a value refers to directly through local $refs, in walk order (repeats kept). */
export function sharedRefsIn(value: unknown): string[] {
  const found: string[] = [];
  eachMember([value], (key, child) => {
    if (key !== '$ref' || typeof child !== 'string') return false;
    const target = refKey(child);
    if (target) found.push(target);
    return true;
  });
  return found;
}

/** "section/name" keys of every shared entry reachable from the roots through local $refs. */
function closure(swagger: JsonObject, roots: unknown[]): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    for (const target of sharedRefsIn(pending.pop())) {
      if (found.has(target)) continue;
      found.add(target);
      pending.push(lookup(swagger, target));
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

/** Vendor extensions that are not part of an operation: at the root, and among the paths. */
function documentExtensions(swagger: JsonObject): { owner: 'root' | 'paths'; key: string }[] {
  const found: { owner: 'root' | 'paths'; key: string }[] = Object.keys(swagger).filter((key) => key.startsWith('x-')).map((key) => ({ owner: 'root', key }));
  for (const key of Object.keys(isObject(swagger.paths) ? swagger.paths : {})) if (key.startsWith('x-')) found.push({ owner: 'paths', key });
  return found;
}

/** What a value depends on: the shared entries it refers to directly, and the operations it names. */
function servedBy(swagger: JsonObject, value: unknown): { refs: Set<string>; operations: Set<string> } {
  const refs = new Set<string>();
  const operations = new Set<string>();
  eachMember([value], (key, child) => {
    if (typeof child !== 'string') return false;
    if (key === '$ref') {
      const target = refKey(child);
      if (target && lookup(swagger, target) !== undefined) refs.add(target);
    } else if (key === 'operationId') operations.add(child);
    return false;
  });
  return { refs, operations };
}
