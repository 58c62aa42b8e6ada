/**
 * The verdict of the official Swagger 2.0 schema's "definitions/parameter" (a body parameter, or a header,
 * query, formData or path parameter) and "definitions/primitivesItems", written as one pass over the object's
 * own keys, as schema-object-verdict.ts does for schema objects and for the same reason: parameters are the
 * second most numerous objects of a connector, and ajv's `oneOf` of five sub-schemas of twenty declared
 * keywords each is most of the rest of the schema check. Plugged into the fast validator as an ajv keyword
 * (swagger-schema-fast.ts); test/unit/validate/swagger-schema-fast.test.ts holds it to the official verdicts.
 */
import { isObject } from '../model/operations';
import { isSchemaObject, isValidationKeyword } from './schema-object-verdict';

type Json = Record<string, unknown>;
type Location = 'header' | 'query' | 'formData' | 'path';

const PRIMITIVE_TYPES: ReadonlySet<unknown> = new Set(['string', 'number', 'integer', 'boolean', 'array']);
const FORM_TYPES: ReadonlySet<unknown> = new Set([...PRIMITIVE_TYPES, 'file']);
const COLLECTION_FORMATS: ReadonlySet<unknown> = new Set(['csv', 'ssv', 'tsv', 'pipes']);
const COLLECTION_FORMATS_WITH_MULTI: ReadonlySet<unknown> = new Set([...COLLECTION_FORMATS, 'multi']);

/** True when `node` is valid against the official "definitions/parameter". */
export function isParameter(node: unknown): boolean {
  if (!isObject(node)) return false;
  switch (node.in) {
    case 'body':
      return isBodyParameter(node);
    case 'header':
    case 'query':
    case 'formData':
    case 'path':
      return isNonBodyParameter(node, node.in);
    default:
      return false;
  }
}

/** "definitions/bodyParameter": `name`, `in` and `schema` required. */
function isBodyParameter(node: Json): boolean {
  if (node.name === undefined || node.schema === undefined) return false;
  for (const key in node) {
    const value = node[key];
    switch (key) {
      case 'in':
        break;
      case 'name':
      case 'description':
        if (typeof value !== 'string') return false;
        break;
      case 'required':
        if (typeof value !== 'boolean') return false;
        break;
      case 'schema':
        if (!isSchemaObject(value)) return false;
        break;
      default:
        if (!key.startsWith('x-')) return false;
    }
  }
  return true;
}

/**
 * "definitions/nonBodyParameter" (`name`, `in` and `type` required) and the sub-schema of its location: a path
 * parameter must say `"required": true`; only query and formData parameters take `allowEmptyValue` and the
 * "multi" collection format; only formData parameters can be files.
 */
function isNonBodyParameter(node: Json, location: Location): boolean {
  if (node.name === undefined || node.type === undefined) return false;
  if (location === 'path' && node.required !== true) return false;
  const queryOrForm = location === 'query' || location === 'formData';
  for (const key in node) {
    const value = node[key];
    switch (key) {
      case 'in':
        break;
      case 'name':
      case 'description':
      case 'format':
        if (typeof value !== 'string') return false;
        break;
      case 'required':
        if (typeof value !== 'boolean') return false;
        break;
      case 'type':
        if (!(location === 'formData' ? FORM_TYPES : PRIMITIVE_TYPES).has(value)) return false;
        break;
      case 'allowEmptyValue':
        if (!queryOrForm || typeof value !== 'boolean') return false;
        break;
      case 'collectionFormat':
        if (!(queryOrForm ? COLLECTION_FORMATS_WITH_MULTI : COLLECTION_FORMATS).has(value)) return false;
        break;
      case 'items':
        if (!isPrimitivesItems(value)) return false;
        break;
      default:
        if (!isValidationKeyword(key, value)) return false;
    }
  }
  return true;
}

/** "definitions/primitivesItems": the items of a non-body array parameter (or header), nested as deep as they go. */
export function isPrimitivesItems(node: unknown): boolean {
  if (!isObject(node)) return false;
  for (const key in node) if (!isPrimitivesItemsKeyword(key, node[key])) return false;
  return true;
}

function isPrimitivesItemsKeyword(key: string, value: unknown): boolean {
  switch (key) {
    case 'type':
      return PRIMITIVE_TYPES.has(value);
    case 'format':
      return typeof value === 'string';
    case 'items':
      return isPrimitivesItems(value);
    case 'collectionFormat':
      return COLLECTION_FORMATS.has(value);
    default:
      return isValidationKeyword(key, value);
  }
}

/** "definitions/header": a response header, `type` required; the keywords of primitivesItems and a description. */
export function isHeader(node: unknown): boolean {
  if (!isObject(node) || node.type === undefined) return false;
  for (const key in node) {
    const value = node[key];
    if (key === 'description' ? typeof value !== 'string' : !isPrimitivesItemsKeyword(key, value)) return false;
  }
  return true;
}
