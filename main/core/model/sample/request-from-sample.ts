/**
 * "Import from sample" for a request (verb, URL, headers, body): the path template, its parameters and
 * the body schema. Re-importing onto an existing operation keeps the author's parameter annotations.
 */
import { isObject } from '../operations';
import { primitiveOfText } from './infer';
import { mergeSchema } from './merge-schema';
import { schemaFromSample } from './schema-from-sample';
import { friendlyTitle, singular } from './titles';
import type { SchemaObject } from './types';

export interface RequestSample {
  method: string;
  /** Absolute ("https://api.example.com/v1/users/42?active=true") or a path ("/users/42"). */
  url: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface SampleParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'body';
  required: boolean;
  type?: string;
  format?: string;
  schema?: SchemaObject;
  'x-ms-summary'?: string;
  description?: string;
  [key: string]: unknown;
}

export interface RequestFromSample {
  path: string;
  method: string;
  parameters: SampleParameter[];
  /** The JSON body's schema (also inside the body parameter), when the body is JSON. */
  bodySchema?: SchemaObject;
}

/** Headers every client sends or the platform sets itself: never connector parameters. */
export const STANDARD_HEADERS = new Set([
  'accept', 'accept-charset', 'accept-encoding', 'accept-language', 'authorization', 'cache-control', 'connection',
  'content-length', 'content-type', 'cookie', 'host', 'origin', 'pragma', 'referer', 'user-agent', 'te', 'upgrade',
  'postman-token', 'x-requested-with', 'sec-fetch-mode', 'sec-fetch-site', 'sec-fetch-dest', 'dnt', 'expect',
]);

/** Segments that identify one resource rather than name a collection. */
export function looksLikeId(segment: string): boolean {
  return (
    /^\d+$/.test(segment) ||
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(segment) ||
    /^[0-9a-f]{16,}$/i.test(segment) ||
    (/^[A-Za-z0-9_-]{12,}$/.test(segment) && /\d/.test(segment) && /[A-Za-z]/.test(segment))
  );
}

export function requestFromSample(sample: RequestSample, existing?: Record<string, unknown>): RequestFromSample {
  const url = new URL(sample.url, 'https://sample.invalid');
  const parameters: SampleParameter[] = [];
  const segments = url.pathname.split('/').filter((s) => s.length > 0);
  const used = new Set<string>();
  const template = segments.map((raw, index) => {
    const segment = decodeURIComponent(raw);
    if (!looksLikeId(segment)) return raw;
    const previous = index > 0 ? decodeURIComponent(segments[index - 1]) : '';
    const name = uniqueName(/^[A-Za-z]+$/.test(previous) ? `${singular(previous)}Id` : 'id', used);
    parameters.push(parameter(name, 'path', true, segment));
    return `{${name}}`;
  });
  for (const [name, value] of url.searchParams) {
    if (!parameters.some((p) => p.in === 'query' && p.name === name)) parameters.push(parameter(name, 'query', false, value));
  }
  for (const [name, value] of Object.entries(sample.headers ?? {})) {
    if (!STANDARD_HEADERS.has(name.toLowerCase())) parameters.push(parameter(name, 'header', false, value));
  }
  const bodySchema = jsonBodySchema(sample.body);
  if (bodySchema) {
    parameters.push({ name: 'body', in: 'body', required: true, schema: bodySchema });
  }
  const merged = existing ? mergeParameters(existing, parameters) : parameters;
  const body = merged.find((p) => p.in === 'body');
  return {
    path: '/' + template.join('/'),
    method: sample.method.toLowerCase(),
    parameters: merged,
    ...(body?.schema ? { bodySchema: body.schema } : {}),
  };
}

function parameter(name: string, location: 'path' | 'query' | 'header', required: boolean, value: string): SampleParameter {
  const inferred = location === 'header' ? { type: 'string' } : primitiveOfText(value);
  return { name, in: location, required, ...inferred, 'x-ms-summary': friendlyTitle(name), description: '' };
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}${n}`;
  used.add(name);
  return name;
}

function jsonBodySchema(body: string | undefined): SchemaObject | undefined {
  if (body === undefined || body.trim() === '') return undefined;
  try {
    return schemaFromSample(JSON.parse(body));
  } catch {
    return undefined;
  }
}

/** Existing parameters (matched by location and name) keep every annotation; structure follows the sample. */
function mergeParameters(operation: Record<string, unknown>, generated: SampleParameter[]): SampleParameter[] {
  const existing = Array.isArray(operation.parameters) ? operation.parameters.filter(isObject) : [];
  return generated.map((param) => {
    const match = existing.find((p) => p.in === param.in && (param.in === 'body' || p.name === param.name));
    if (!match) return param;
    if (param.in === 'body') {
      const schema = mergeSchema(isObject(match.schema) ? (match.schema as SchemaObject) : undefined, param.schema ?? {});
      return { ...(match as SampleParameter), schema };
    }
    const { type, format } = param;
    const out: SampleParameter = { ...(match as SampleParameter), type };
    if (format) out.format = format;
    else delete out.format;
    return out;
  });
}
