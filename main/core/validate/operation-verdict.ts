/**
 * The verdict of the official Swagger 2.0 schema's "definitions/paths" (every path item and operation), one pass
 * over each object's keys, as schema-object-verdict.ts, parameter-verdict.ts and response-verdict.ts do for
 * what an operation holds. With these, ajv itself checks only the top of the document. Plugged into the fast
 * validator as an ajv keyword (swagger-schema-fast.ts); test/unit/validate/swagger-schema-fast.test.ts holds it
 * to the official verdicts.
 */
import { HTTP_METHODS, isObject } from '../model/operations';
import { isParameter } from './parameter-verdict';
import { isJsonReference, isResponses } from './response-verdict';
import { allDistinct, isDistinctStrings, isExternalDocs } from './schema-object-verdict';

const SCHEMES: ReadonlySet<unknown> = new Set(['http', 'https', 'ws', 'wss']);
const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/** "definitions/paths": path items under keys that start with '/', and x- keys of any value. */
export function isPaths(node: unknown): boolean {
  if (!isObject(node)) return false;
  for (const key in node) {
    if (key.startsWith('/')) {
      if (!isPathItem(node[key])) return false;
    } else if (!key.startsWith('x-')) return false;
  }
  return true;
}

/** "definitions/pathItem": an operation per HTTP method, shared parameters, a `$ref`. */
export function isPathItem(node: unknown): boolean {
  if (!isObject(node)) return false;
  for (const key in node) {
    const value = node[key];
    if (METHODS.has(key)) {
      if (!isOperation(value)) return false;
      continue;
    }
    switch (key) {
      case 'parameters':
        if (!isParametersList(value)) return false;
        break;
      case '$ref':
        if (typeof value !== 'string') return false;
        break;
      default:
        if (!key.startsWith('x-')) return false;
    }
  }
  return true;
}

/** "definitions/operation": `responses` is required. */
export function isOperation(node: unknown): boolean {
  if (!isObject(node) || node.responses === undefined) return false;
  for (const key in node) {
    const value = node[key];
    switch (key) {
      case 'responses':
        if (!isResponses(value)) return false;
        break;
      case 'parameters':
        if (!isParametersList(value)) return false;
        break;
      case 'summary':
      case 'description':
      case 'operationId':
        if (typeof value !== 'string') return false;
        break;
      case 'tags':
      case 'produces':
      case 'consumes':
        // tags, and mediaTypeList: distinct strings (an empty list is allowed).
        if (!isDistinctStrings(value)) return false;
        break;
      case 'schemes':
        if (!isDistinctStrings(value)) return false;
        for (const scheme of value as string[]) if (!SCHEMES.has(scheme)) return false;
        break;
      case 'deprecated':
        if (typeof value !== 'boolean') return false;
        break;
      case 'externalDocs':
        if (!isExternalDocs(value)) return false;
        break;
      case 'security':
        if (!isSecurity(value)) return false;
        break;
      default:
        if (!key.startsWith('x-')) return false;
    }
  }
  return true;
}

/** "definitions/parametersList": distinct (deep-equal) parameters or JSON references. */
function isParametersList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isParameter(item) && !isJsonReference(item)) return false;
  return allDistinct(value);
}

/** "definitions/security": distinct requirements, each naming schemes with distinct lists of scope strings. */
function isSecurity(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const requirement of value) {
    if (!isObject(requirement)) return false;
    for (const name in requirement) if (!isDistinctStrings(requirement[name])) return false;
  }
  return allDistinct(value);
}
