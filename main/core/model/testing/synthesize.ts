/**
 * Sample values from a Swagger schema: for the mock server's responses and for "fill with sample
 * values" in the form. Local refs, allOf, enums, formats, arrays and required properties are honoured;
 * cyclic models keep only required properties from their second visit, and everything stops at a fixed depth.
 */
import { isObject, type JsonObject } from '../operations';
import { lookupRef } from './refs';

/** Below this depth optional properties are left out: enough to show the shape, bounded in size. */
const FULL_DEPTH = 4;
const MAX_DEPTH = 12;

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-31T12:00:00Z',
  date: '2024-01-31',
  time: '12:00:00Z',
  uuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  guid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  email: 'user@example.com',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  byte: 'U2FtcGxl',
  binary: 'sample',
  password: 'sample',
};

export function synthesize(swagger: unknown, schema: unknown): unknown {
  return sample(swagger, schema, 0, []);
}

function sample(swagger: unknown, node: unknown, depth: number, refs: string[]): unknown {
  if (!isObject(node)) return {};
  if (typeof node.$ref === 'string') {
    const ref = node.$ref;
    const target = lookupRef(swagger, ref);
    if (depth > MAX_DEPTH) return emptyOf(swagger, target);
    // A model met again inside itself: keep only its required properties, so the cycle ends quickly
    // unless the schema requires it to go on (then MAX_DEPTH ends it).
    return sample(swagger, target, refs.includes(ref) ? Math.max(depth, FULL_DEPTH) : depth, [...refs, ref]);
  }
  if (Array.isArray(node.allOf)) return mergeAllOf(swagger, node, depth, refs);
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum.find((v) => v !== null) ?? node.enum[0];
  const type = typeOf(node);
  switch (type) {
    case 'object':
      return sampleObject(swagger, node, depth, refs);
    case 'array': {
      if (!isObject(node.items) || depth > MAX_DEPTH) return [];
      const count = Math.max(1, Number(node.minItems) || 0);
      const item = sample(swagger, node.items, depth + 1, refs);
      return Array.from({ length: Math.min(count, 3) }, () => item);
    }
    case 'integer':
    case 'number':
      return sampleNumber(node, type);
    case 'boolean':
      return typeof node.example === 'boolean' ? node.example : true;
    case 'string':
      return sampleString(node);
    default:
      return {};
  }
}

function typeOf(node: JsonObject): string {
  if (typeof node.type === 'string') return node.type;
  if (isObject(node.properties) || isObject(node.additionalProperties)) return 'object';
  if (isObject(node.items)) return 'array';
  return 'any';
}

function sampleObject(swagger: unknown, node: JsonObject, depth: number, refs: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string') : [];
  const properties = isObject(node.properties) ? node.properties : {};
  for (const [name, prop] of Object.entries(properties)) {
    if (depth >= FULL_DEPTH && !required.includes(name)) continue;
    out[name] = sample(swagger, prop, depth + 1, refs);
  }
  return out;
}

function mergeAllOf(swagger: unknown, node: JsonObject, depth: number, refs: string[]): unknown {
  const { allOf, ...own } = node;
  let merged: Record<string, unknown> = {};
  for (const part of [...(allOf as unknown[]), own]) {
    const value = sample(swagger, part, depth, refs);
    if (isObject(value)) merged = { ...merged, ...value };
    else if (Object.keys(merged).length === 0 && value !== undefined && !(isObject(part) && Object.keys(part).length === 0)) return value;
  }
  return merged;
}

/** What a cyclic or too-deep ref contributes: the smallest valid value of its type. */
function emptyOf(swagger: unknown, target: unknown): unknown {
  const node = isObject(target) && typeof target.$ref === 'string' ? lookupRef(swagger, target.$ref) : target;
  if (!isObject(node)) return {};
  const type = typeOf(node);
  if (type === 'array') return [];
  if (type === 'object' || type === 'any') return {};
  return sample(swagger, node, MAX_DEPTH + 1, []);
}

function sampleNumber(node: JsonObject, type: 'integer' | 'number'): number {
  if (typeof node.example === 'number' && (type === 'number' || Number.isInteger(node.example)) && !hasLimits(node)) return node.example;
  const min = typeof node.minimum === 'number' ? node.minimum + (node.exclusiveMinimum === true ? 1 : 0) : undefined;
  const max = typeof node.maximum === 'number' ? node.maximum - (node.exclusiveMaximum === true ? 1 : 0) : undefined;
  let value = min ?? (max !== undefined && max < 1 ? max : 1);
  if (type === 'integer') value = Math.ceil(value);
  return value;
}

function hasLimits(node: JsonObject): boolean {
  return ['minimum', 'maximum', 'multipleOf', 'minLength', 'maxLength', 'pattern', 'format'].some((k) => node[k] !== undefined);
}

function sampleString(node: JsonObject): string {
  if (typeof node.example === 'string' && !hasLimits(node)) return node.example;
  const format = typeof node.format === 'string' ? node.format.toLowerCase() : '';
  let value = FORMAT_SAMPLES[format] ?? 'string';
  const minLength = Number(node.minLength) || 0;
  const maxLength = Number(node.maxLength) || 0;
  if (value.length < minLength) value = value.padEnd(minLength, 'x');
  if (maxLength > 0 && value.length > maxLength) value = value.slice(0, maxLength);
  return value;
}
