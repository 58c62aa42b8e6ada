/** OpenAPI 3 responses -> Swagger 2.0 responses (+ the operation's `produces`). */
import type { PointerSegment } from '../model/json-pointer';
import { componentName, deref, type Oas3Context } from './oas3-context';
import { isJsonMedia, pickMedia } from './oas3-body';
import { primitiveFields } from './oas3-primitive';
import { convertSchema } from './oas3-schema';
import { copyExtensions, isObject, type JsonObject } from './util';

export interface ConvertedResponses {
  responses: JsonObject;
  produces: string[];
}

export function convertResponses(ctx: Oas3Context, input: unknown, at: PointerSegment[]): ConvertedResponses {
  const responses: JsonObject = {};
  const produces = new Set<string>();
  for (const [code, response] of Object.entries(isObject(input) ? input : {})) {
    if (code.startsWith('x-')) {
      responses[code] = response;
      continue;
    }
    const target = statusCode(code);
    if (!target || responses[target] !== undefined) {
      ctx.report.dropped(`Response "${code}" has no 2.0 status code form${target ? ` (${target} is already used)` : ''}.`, [...at, code]);
      continue;
    }
    if (target !== code) ctx.report.approximated(`Status range ${code} became ${target}.`, [...at, code], [target]);
    responses[target] = convertResponse(ctx, response, [...at, code], produces);
  }
  if (Object.keys(responses).every((key) => key.startsWith('x-'))) {
    responses.default = { description: 'default' };
    ctx.report.info('The operation had no responses: a default response was added (Swagger 2.0 requires one).', at);
  }
  return { responses, produces: [...produces] };
}

/** "200" stays, "2XX" -> "200", "default" stays. */
function statusCode(code: string): string | undefined {
  if (/^\d{3}$/.test(code) || code === 'default') return code;
  const range = /^([1-5])xx$/i.exec(code);
  return range ? `${range[1]}00` : undefined;
}

export function convertResponse(ctx: Oas3Context, input: unknown, at: PointerSegment[], produces?: Set<string>): JsonObject {
  const name = isObject(input) && typeof input.$ref === 'string' ? componentName(ctx, input.$ref, 'responses') : undefined;
  if (name !== undefined) {
    const resolved = deref(ctx, input, at);
    if (resolved && isObject(resolved.value.content)) for (const media of Object.keys(resolved.value.content)) produces?.add(media);
    return { $ref: '#/responses/' + name };
  }
  const resolved = deref(ctx, input, at);
  if (!resolved) {
    ctx.report.dropped('Response could not be resolved (only references inside the file are followed).', at);
    return { description: '' };
  }
  const response = resolved.value;
  const here = resolved.at;
  const out: JsonObject = { description: typeof response.description === 'string' ? response.description : '' };
  const content = isObject(response.content) ? response.content : {};
  const media = Object.keys(content);
  for (const m of media) produces?.add(m);
  const chosen = pickMedia(media);
  if (chosen) {
    const item = isObject(content[chosen]) ? (content[chosen] as JsonObject) : {};
    if (item.schema !== undefined) out.schema = responseSchema(ctx, item.schema, [...here, 'content', chosen, 'schema'], chosen);
    else if (!isJsonMedia(chosen) && /octet-stream|image|pdf|zip|audio|video/.test(chosen)) out.schema = { type: 'file' };
    const example = item.example ?? firstExampleValue(ctx, item.examples);
    if (example !== undefined) out.examples = { [chosen]: example };
    if (isObject(item.examples) && Object.keys(item.examples).length > (item.example === undefined ? 1 : 0)) {
      ctx.report.approximated('Only one response example is kept (2.0 has one example per media type).', [...here, 'content', chosen, 'examples']);
    }
    reportOtherMedia(ctx, content, chosen, [...here, 'content']);
  }
  const headers = convertHeaders(ctx, response.headers, [...here, 'headers']);
  if (headers) out.headers = headers;
  if (response.links !== undefined) ctx.report.dropped('Response links have no 2.0 form.', [...here, 'links']);
  copyExtensions(response, out);
  return out;
}

function responseSchema(ctx: Oas3Context, schema: unknown, at: PointerSegment[], media: string): JsonObject {
  if (isObject(schema) && (schema.format === 'binary' || schema.contentMediaType !== undefined) && (schema.type === 'string' || schema.type === undefined) && !isJsonMedia(media)) {
    return { type: 'file', ...(typeof schema.description === 'string' ? { description: schema.description } : {}) };
  }
  return convertSchema(ctx, schema, at);
}

function firstExampleValue(ctx: Oas3Context, examples: unknown): unknown {
  if (!isObject(examples)) return undefined;
  const first = Object.values(examples)[0];
  return deref(ctx, first, [])?.value.value;
}

/** Other media types are listed in produces; a different schema for them is a loss worth telling. */
function reportOtherMedia(ctx: Oas3Context, content: JsonObject, chosen: string, at: PointerSegment[]): void {
  if (Object.keys(content).length < 2) return;
  const chosenSchema = JSON.stringify((content[chosen] as JsonObject | undefined)?.schema ?? null);
  for (const [media, item] of Object.entries(content)) {
    if (media === chosen || !isObject(item) || item.schema === undefined) continue;
    if (JSON.stringify(item.schema) !== chosenSchema) ctx.report.dropped(`The ${media} response schema was dropped: 2.0 has one schema per response (${chosen} kept).`, [...at, media, 'schema']);
  }
}

function convertHeaders(ctx: Oas3Context, input: unknown, at: PointerSegment[]): JsonObject | undefined {
  if (!isObject(input) || Object.keys(input).length === 0) return undefined;
  const out: JsonObject = {};
  for (const [name, raw] of Object.entries(input)) {
    const resolved = deref(ctx, raw, [...at, name]);
    if (!resolved) {
      ctx.report.dropped(`Response header "${name}" could not be resolved.`, [...at, name]);
      continue;
    }
    const header = resolved.value;
    const fields = primitiveFields(ctx, header.schema ?? {}, [...resolved.at, 'schema'], 'response-header');
    if (typeof header.description === 'string') fields.description = header.description;
    out[name] = fields;
  }
  return out;
}
