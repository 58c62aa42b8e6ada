/**
 * Response schema validation for the Test step, in the wizard's wording:
 *   Property ".webhook" type mismatch, Expected: "object", Actual: "string"
 * Extra properties are fine (the platform ignores them); unknown formats are ignored.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { isObject, type JsonObject } from '../operations';
import { findOperation } from './parameters';
import { deref } from './refs';
import { cleanSchema, sharedDefinitions } from './schema-prep';
import type { SchemaMessage } from './types';

export interface ResponseValidation {
  /** False when the operation declares no schema for this status: nothing to check. */
  schemaFound: boolean;
  valid: boolean;
  messages: SchemaMessage[];
}

/** At most this many messages: a wrong array of 1,000 items should not bury the first problem. */
const MAX_MESSAGES = 50;

/**
 * Per swagger document: one ajv instance holding the document's cleaned definitions, compiled once
 * and shared by every response schema (a large connector has hundreds of operations over the same
 * models). Held weakly: an edited document is a new object, and the old one is collected.
 */
interface DocumentValidators {
  ajv: Ajv;
  keys: Map<string, string>;
  compiled: Map<unknown, ValidateFunction>;
}
const documents = new WeakMap<object, DocumentValidators>();

function documentValidators(swagger: unknown): DocumentValidators {
  const key = isObject(swagger) ? swagger : {};
  let entry = documents.get(key);
  if (!entry) {
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false, validateSchema: false });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    const shared = sharedDefinitions(swagger);
    for (const [key, schema] of shared.schemas) ajv.addSchema(schema, key);
    entry = { ajv, keys: shared.keys, compiled: new Map() };
    documents.set(key, entry);
  }
  return entry;
}

/** The schema of the response declared for a status: exact code, then "2XX"-style, then default. */
export function responseSchemaFor(swagger: unknown, operationId: string, status: number): unknown {
  const op = findOperation(swagger, operationId);
  const responses = op && isObject(op.operation.responses) ? op.operation.responses : {};
  const entry = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses[`${String(status)[0]}xx`] ?? responses.default;
  const response = deref(swagger, entry);
  return response?.schema;
}

export function validateResponse(swagger: unknown, operationId: string, status: number, bodyText: string | undefined): ResponseValidation {
  const schema = responseSchemaFor(swagger, operationId, status);
  if (!isObject(schema)) return { schemaFound: false, valid: true, messages: [] };
  // A file response is a binary body: there is no JSON shape to compare.
  if (deref(swagger, schema)?.type === 'file') return { schemaFound: true, valid: true, messages: [] };
  // 204/205/304 cannot carry a body (RFC 9110): a schema declared on them describes nothing to check.
  if (status === 204 || status === 205 || status === 304) return { schemaFound: true, valid: true, messages: [] };
  const expectedType = deref(swagger, schema)?.type;
  if ((bodyText ?? '').trim() === '' && expectedType !== undefined && expectedType !== 'string') {
    return { schemaFound: true, valid: false, messages: [{ path: '', message: `The response body is empty, but the schema describes a value of type "${String(expectedType)}".` }] };
  }
  let value: unknown = bodyText ?? '';
  if (bodyText !== undefined && bodyText.trim() !== '') {
    try {
      value = JSON.parse(bodyText);
    } catch {
      if (expectedType !== undefined && expectedType !== 'string') {
        return { schemaFound: true, valid: false, messages: [{ path: '', message: 'The response body is not valid JSON, but the schema describes JSON.' }] };
      }
    }
  }
  return { schemaFound: true, ...validateValue(swagger, schema, value) };
}

export function validateValue(swagger: unknown, schema: JsonObject, value: unknown): { valid: boolean; messages: SchemaMessage[] } {
  const validate = validatorFor(swagger, schema);
  if (validate(value)) return { valid: true, messages: [] };
  const seen = new Set<string>();
  const messages: SchemaMessage[] = [];
  for (const error of validate.errors ?? []) {
    const message = toMessage(error, value);
    if (!message || seen.has(message.message)) continue;
    seen.add(message.message);
    messages.push(message);
    if (messages.length >= MAX_MESSAGES) break;
  }
  return { valid: messages.length === 0, messages };
}

function validatorFor(swagger: unknown, schema: JsonObject): ValidateFunction {
  const doc = documentValidators(swagger);
  let validate = doc.compiled.get(schema);
  if (!validate) {
    validate = doc.ajv.compile(cleanSchema(schema, (ref) => doc.keys.get(ref)));
    doc.compiled.set(schema, validate);
  }
  return validate;
}

/** "/items/0/name" -> ".items[0].name", reading the data to tell array indexes from keys. */
export function dottedPath(instancePath: string, data: unknown): string {
  if (!instancePath) return '';
  let node = data;
  let out = '';
  for (const raw of instancePath.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += Array.isArray(node) ? `[${segment}]` : `.${segment}`;
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return out;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function dataAt(data: unknown, instancePath: string): unknown {
  let node = data;
  for (const raw of instancePath.split('/').slice(1)) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return node;
}

function toMessage(error: ErrorObject, data: unknown): SchemaMessage | undefined {
  const path = dottedPath(error.instancePath, data);
  const actual = dataAt(data, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const expected = Array.isArray(params.type) ? params.type[0] : params.type;
      return { path, message: `Property "${path}" type mismatch, Expected: "${expected}", Actual: "${jsonType(actual)}"` };
    }
    case 'required': {
      const missing = `${path}.${String(params.missingProperty)}`;
      return { path: missing, message: `Property "${missing}" is required but missing` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { path, message: `Property "${path}" value ${JSON.stringify(actual)} is not one of the allowed values: ${allowed}` };
    }
    case 'format':
      return { path, message: `Property "${path}" format mismatch, Expected: "${String(params.format)}", Actual: ${JSON.stringify(actual)}` };
    case 'anyOf':
    case 'oneOf':
    case 'allOf':
    case 'if':
      // The specific branch errors are reported too; the summary line adds nothing.
      return undefined;
    default:
      return { path, message: `Property "${path}" ${error.message ?? 'does not match the schema'}` };
  }
}
