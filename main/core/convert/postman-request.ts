/** One Postman request -> one Swagger 2.0 operation (path template, parameters, body, example responses). */
import type { PointerSegment } from '../model/json-pointer';
import { STANDARD_HEADERS } from '../model/sample/request-from-sample';
import { primitiveOfText } from '../model/sample/infer';
import { schemaFromSample, mergeShapes } from '../model/sample/schema-from-sample';
import { friendlyTitle } from '../model/sample/titles';
import { convertBody, parseJsonSample } from './postman-body';
import { parseUrl, resolveVariables, type ParsedUrl } from './postman-url';
import type { Reporter } from './report';
import { isObject, textOf, type JsonObject } from './util';

export interface ConvertedRequest {
  method: string;
  url: ParsedUrl;
  /** Path template segments ("{id}") after the base path is known. */
  templateSegments: string[];
  operation: JsonObject;
}

export interface RequestContext {
  variables: Map<string, string>;
  report: Reporter;
  /** Header carrying the API key, which the connection supplies (not an operation parameter). */
  authHeader?: string;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

export function convertRequest(item: JsonObject, at: PointerSegment[], ctx: RequestContext): ConvertedRequest | undefined {
  const request = typeof item.request === 'string' ? { url: item.request, method: 'GET' } : (item.request as JsonObject);
  const method = String(request.method ?? 'GET').toLowerCase();
  if (!METHODS.has(method)) {
    ctx.report.dropped(`${method.toUpperCase()} requests are not supported in Swagger 2.0.`, [...at, 'request', 'method']);
    return undefined;
  }
  const url = parseUrl(request.url, ctx.variables);
  const parameters: JsonObject[] = [];
  const templateSegments = url.segments.map((segment) => pathSegment(segment, url, ctx.variables, parameters));
  for (const query of url.query) {
    if (parameters.some((p) => p.in === 'query' && p.name === query.key)) continue;
    parameters.push(simpleParameter(query.key, 'query', query.value, query.description, false));
  }
  const headers = headerList(request.header);
  const contentType = headers.find((h) => h.key.toLowerCase() === 'content-type')?.value;
  const accept = headers.find((h) => h.key.toLowerCase() === 'accept')?.value;
  for (const header of headers) {
    const name = header.key.toLowerCase();
    if (STANDARD_HEADERS.has(name) || name === ctx.authHeader?.toLowerCase()) continue;
    if (!parameters.some((p) => p.in === 'header' && String(p.name).toLowerCase() === name)) parameters.push(simpleParameter(header.key, 'header', header.value, header.description, false));
  }
  const body = convertBody(request.body, contentType, [...at, 'request', 'body'], ctx.report);
  parameters.push(...body.parameters);
  const operation: JsonObject = {};
  if (typeof item.name === 'string') operation.summary = item.name;
  const description = textOf(request.description) ?? textOf(item.description);
  if (description) operation.description = description;
  if (parameters.length > 0) operation.parameters = parameters;
  if (body.consumes) operation.consumes = [body.consumes];
  const { responses, produces } = convertExamples(item.response);
  if (accept && !accept.includes('*')) produces.add(accept);
  if (produces.size > 0) operation.produces = [...produces];
  operation.responses = responses;
  return { method, url, templateSegments, operation };
}

/** ":id" and unresolved "{{id}}" become {id} path parameters; resolved variables become text. */
function pathSegment(segment: string, url: ParsedUrl, variables: Map<string, string>, parameters: JsonObject[]): string {
  const add = (name: string) => {
    if (parameters.some((p) => p.in === 'path' && p.name === name)) return;
    const known = url.pathVariables.get(name);
    const param = simpleParameter(name, 'path', known?.value ?? '', known?.description, true);
    parameters.push(param);
  };
  const colon = /^:(.+)$/.exec(segment);
  if (colon) {
    add(colon[1]);
    return `{${colon[1]}}`;
  }
  return resolveVariables(segment, variables).replace(/\{\{([^{}]+)\}\}/g, (_whole, name: string) => {
    const clean = name.trim().replace(/[^A-Za-z0-9_.-]/g, '_');
    add(clean);
    return `{${clean}}`;
  });
}

function simpleParameter(name: string, location: 'path' | 'query' | 'header', value: string, description: string | undefined, required: boolean): JsonObject {
  const inferred = location === 'header' || /\{\{/.test(value) || value === '' ? { type: 'string' } : primitiveOfText(value);
  const param: JsonObject = { name, in: location, required: location === 'path' ? true : required, ...inferred, 'x-ms-summary': friendlyTitle(name) };
  param.description = description ?? '';
  return param;
}

interface Header {
  key: string;
  value: string;
  description?: string;
  disabled: boolean;
}

/** v2.0 allows the headers as one "Key: value" string. */
function headerList(header: unknown): Header[] {
  if (typeof header === 'string') {
    return header.split('\n').map((line) => line.split(':')).filter((p) => p[0].trim() !== '').map(([key, ...value]) => ({ key: key.trim(), value: value.join(':').trim(), disabled: false }));
  }
  if (!Array.isArray(header)) return [];
  return header.filter(isObject).filter((h) => typeof h.key === 'string').map((h) => ({ key: h.key as string, value: h.value === undefined ? '' : String(h.value), description: textOf(h.description), disabled: h.disabled === true }));
}

/** Saved example responses -> response schemas ("import from sample"), one per status code. */
function convertExamples(examples: unknown): { responses: JsonObject; produces: Set<string> } {
  const responses: JsonObject = {};
  const produces = new Set<string>();
  (Array.isArray(examples) ? examples : []).forEach((example) => {
    if (!isObject(example)) return;
    const code = typeof example.code === 'number' && example.code >= 100 && example.code <= 599 ? String(example.code) : 'default';
    const contentType = headerList(example.header).find((h) => h.key.toLowerCase() === 'content-type')?.value.split(';')[0].trim();
    if (contentType) produces.add(contentType);
    const sample = typeof example.body === 'string' ? parseJsonSample(example.body) : undefined;
    const existing = responses[code] as JsonObject | undefined;
    const schema = sample !== undefined ? schemaFromSample(sample) : undefined;
    if (existing) {
      if (schema) existing.schema = existing.schema ? mergeShapes(existing.schema as JsonObject, schema) : schema;
      return;
    }
    const response: JsonObject = { description: typeof example.name === 'string' && example.name !== '' ? example.name : String(example.status ?? code) };
    if (schema) response.schema = schema;
    if (sample !== undefined) response.examples = { [contentType && /json/i.test(contentType) ? contentType : 'application/json']: sample };
    responses[code] = response;
  });
  if (Object.keys(responses).length === 0) responses.default = { description: 'default' };
  return { responses, produces };
}
