/**
 * The verdict of the official Swagger 2.0 schema's "definitions/schema" (a JSON Schema object, draft-04
 * keywords, x- extensions), written as one pass over the object's own keys.
 *
 * Why by hand: a large connector holds tens of thousands of schema objects, each of its own shape. ajv's code
 * for this definition loads each declared keyword by name (`data.title !== undefined`, for thirty names,
 * present or not), and across so many shapes V8 serves those loads from its slow megamorphic path. Here each
 * key present is read once and switched on. swagger-schema-fast.ts plugs this in as an ajv keyword of the
 * fast validator, which only answers valid or not; findings always come from the official schema.
 * test/unit/validate/swagger-schema-fast.test.ts holds the two to the same verdicts.
 */

import { isObject } from '../model/operations';
import { sameJson } from '../model/security/json-values';

/** Draft-04's simple types (its "definitions/simpleTypes"). */
const SIMPLE_TYPES: ReadonlySet<unknown> = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);

/** True when `node` is valid against the official "definitions/schema". */
export function isSchemaObject(node: unknown): boolean {
  if (!isObject(node)) return false;
  for (const key in node) {
    const value = node[key];
    switch (key) {
      case '$ref':
      case 'format':
      case 'title':
      case 'description':
      case 'discriminator':
        if (typeof value !== 'string') return false;
        break;
      case 'example':
        break;
      case 'required':
        if (!isStringArray(value)) return false;
        break;
      case 'type':
        if (!isDraft04Type(value)) return false;
        break;
      case 'additionalProperties':
        if (typeof value !== 'boolean' && !isSchemaObject(value)) return false;
        break;
      case 'items':
        if (Array.isArray(value) ? !isSchemaList(value) : !isSchemaObject(value)) return false;
        break;
      case 'allOf':
        if (!Array.isArray(value) || !isSchemaList(value)) return false;
        break;
      case 'properties':
        if (!isObject(value)) return false;
        for (const name in value) if (!isSchemaObject(value[name])) return false;
        break;
      case 'xml':
        if (!isXml(value)) return false;
        break;
      case 'externalDocs':
        if (!isExternalDocs(value)) return false;
        break;
      case 'readOnly':
        if (typeof value !== 'boolean') return false;
        break;
      case 'maxProperties':
      case 'minProperties':
        if (!isNonNegativeInteger(value)) return false;
        break;
      default:
        if (!isValidationKeyword(key, value)) return false;
    }
  }
  return true;
}

/**
 * The keywords every kind of Swagger value constraint shares (schema objects, non-body parameters, their items,
 * response headers): `default`, the bounds, `pattern`, `enum`, `multipleOf`. An x- key is valid too (any
 * value); any other key is not (additionalProperties: false everywhere they are declared).
 */
export function isValidationKeyword(key: string, value: unknown): boolean {
  switch (key) {
    case 'default':
      return true;
    case 'pattern': // format "regex", and formats are not checked
      return typeof value === 'string';
    case 'multipleOf':
      return typeof value === 'number' && value > 0;
    case 'maximum':
    case 'minimum':
      return typeof value === 'number';
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
    case 'uniqueItems':
      return typeof value === 'boolean';
    case 'maxLength':
    case 'minLength':
    case 'maxItems':
    case 'minItems':
      return isNonNegativeInteger(value);
    case 'enum':
      return Array.isArray(value) && value.length > 0 && allDistinct(value);
    default:
      return key.startsWith('x-');
  }
}

/** draft-04 positiveInteger (and positiveIntegerDefault0): an integer >= 0. */
function isNonNegativeInteger(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** A non-empty list of schema objects. */
function isSchemaList(list: unknown[]): boolean {
  if (list.length === 0) return false;
  for (const item of list) if (!isSchemaObject(item)) return false;
  return true;
}

/** draft-04 stringArray: a non-empty list of distinct strings. */
export function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && isDistinctStrings(value);
}

/** A list of strings, none repeated (uniqueItems of string items). */
export function isDistinctStrings(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (typeof item !== 'string') return false;
  return value.length <= SHORT_LIST ? noScalarRepeated(value) : new Set(value).size === value.length;
}

/**
 * Most lists checked for repeats (a schema's `required`, an `enum`) are a few items long: comparing each pair is
 * then cheaper than building a set.
 */
const SHORT_LIST = 8;

/** No two scalars of a short list are equal (JSON scalars: `===` is the set's equality, there is no NaN). */
function noScalarRepeated(list: readonly unknown[]): boolean {
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (list[i] === list[j]) return false;
  }
  return true;
}

/** draft-04 `type`: one simple type, or a non-empty list of distinct ones. */
function isDraft04Type(value: unknown): boolean {
  if (!Array.isArray(value)) return SIMPLE_TYPES.has(value);
  return isStringArray(value) && value.every((type) => SIMPLE_TYPES.has(type));
}

/** The "definitions/xml" object. */
function isXml(value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const key in value) {
    const item = value[key];
    switch (key) {
      case 'name':
      case 'namespace':
      case 'prefix':
        if (typeof item !== 'string') return false;
        break;
      case 'attribute':
      case 'wrapped':
        if (typeof item !== 'boolean') return false;
        break;
      default:
        if (!key.startsWith('x-')) return false;
    }
  }
  return true;
}

/** The "definitions/externalDocs" object: a `url` is required. */
export function isExternalDocs(value: unknown): boolean {
  if (!isObject(value) || !Object.hasOwn(value, 'url')) return false;
  for (const key in value) {
    const item = value[key];
    if (key === 'url' || key === 'description') {
      if (typeof item !== 'string') return false;
    } else if (!key.startsWith('x-')) return false;
  }
  return true;
}

/** uniqueItems: no two items are deep-equal (as JSON values). Scalars by a set; objects and lists pairwise. */
export function allDistinct(list: readonly unknown[]): boolean {
  if (list.length <= SHORT_LIST && list.every(isScalar)) return noScalarRepeated(list);
  const scalars = new Set<unknown>();
  const composites: unknown[] = [];
  for (const item of list) {
    if (typeof item === 'object' && item !== null) {
      for (const other of composites) if (sameJson(item, other)) return false;
      composites.push(item);
    } else {
      if (scalars.has(item)) return false;
      scalars.add(item);
    }
  }
  return true;
}

function isScalar(value: unknown): boolean {
  return typeof value !== 'object' || value === null;
}
