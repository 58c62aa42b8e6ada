/**
 * OpenAPI 3.0/3.1 schema -> Swagger 2.0 schema. 2.0 schemas are a closed keyword set (the 2.0 JSON schema
 * has additionalProperties: false), so every keyword is either kept, translated, or dropped with a report.
 */
import { escapeSegment, type PointerSegment } from '../model/json-pointer';
import type { SchemaObject } from '../model/sample';
import { componentName, resolveRef, type Oas3Context } from './oas3-context';
import { combineAlternatives } from './oas3-alternatives';
import { isAbsoluteUrl, isObject, isValidRegex, uniqueJson, type JsonObject } from './util';
import { partAt } from './oas3-schema-parts';

const KEPT = new Set([
  'title', 'description', 'default', 'multipleOf', 'maximum', 'minimum', 'maxLength', 'minLength', 'maxItems',
  'minItems', 'uniqueItems', 'maxProperties', 'minProperties', 'format', 'readOnly', 'xml', 'example',
]);
/** Keywords with no effect on the data's shape that 2.0 lacks: reported as information, not losses. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'contentEncoding', 'contentMediaType', '$anchor', '$dynamicAnchor']);
const MAX_DEPTH = 64;

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
/** Values the 2.0 schema types strictly: real specs sometimes write "10" or an invalid regex. */
export const VALUE_CHECKS: Record<string, (v: unknown) => boolean> = {
  title: (v) => typeof v === 'string',
  description: (v) => typeof v === 'string',
  format: (v) => typeof v === 'string',
  pattern: (v) => typeof v === 'string' && isValidRegex(v),
  maximum: isNumber,
  minimum: isNumber,
  multipleOf: (v) => isNumber(v) && (v as number) > 0,
  maxLength: isCount,
  minLength: isCount,
  maxItems: isCount,
  minItems: isCount,
  maxProperties: isCount,
  minProperties: isCount,
  uniqueItems: (v) => typeof v === 'boolean',
  readOnly: (v) => typeof v === 'boolean',
  xml: (v) => isObject(v) && Object.entries(v).every(([k, x]) => k.startsWith('x-') || (['name', 'namespace', 'prefix'].includes(k) ? typeof x === 'string' : ['attribute', 'wrapped'].includes(k) && typeof x === 'boolean')),
  externalDocs: (v) => isObject(v) && isAbsoluteUrl(v.url) && Object.keys(v).every((k) => k === 'url' || k === 'description' || k.startsWith('x-')),
};

export function convertSchema(ctx: Oas3Context, input: unknown, at: PointerSegment[], depth = 0): SchemaObject {
  const part = partAt(ctx, at);
  if (part !== undefined) return { $ref: '#/definitions/' + escapeSegment(part) };
  return convertSchemaHere(ctx, input, at, depth);
}

/** convertSchema without looking for a part definition at `at` (used to make that definition). */
export function convertSchemaHere(ctx: Oas3Context, input: unknown, at: PointerSegment[], depth = 0): SchemaObject {
  if (input === true || input === undefined) return {};
  if (!isObject(input)) {
    ctx.report.dropped('A schema that is not an object (false or invalid) became an empty schema.', at);
    return {};
  }
  if (depth > MAX_DEPTH) {
    ctx.report.dropped(`Schema nested deeper than ${MAX_DEPTH} levels was cut off.`, at);
    return {};
  }
  if (typeof input.$ref === 'string') return convertRef(ctx, input, at, depth);
  const alternatives = input.oneOf ?? input.anyOf;
  if (Array.isArray(alternatives)) return combineAlternatives(ctx, input, at, depth, convertSchema);
  return convertPlain(ctx, input, at, depth);
}

function convertRef(ctx: Oas3Context, input: JsonObject, at: PointerSegment[], depth: number): SchemaObject {
  const ref = input.$ref as string;
  const siblings = Object.keys(input).filter((key) => key !== '$ref');
  let target: SchemaObject;
  // A whole component schema is a definition of the same name, and so is a part of one (oas3-schema-parts.ts);
  // anything else (a schema under paths, a missing one) is copied in place or reported by inlineRef.
  const name = componentName(ctx, ref, 'schemas');
  if (name !== undefined) target = { $ref: '#/definitions/' + name };
  else if (ctx.schemaPartRefs.has(ref)) target = { $ref: '#/definitions/' + escapeSegment(ctx.schemaPartRefs.get(ref) as string) };
  else target = inlineRef(ctx, ref, at, depth);
  if (siblings.length === 0) return target;
  // 2.0 ignores $ref siblings; wrapping the ref in allOf keeps the author's description and nullability.
  const rest: JsonObject = {};
  for (const key of siblings) rest[key] = input[key];
  const converted = convertPlain(ctx, rest, at, depth);
  return { ...converted, allOf: [target, ...((converted.allOf as SchemaObject[] | undefined) ?? [])] };
}

/** A ref that does not point at components/schemas (into paths, or elsewhere) is copied in place. */
function inlineRef(ctx: Oas3Context, ref: string, at: PointerSegment[], depth: number): SchemaObject {
  const resolved = resolveRef(ctx, ref);
  if (!resolved) {
    ctx.report.dropped(`Reference ${ref} could not be resolved (only references inside the file are followed); it became an empty schema.`, at);
    return {};
  }
  if (ctx.inlining.has(ref)) {
    ctx.report.dropped(`Recursive reference ${ref} outside components/schemas became an empty schema.`, at);
    return {};
  }
  ctx.inlining.add(ref);
  try {
    return convertSchema(ctx, resolved.value, resolved.at, depth + 1);
  } finally {
    ctx.inlining.delete(ref);
  }
}

export function convertPlain(ctx: Oas3Context, input: JsonObject, at: PointerSegment[], depth: number): SchemaObject {
  const out: SchemaObject = {};
  const dropped: string[] = [];
  const annotations: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    if (KEPT.has(key)) out[key] = value;
    else if (key.startsWith('x-')) out[key] = value;
    else if (!translate(ctx, key, value, input, out, at, depth)) (ANNOTATIONS.has(key) ? annotations : dropped).push(key);
  }
  if (annotations.length > 0) ctx.report.info(`Schema annotation${annotations.length > 1 ? 's' : ''} ${annotations.join(', ')} removed (no effect on the data).`, at);
  for (const [key, valid] of Object.entries(VALUE_CHECKS)) {
    if (key in out && !valid(out[key])) {
      ctx.report.dropped(`Invalid ${key} value ${JSON.stringify(out[key])} was dropped.`, [...at, key]);
      delete out[key];
    }
  }
  if (dropped.length > 0) {
    ctx.report.dropped(`Schema keyword${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')} ha${dropped.length > 1 ? 've' : 's'} no Swagger 2.0 equivalent.`, at);
  }
  return out;
}

/** Handles one non-trivial keyword; false when it has no 2.0 form. */
function translate(ctx: Oas3Context, key: string, value: unknown, input: JsonObject, out: SchemaObject, at: PointerSegment[], depth: number): boolean {
  const here = [...at, key];
  switch (key) {
    case 'type':
      return convertType(ctx, value, out, here);
    case 'nullable':
      if (value === true) out['x-nullable'] = true;
      return true;
    case 'pattern':
      if (typeof value === 'string') out.pattern = value;
      return typeof value === 'string';
    case 'externalDocs':
      out.externalDocs = value;
      return true;
    case 'properties':
      if (!isObject(value)) return false;
      out.properties = {};
      for (const [name, schema] of Object.entries(value)) out.properties[name] = convertSchema(ctx, schema, [...here, name], depth + 1);
      return true;
    case 'items':
      if (Array.isArray(value)) {
        ctx.report.approximated('Tuple items: only the first item schema is kept.', here);
        out.items = convertSchema(ctx, value[0], [...here, 0], depth + 1);
      } else out.items = convertSchema(ctx, value, here, depth + 1);
      return true;
    case 'additionalProperties':
      out.additionalProperties = typeof value === 'boolean' ? value : convertSchema(ctx, value, here, depth + 1);
      return true;
    case 'allOf':
      if (!Array.isArray(value)) return false;
      out.allOf = value.map((part, i) => convertSchema(ctx, part, [...here, i], depth + 1));
      return true;
    case 'required':
      if (Array.isArray(value) && value.length > 0) out.required = uniqueJson(value.filter((v) => typeof v === 'string'));
      if (out.required?.length === 0) delete out.required;
      return true;
    case 'enum':
      if (Array.isArray(value) && value.length > 0) out.enum = uniqueJson(value);
      return true;
    case 'const':
      out.enum = [value];
      return true;
    case 'examples':
      return convertExamples(ctx, value, input, out, here);
    case 'discriminator':
      return convertDiscriminator(ctx, value, out, here);
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
      return convertExclusive(key, value, input, out);
    case 'deprecated':
      out['x-deprecated'] = value;
      if (value === true) ctx.report.renamed('deprecated became x-deprecated (2.0 schemas have no deprecated flag).', here);
      return true;
    default:
      return false;
  }
}

function convertType(ctx: Oas3Context, value: unknown, out: SchemaObject, at: PointerSegment[]): boolean {
  const types = (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string');
  const real = types.filter((t) => t !== 'null');
  if (real.length < types.length) out['x-nullable'] = true;
  if (real.length > 1) ctx.report.approximated(`Type ${JSON.stringify(types)} became "${real[0]}" (2.0 allows one type).`, at);
  if (real.length === 0 && types.length > 0) ctx.report.approximated('Type "null" became an untyped schema with x-nullable.', at);
  if (real.length > 0) out.type = real[0];
  return true;
}

function convertExamples(ctx: Oas3Context, value: unknown, input: JsonObject, out: SchemaObject, at: PointerSegment[]): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  if (input.example === undefined) out.example = value[0];
  if (value.length > 1 || input.example !== undefined) ctx.report.approximated('Only one example is kept (2.0 has a single example).', at);
  return true;
}

function convertDiscriminator(ctx: Oas3Context, value: unknown, out: SchemaObject, at: PointerSegment[]): boolean {
  if (typeof value === 'string') out.discriminator = value;
  else if (isObject(value) && typeof value.propertyName === 'string') {
    out.discriminator = value.propertyName;
    if (value.mapping !== undefined) ctx.report.dropped('Discriminator mapping has no 2.0 form: 2.0 uses the definition names as values.', [...at, 'mapping']);
  } else return false;
  return true;
}

/** 3.1 writes exclusiveMaximum: 10 where 3.0/2.0 write maximum: 10, exclusiveMaximum: true. */
function convertExclusive(key: 'exclusiveMaximum' | 'exclusiveMinimum', value: unknown, input: JsonObject, out: SchemaObject): boolean {
  const bound = key === 'exclusiveMaximum' ? 'maximum' : 'minimum';
  if (typeof value === 'boolean') {
    if (typeof input[bound] === 'number') out[key] = value;
    return true;
  }
  if (typeof value !== 'number') return false;
  out[bound] = value;
  out[key] = true;
  return true;
}
