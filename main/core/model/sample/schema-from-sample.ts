/**
 * "Import from sample" (CERTIFICATION.md §1, Definition step): a Swagger 2.0 schema from one JSON value.
 * Array items are merged across all elements so a list whose first element lacks a field still gets it.
 */
import { friendlyTitle } from './titles';
import { primitiveOf } from './infer';
import type { SampleSchemaOptions, SchemaObject } from './types';

export function schemaFromSample(json: unknown, options: SampleSchemaOptions = {}): SchemaObject {
  return build(json, { titles: options.titles !== false, descriptions: options.descriptions !== false });
}

function build(value: unknown, options: Required<SampleSchemaOptions>): SchemaObject {
  if (value === null || value === undefined) return {};
  if (Array.isArray(value)) {
    const items = value.map((item) => build(item, options)).reduce<SchemaObject | undefined>(
      (merged, next) => (merged ? mergeShapes(merged, next) : next),
      undefined,
    );
    return { type: 'array', items: items ?? {} };
  }
  if (typeof value === 'object') {
    const properties: Record<string, SchemaObject> = {};
    for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
      properties[name] = annotate(build(child, options), name, options);
    }
    return { type: 'object', properties };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { ...primitiveOf(value) };
  }
  return {};
}

function annotate(schema: SchemaObject, name: string, options: Required<SampleSchemaOptions>): SchemaObject {
  const out: SchemaObject = { ...schema };
  if (options.titles) out['x-ms-summary'] = friendlyTitle(name);
  if (options.descriptions) out.description = '';
  return out;
}

/**
 * Two shapes seen for the same value (array elements): objects union their properties, integer and
 * number widen to number, a null/empty sample yields to the other, differing string formats are dropped.
 */
export function mergeShapes(a: SchemaObject, b: SchemaObject): SchemaObject {
  if (a.type === undefined) return b;
  if (b.type === undefined) return a;
  if (a.type !== b.type) {
    const numeric = new Set([a.type, b.type]);
    if (numeric.has('integer') && numeric.has('number')) return { ...a, type: 'number', format: 'float' };
    return a;
  }
  if (a.type === 'object') {
    const properties: Record<string, SchemaObject> = { ...(a.properties ?? {}) };
    for (const [name, schema] of Object.entries(b.properties ?? {})) {
      properties[name] = properties[name] ? mergeShapes(properties[name], schema) : schema;
    }
    return { ...a, properties };
  }
  if (a.type === 'array') return { ...a, items: mergeShapes(a.items ?? {}, b.items ?? {}) };
  if (a.format !== b.format) {
    const { format: _dropped, ...rest } = a;
    // int32 + int64 widens; other mixed formats ("date" + free text) mean no format at all.
    return a.type === 'integer' ? { ...rest, format: 'int64' } : rest;
  }
  return a;
}
