/**
 * requestBody -> a `body` parameter (JSON and other payloads) or `formData` parameters (multipart and
 * urlencoded forms), plus `consumes`. 2.0 cannot have both, so a form alternative beside JSON is reported.
 */
import type { PointerSegment } from '../model/json-pointer';
import { deref, type Oas3Context } from './oas3-context';
import { primitiveFields } from './oas3-primitive';
import { convertSchema } from './oas3-schema';
import { copyExtensions, isObject, type JsonObject } from './util';

const FORMS = ['multipart/form-data', 'application/x-www-form-urlencoded'];

export function isJsonMedia(media: string): boolean {
  return /^application\/(.+\+)?json\b/i.test(media) || /[/+]json\b/i.test(media) || media === '*/*';
}

/** Picks the media type whose schema represents the payload: JSON first, then forms, then the first. */
export function pickMedia(media: string[]): string | undefined {
  return media.find(isJsonMedia) ?? media.find((m) => FORMS.includes(m.toLowerCase())) ?? media[0];
}

export interface ConvertedBody {
  parameters: JsonObject[];
  consumes: string[];
}

export function convertRequestBody(ctx: Oas3Context, input: unknown, at: PointerSegment[]): ConvertedBody {
  if (isObject(input) && typeof input.$ref === 'string' && ctx.requestBodyParameters.has(input.$ref)) {
    const resolved = deref(ctx, input, at);
    const media = resolved && isObject(resolved.value.content) ? Object.keys(resolved.value.content) : [];
    return { parameters: [{ $ref: ctx.requestBodyParameters.get(input.$ref) as string }], consumes: media };
  }
  const resolved = deref(ctx, input, at);
  if (!resolved || !isObject(resolved.value.content)) {
    ctx.report.dropped('Request body could not be resolved or has no content.', at);
    return { parameters: [], consumes: [] };
  }
  const body = resolved.value;
  const content = body.content as JsonObject;
  const media = Object.keys(content);
  const chosen = pickMedia(media);
  if (!chosen) return { parameters: [], consumes: [] };
  const contentAt = [...resolved.at, 'content'];
  if (FORMS.includes(chosen.toLowerCase())) {
    for (const other of media) if (other !== chosen) ctx.report.dropped(`Request body as ${other} was dropped: the ${chosen} form is kept.`, [...contentAt, other]);
    return { parameters: formParameters(ctx, content[chosen], [...contentAt, chosen], chosen), consumes: [chosen] };
  }
  const consumes = media.filter((m) => !FORMS.includes(m.toLowerCase()));
  for (const other of media) if (FORMS.includes(other.toLowerCase())) ctx.report.dropped(`Request body as ${other} was dropped: 2.0 cannot describe a form beside a ${chosen} body.`, [...contentAt, other]);
  return { parameters: [bodyParameter(ctx, body, chosen, [...contentAt, chosen])], consumes };
}

/** The `body` parameter for a request body (also used for components.requestBodies). */
export function bodyParameter(ctx: Oas3Context, body: JsonObject, media: string, mediaAt: PointerSegment[]): JsonObject {
  const item = isObject((body.content as JsonObject)[media]) ? ((body.content as JsonObject)[media] as JsonObject) : {};
  const schema = item.schema !== undefined ? convertSchema(ctx, item.schema, [...mediaAt, 'schema']) : isJsonMedia(media) ? {} : { type: 'string', format: 'binary' };
  const example = item.example ?? firstExample(ctx, item.examples);
  if (example !== undefined) {
    if (schema.$ref === undefined && schema.example === undefined) schema.example = example;
    else ctx.report.dropped('Request example was dropped (2.0 body parameters hold no example beside a $ref).', [...mediaAt, item.example !== undefined ? 'example' : 'examples']);
  }
  const name = typeof body['x-bodyName'] === 'string' ? body['x-bodyName'] : 'body';
  const out: JsonObject = { name, in: 'body', required: body.required === true, schema };
  if (typeof body.description === 'string') out.description = body.description;
  copyExtensions(body, out);
  delete out['x-bodyName'];
  return out;
}

function firstExample(ctx: Oas3Context, examples: unknown): unknown {
  if (!isObject(examples)) return undefined;
  const first = Object.values(examples)[0];
  const resolved = deref(ctx, first, []);
  return resolved?.value.value;
}

function formParameters(ctx: Oas3Context, media: unknown, at: PointerSegment[], mime: string): JsonObject[] {
  const item = isObject(media) ? media : {};
  if (item.encoding !== undefined) ctx.report.dropped('Form field encodings have no 2.0 form.', [...at, 'encoding']);
  const schema = collectObject(ctx, item.schema, [...at, 'schema']);
  if (!schema) {
    ctx.report.approximated(`The ${mime} body is not an object schema: sent as one "body" form field.`, [...at, 'schema']);
    return [{ name: 'body', in: 'formData', type: 'string', required: false }];
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(schema.properties).map(([name, property]) => {
    const fields = primitiveFields(ctx, property, [...at, 'schema', 'properties', name], 'formData');
    if (fields.type === 'file' && mime !== 'multipart/form-data') fields.type = 'string';
    return { name, in: 'formData', required: required.has(name), ...fields };
  });
}

/** The properties of an object schema, following refs and allOf. */
function collectObject(ctx: Oas3Context, input: unknown, at: PointerSegment[], depth = 0): { properties: JsonObject; required: unknown[] } | undefined {
  const resolved = deref(ctx, input, at);
  if (!resolved || depth > 16) return undefined;
  const schema = resolved.value;
  const properties: JsonObject = isObject(schema.properties) ? { ...schema.properties } : {};
  const required: unknown[] = Array.isArray(schema.required) ? [...schema.required] : [];
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const sub = collectObject(ctx, part, at, depth + 1);
    if (sub) {
      Object.assign(properties, sub.properties);
      required.push(...sub.required);
    }
  }
  return Object.keys(properties).length > 0 ? { properties, required } : undefined;
}
