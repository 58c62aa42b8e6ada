/**
 * The verdict of the official Swagger 2.0 schema's "definitions/responses" (an operation's responses by status
 * code) and "definitions/response", one pass over each object's keys, as schema-object-verdict.ts and
 * parameter-verdict.ts do and for the same reason. Plugged into the fast validator as ajv keywords
 * (swagger-schema-fast.ts); test/unit/validate/swagger-schema-fast.test.ts holds them to the official verdicts.
 */
import { isObject } from '../model/operations';
import { isHeader } from './parameter-verdict';
import { isExternalDocs, isSchemaObject, isStringArray } from './schema-object-verdict';
import { isThreeDigitCode } from '../rules/support/text';

/** A status-code key of "definitions/responses" (the official pattern ^([0-9]{3})$|^(default)$). */
function isStatusKey(key: string): boolean {
  return key === 'default' || isThreeDigitCode(key);
}

/**
 * "definitions/responses": at least one response (an x- key alone is not enough), each a response or a JSON
 * reference, under a three-digit code or "default"; x- keys of any value.
 */
export function isResponses(node: unknown): boolean {
  if (!isObject(node)) return false;
  let responses = 0;
  for (const key in node) {
    if (key.startsWith('x-')) continue;
    if (!isStatusKey(key)) return false;
    const value = node[key];
    if (!isResponse(value) && !isJsonReference(value)) return false;
    responses++;
  }
  return responses > 0;
}

/** "definitions/response": a `description` is required; the schema is a schema object or a file schema. */
export function isResponse(node: unknown): boolean {
  if (!isObject(node) || node.description === undefined) return false;
  for (const key in node) {
    const value = node[key];
    switch (key) {
      case 'description':
        if (typeof value !== 'string') return false;
        break;
      case 'schema':
        if (!isSchemaObject(value) && !isFileSchema(value)) return false;
        break;
      case 'headers':
        if (!isObject(value)) return false;
        for (const name in value) if (!isHeader(value[name])) return false;
        break;
      case 'examples':
        if (!isObject(value)) return false;
        break;
      default:
        if (!key.startsWith('x-')) return false;
    }
  }
  return true;
}

/** "definitions/jsonReference": a `$ref` string and nothing else. */
export function isJsonReference(node: unknown): boolean {
  if (!isObject(node) || typeof node.$ref !== 'string') return false;
  for (const key in node) if (key !== '$ref') return false;
  return true;
}

/** "definitions/fileSchema": `"type": "file"` is required. */
function isFileSchema(node: unknown): boolean {
  if (!isObject(node) || node.type === undefined) return false;
  for (const key in node) {
    const value = node[key];
    switch (key) {
      case 'type':
        if (value !== 'file') return false;
        break;
      case 'format':
      case 'title':
      case 'description':
        if (typeof value !== 'string') return false;
        break;
      case 'default':
      case 'example':
        break;
      case 'required':
        if (!isStringArray(value)) return false;
        break;
      case 'readOnly':
        if (typeof value !== 'boolean') return false;
        break;
      case 'externalDocs':
        if (!isExternalDocs(value)) return false;
        break;
      default:
        if (!key.startsWith('x-')) return false;
    }
  }
  return true;
}
