/** Postman request bodies (raw JSON/text, urlencoded, formdata, file, graphql) -> 2.0 parameters. */
import type { PointerSegment } from '../model/json-pointer';
import { schemaFromSample } from '../model/sample/schema-from-sample';
import { friendlyTitle } from '../model/sample/titles';
import type { Reporter } from './report';
import { isObject, textOf, type JsonObject } from './util';

export interface PostmanBody {
  parameters: JsonObject[];
  consumes?: string;
}

/** JSON with Postman placeholders ({{id}} unquoted) parsed as a sample; undefined when it is not JSON. */
export function parseJsonSample(text: string): unknown {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  for (const candidate of [trimmed, trimmed.replace(/(^|[^"])(\{\{[^{}]+\}\})/g, '$1"$2"')]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

export function convertBody(body: unknown, contentType: string | undefined, at: PointerSegment[], report: Reporter): PostmanBody {
  if (!isObject(body) || body.disabled === true) return { parameters: [] };
  switch (body.mode) {
    case 'raw':
      return rawBody(typeof body.raw === 'string' ? body.raw : '', contentType, body, [...at, 'raw'], report);
    case 'urlencoded':
      return { parameters: formFields(body.urlencoded, false), consumes: 'application/x-www-form-urlencoded' };
    case 'formdata':
      return { parameters: formFields(body.formdata, true), consumes: 'multipart/form-data' };
    case 'file':
      return { parameters: [{ name: 'body', in: 'body', required: true, schema: { type: 'string', format: 'binary' } }], consumes: contentType ?? 'application/octet-stream' };
    case 'graphql': {
      report.approximated('GraphQL body became a JSON body with query and variables.', [...at, 'graphql']);
      const schema = { type: 'object', properties: { query: { type: 'string', 'x-ms-summary': 'Query' }, variables: { type: 'object', 'x-ms-summary': 'Variables' } } };
      return { parameters: [{ name: 'body', in: 'body', required: true, schema }], consumes: 'application/json' };
    }
    default:
      return { parameters: [] };
  }
}

function rawBody(raw: string, contentType: string | undefined, body: JsonObject, at: PointerSegment[], report: Reporter): PostmanBody {
  if (raw.trim() === '') return { parameters: [] };
  const language = isObject(body.options) && isObject(body.options.raw) ? body.options.raw.language : undefined;
  const sample = parseJsonSample(raw);
  if (sample !== undefined) {
    return { parameters: [{ name: 'body', in: 'body', required: true, schema: schemaFromSample(sample) }], consumes: contentType && /json/i.test(contentType) ? contentType : 'application/json' };
  }
  const media = contentType ?? (language === 'xml' ? 'application/xml' : language === 'json' ? 'application/json' : 'text/plain');
  report.approximated(`The ${media} body is not JSON: it became a string body (no schema).`, at);
  return { parameters: [{ name: 'body', in: 'body', required: true, schema: { type: 'string' } }], consumes: media };
}

function formFields(fields: unknown, multipart: boolean): JsonObject[] {
  if (!Array.isArray(fields)) return [];
  const seen = new Set<string>();
  const out: JsonObject[] = [];
  for (const field of fields.filter(isObject)) {
    if (typeof field.key !== 'string' || field.key === '' || seen.has(field.key)) continue;
    seen.add(field.key);
    const isFile = multipart && field.type === 'file';
    const param: JsonObject = { name: field.key, in: 'formData', required: field.disabled !== true, type: isFile ? 'file' : 'string', 'x-ms-summary': friendlyTitle(field.key) };
    const description = textOf(field.description);
    if (description) param.description = description;
    out.push(param);
  }
  return out;
}
