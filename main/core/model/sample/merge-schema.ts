/**
 * Re-importing a sample must not wipe the author's work: titles, descriptions, x-ms-visibility and any
 * other annotation stay; only the structural keywords (type, format, items, properties) follow the sample.
 */
import { isObject } from '../operations';
import type { SchemaObject } from './types';

const STRUCTURAL = ['type', 'format', 'items', 'properties', 'additionalProperties'] as const;

export function mergeSchema(existing: SchemaObject | undefined, generated: SchemaObject): SchemaObject {
  if (!existing || !isObject(existing)) return generated;
  // The author pointed this at a shared definition: that link is their decision, not the sample's.
  if (typeof existing.$ref === 'string' || Array.isArray(existing.allOf)) return existing;
  const out: SchemaObject = { ...existing };
  const typeChanged = generated.type !== undefined && generated.type !== existing.type;
  if (typeChanged) {
    // A new type makes the old type-specific keywords meaningless.
    for (const key of STRUCTURAL) delete out[key];
  }
  for (const [key, value] of Object.entries(generated)) {
    if (key === 'properties' || key === 'items') continue;
    if ((STRUCTURAL as readonly string[]).includes(key)) out[key] = value;
    else if (!(key in out)) out[key] = value;
  }
  if (generated.format === undefined && generated.type !== undefined) delete out.format;
  if (generated.items) out.items = mergeSchema(typeChanged ? undefined : existing.items, generated.items);
  if (generated.properties) {
    const properties: Record<string, SchemaObject> = typeChanged ? {} : { ...(existing.properties ?? {}) };
    for (const [name, schema] of Object.entries(generated.properties)) {
      properties[name] = mergeSchema(properties[name], schema);
    }
    out.properties = properties;
  }
  return out;
}
