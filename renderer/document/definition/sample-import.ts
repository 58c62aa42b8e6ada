/**
 * "Import from sample" as DocEdits: the request (verb, URL, headers, body) becomes the operation's request line,
 * path/query/header parameters and body schema; the response (status, headers, JSON body) becomes a response
 * schema with friendly titles. Re-importing merges: the author's titles and descriptions stay (mergeSchema).
 */
import { isObject, type HttpMethod, HTTP_METHODS } from '../../../main/core/model/operations';
import { getAt, parsePointer, toPointer } from '../../../main/core/model/json-pointer';
import type { DocEdit } from '../../../main/core/model/findings';
import { mergeSchema, requestFromSample, schemaFromSample, STANDARD_HEADERS, type SchemaObject } from '../../../main/core/model/sample';
import { addOperation, deleteOperation, SWAGGER } from './operation-edits';

export interface RequestSampleInput {
  method: string;
  url: string;
  /** "Name: value" lines. */
  headers: string;
  body: string;
}

export interface ResponseSampleInput {
  status: string;
  headers: string;
  body: string;
}

export interface SampleImport {
  pointer: string;
  edits: DocEdit[];
  /** Problems the user must fix before importing (bad URL, body that is not JSON …). */
  errors: string[];
}

export function parseHeaderLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at <= 0) continue;
    out[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return out;
}

/** The sample URL's path without the connector's basePath ("/v1/users/42" with basePath "/v1" -> "/users/42"). */
export function stripBasePath(path: string, basePath: unknown): string {
  if (typeof basePath !== 'string' || basePath === '' || basePath === '/') return path;
  const base = basePath.replace(/\/+$/, '');
  return path === base ? '/' : path.startsWith(base + '/') ? path.slice(base.length) : path;
}

function parseJsonBody(body: string, what: string, errors: string[]): unknown {
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    errors.push(`The ${what} body is not valid JSON.`);
    return undefined;
  }
}

export function importRequest(swagger: unknown, pointer: string, input: RequestSampleInput): SampleImport {
  const errors: string[] = [];
  const method = input.method.toLowerCase() as HttpMethod;
  if (!(HTTP_METHODS as readonly string[]).includes(method)) errors.push(`"${input.method}" is not an HTTP method.`);
  if (input.url.trim() === '') errors.push('Enter the request URL.');
  parseJsonBody(input.body, 'request', errors);
  if (errors.length) return { pointer, edits: [], errors };
  const operation = getAt(swagger, pointer);
  const existing = isObject(operation) ? operation : {};
  let result;
  try {
    result = requestFromSample({ method, url: input.url.trim(), headers: parseHeaderLines(input.headers), body: input.body }, existing);
  } catch {
    return { pointer, edits: [], errors: ['The URL could not be read.'] };
  }
  const path = stripBasePath(result.path, getAt(swagger, '/basePath'));
  const target = toPointer(['paths', path, method]);
  // Parameters the sample does not produce (e.g. shared $ref parameters) are kept after the generated ones.
  const previous = Array.isArray(existing.parameters) ? existing.parameters : [];
  const kept = previous.filter((p) => !isObject(p) || !result.parameters.some((g) => g.in === p.in && (g.in === 'body' || g.name === p.name)))
    .filter((p) => !isObject(p) || (p.in !== 'path' && p.in !== 'body') || typeof p.$ref === 'string');
  const parameters = [...result.parameters, ...kept];
  if (target === pointer) return { pointer, edits: [{ file: SWAGGER, path: pointer + '/parameters', value: parameters }], errors };
  if (getAt(swagger, target) !== undefined) return { pointer, edits: [], errors: [`${method.toUpperCase()} ${path} already exists.`] };
  const [, oldPath] = parsePointer(pointer);
  const edits = isObject(operation) && oldPath !== undefined ? deleteOperation(swagger, pointer) : [];
  const afterDelete = edits.length && edits[0].path === toPointer(['paths', oldPath]) ? withoutPath(swagger, oldPath) : swagger;
  edits.push(...addOperation(afterDelete, path, method, { ...existing, parameters }).edits);
  return { pointer: target, edits, errors };
}

function withoutPath(swagger: unknown, path: string): unknown {
  if (!isObject(swagger) || !isObject(swagger.paths)) return swagger;
  const paths = { ...swagger.paths };
  delete paths[path];
  return { ...swagger, paths };
}

export function importResponse(swagger: unknown, pointer: string, input: ResponseSampleInput): SampleImport {
  const errors: string[] = [];
  const status = input.status.trim() || '200';
  if (!/^([1-5]\d\d|default)$/.test(status)) errors.push('The status must be an HTTP status code such as 200, or "default".');
  const json = parseJsonBody(input.body, 'response', errors);
  if (errors.length) return { pointer, edits: [], errors };
  const responsePointer = toPointer([...parsePointer(pointer), 'responses', status]);
  const existing = getAt(swagger, responsePointer);
  const response: Record<string, unknown> = isObject(existing) ? { ...existing } : { description: status === 'default' ? 'default' : 'OK' };
  if (json !== undefined) response.schema = mergeSchema(isObject(response.schema) ? (response.schema as SchemaObject) : undefined, schemaFromSample(json));
  const headers = Object.keys(parseHeaderLines(input.headers)).filter((h) => !STANDARD_HEADERS.has(h.toLowerCase()) && h.toLowerCase() !== 'date' && h.toLowerCase() !== 'server');
  if (headers.length) {
    const previous = isObject(response.headers) ? response.headers : {};
    response.headers = { ...Object.fromEntries(headers.map((h) => [h, { type: 'string', description: '' }])), ...previous };
  }
  const edits: DocEdit[] = [];
  if (!isObject(getAt(swagger, pointer + '/responses'))) edits.push({ file: SWAGGER, path: pointer + '/responses', value: {} });
  edits.push({ file: SWAGGER, path: responsePointer, value: response });
  return { pointer, edits, errors };
}
