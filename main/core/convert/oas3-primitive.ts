/**
 * Non-body parameters, form fields and response headers are not schemas in 2.0: they carry a primitive
 * type inline (no $ref, no objects). This flattens an OpenAPI 3 schema into those fields.
 */
import type { PointerSegment } from '../model/json-pointer';
import { deref, type Oas3Context } from './oas3-context';
import { VALUE_CHECKS } from './oas3-schema';
import { isObject, uniqueJson, type JsonObject } from './util';

export type PrimitiveContext = 'query' | 'path' | 'header' | 'formData' | 'response-header' | 'items';

const COPIED = ['format', 'default', 'maximum', 'minimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'multipleOf'];
const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array']);

export function primitiveFields(ctx: Oas3Context, input: unknown, at: PointerSegment[], context: PrimitiveContext, style?: { style?: unknown; explode?: unknown }, depth = 0): JsonObject {
  const schema = flatten(ctx, input, at, depth);
  const out: JsonObject = {};
  let type = pickType(schema);
  if (type === 'object' || (type === 'file' && context !== 'formData')) {
    ctx.report.approximated(`A${type === 'object' ? 'n object' : ' file'} value here has no 2.0 form and is sent as a string.`, at);
    type = 'string';
  }
  if (context === 'formData' && type === 'string' && schema.format === 'binary') type = 'file';
  out.type = type;
  for (const key of COPIED) {
    if (schema[key] !== undefined && VALUE_CHECKS[key]?.(schema[key]) !== false && !(type === 'file' && key === 'format')) out[key] = schema[key];
  }
  if (typeof schema.exclusiveMaximum === 'number') Object.assign(out, { maximum: schema.exclusiveMaximum, exclusiveMaximum: true });
  else if (schema.exclusiveMaximum === true && out.maximum !== undefined) out.exclusiveMaximum = true;
  if (typeof schema.exclusiveMinimum === 'number') Object.assign(out, { minimum: schema.exclusiveMinimum, exclusiveMinimum: true });
  else if (schema.exclusiveMinimum === true && out.minimum !== undefined) out.exclusiveMinimum = true;
  const choices = Array.isArray(schema.enum) ? schema.enum : schema.const !== undefined ? [schema.const] : undefined;
  if (choices && choices.length > 0) out.enum = uniqueJson(choices.filter((v) => v !== null && typeof v !== 'object'));
  if (Array.isArray(out.enum) && out.enum.length === 0) delete out.enum;
  if (schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'))) out['x-nullable'] = true;
  if (typeof schema.description === 'string' && context !== 'items') out.description = schema.description;
  if (type === 'array') {
    out.items = primitiveFields(ctx, schema.items ?? {}, [...at, 'items'], 'items', undefined, depth + 1);
    const format = collectionFormat(context, style);
    if (format) out.collectionFormat = format;
  }
  if (out.default !== undefined && (typeof out.default === 'object' || out.default === null)) delete out.default;
  if (context === 'items') delete out['x-nullable'];
  return out;
}

/** Follows refs and folds allOf / oneOf / anyOf into one schema (first typed alternative). */
function flatten(ctx: Oas3Context, input: unknown, at: PointerSegment[], depth: number): JsonObject {
  const resolved = deref(ctx, input, at);
  if (!resolved || depth > 32) return {};
  const schema = resolved.value;
  const parts = Array.isArray(schema.allOf) ? schema.allOf : [];
  const alternatives = (Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : []).filter(
    (branch) => !(isObject(branch) && branch.type === 'null'),
  );
  if (parts.length === 0 && alternatives.length === 0) return schema;
  const merged: JsonObject = {};
  for (const part of parts) Object.assign(merged, flatten(ctx, part, at, depth + 1));
  if (alternatives.length > 0) {
    if (alternatives.length > 1) ctx.report.approximated(`${schema.oneOf ? 'oneOf' : 'anyOf'} of ${alternatives.length} alternatives became its first alternative.`, at);
    Object.assign(merged, flatten(ctx, alternatives[0], at, depth + 1));
  }
  const own = { ...schema };
  delete own.allOf;
  delete own.oneOf;
  delete own.anyOf;
  return { ...merged, ...own };
}

function pickType(schema: JsonObject): string {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t) => typeof t === 'string' && t !== 'null') as string[];
  if (types[0] === 'object' || types[0] === 'file' || PRIMITIVE_TYPES.has(types[0])) return types[0];
  if (isObject(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  const sample = Array.isArray(schema.enum) ? schema.enum[0] : undefined;
  if (typeof sample === 'number') return Number.isInteger(sample) ? 'integer' : 'number';
  if (typeof sample === 'boolean') return 'boolean';
  return 'string';
}

/** OpenAPI 3 style/explode -> 2.0 collectionFormat (multi only exists for query and form fields). */
function collectionFormat(context: PrimitiveContext, style?: { style?: unknown; explode?: unknown }): string | undefined {
  const s = style?.style;
  if (s === 'spaceDelimited') return 'ssv';
  if (s === 'pipeDelimited') return 'pipes';
  if (context === 'query' || context === 'formData') {
    const explode = style?.explode ?? (s === undefined || s === 'form');
    return explode === true ? 'multi' : 'csv';
  }
  return context === 'items' ? undefined : 'csv';
}
