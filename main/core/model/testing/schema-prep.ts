/**
 * Turns Swagger 2.0 schemas into schemas ajv compiles: every local ref target of the document is
 * cleaned once and registered as its own schema under a safe key (real names hold spaces and '@'),
 * and Power Platform's accepted looseness is smoothed out — x-ms-* keys, `type: "file"`, boolean
 * `required`, `x-nullable`.
 */
import { isObject, type JsonObject } from '../operations';
import { lookupRef } from './refs';

const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const SCHEMA_SINGLES = ['not', 'additionalProperties', 'items'];
const KNOWN_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
/** Annotation keywords ajv either rejects in draft-04 or that mean nothing for validation. */
const DROPPED = new Set(['discriminator', 'readOnly', 'example', 'xml', 'externalDocs', 'title', 'description', 'default']);

export interface SharedDefinitions {
  /** Cleaned ref targets by safe key; each refers to the others as { $ref: "d3" }. */
  schemas: Map<string, JsonObject>;
  /** "#/definitions/Error message" -> "d3" */
  keys: Map<string, string>;
}

/** Cleans every local ref target reachable in the document (refs inside targets included). */
export function sharedDefinitions(swagger: unknown): SharedDefinitions {
  const keys = new Map<string, string>();
  const schemas = new Map<string, JsonObject>();
  const pending: [string, unknown][] = [];
  const refKey = (ref: string): string => {
    let key = keys.get(ref);
    if (key === undefined) {
      key = `d${keys.size}`;
      keys.set(ref, key);
      pending.push([key, lookupRef(swagger, ref)]);
    }
    return key;
  };
  collectRefs(swagger, (ref) => refKey(ref), 0);
  while (pending.length > 0) {
    const [key, target] = pending.shift()!;
    schemas.set(key, target === undefined ? {} : cleanSchema(target, refKey));
  }
  return { schemas, keys };
}

/** Bounded walk (a parsed JSON document has no cycles, but it may be deep). */
function collectRefs(node: unknown, visit: (ref: string) => void, depth: number): void {
  if (depth > 200 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, visit, depth + 1);
    return;
  }
  const obj = node as JsonObject;
  if (typeof obj.$ref === 'string' && obj.$ref.startsWith('#')) visit(obj.$ref);
  for (const value of Object.values(obj)) collectRefs(value, visit, depth + 1);
}

/** A cleaned copy; `refTo` gives the $ref text for a local ref. Non-local refs accept anything. */
export function cleanSchema(node: unknown, refTo: (ref: string) => string | undefined): JsonObject {
  if (!isObject(node)) return {};
  if (typeof node.$ref === 'string') {
    const target = node.$ref.startsWith('#') ? refTo(node.$ref) : undefined;
    return target ? { $ref: target } : {};
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || DROPPED.has(key)) continue;
    if (SCHEMA_MAPS.includes(key)) {
      if (isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, cleanSchema(sub, refTo)]));
    } else if (SCHEMA_LISTS.includes(key)) {
      if (Array.isArray(value)) out[key] = value.map((sub) => cleanSchema(sub, refTo));
    } else if (SCHEMA_SINGLES.includes(key)) {
      if (Array.isArray(value)) out[key] = value.map((sub) => cleanSchema(sub, refTo));
      else if (isObject(value)) out[key] = cleanSchema(value, refTo);
      else if (typeof value === 'boolean') out[key] = value;
    } else if (key === 'required') {
      if (Array.isArray(value) && value.length > 0) out.required = value.filter((v) => typeof v === 'string');
    } else if (key === 'type') {
      if (typeof value === 'string' && KNOWN_TYPES.has(value)) out.type = value;
    } else {
      out[key] = value;
    }
  }
  if (node['x-nullable'] === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}
