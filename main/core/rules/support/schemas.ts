/**
 * Walks the schemas of a Swagger 2.0 document with their JSON pointers: definitions, body parameters,
 * responses (shared and per operation) and everything nested in them. Used by catalogue 16 (walkSchemas)
 * and 17 (rootSchemas).
 */
import type { PointerSegment } from '../../model/json-pointer';
import { HTTP_METHODS, isObject, type JsonObject } from '../../model/operations';

export interface SchemaVisit {
  schema: JsonObject;
  segments: PointerSegment[];
  /** Set when the schema is the value of a named property: the property's name. */
  propertyName?: string;
}

/** Calls `visit` for every schema object, top-level ones first, each nested one under its parent. */
export function walkSchemas(swagger: unknown, visit: (v: SchemaVisit) => void): void {
  for (const root of rootSchemas(swagger)) walk(root.schema, root.segments, undefined, visit, 0);
}

/** The top-level schemas: #/definitions/*, body parameter schemas, response schemas. */
export function rootSchemas(swagger: unknown): { schema: JsonObject; segments: PointerSegment[] }[] {
  const out: { schema: JsonObject; segments: PointerSegment[] }[] = [];
  if (!isObject(swagger)) return out;
  const push = (schema: unknown, segments: PointerSegment[]) => {
    if (isObject(schema)) out.push({ schema, segments });
  };
  for (const [name, schema] of entries(swagger.definitions)) push(schema, ['definitions', name]);
  for (const [name, parameter] of entries(swagger.parameters)) if (isObject(parameter)) push(parameter.schema, ['parameters', name, 'schema']);
  for (const [name, response] of entries(swagger.responses)) if (isObject(response)) push(response.schema, ['responses', name, 'schema']);
  for (const [path, item] of entries(swagger.paths)) {
    if (!isObject(item)) continue;
    pushParameterSchemas(item.parameters, ['paths', path, 'parameters'], push);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      pushParameterSchemas(operation.parameters, ['paths', path, method, 'parameters'], push);
      for (const [code, response] of entries(operation.responses)) {
        if (isObject(response)) push(response.schema, ['paths', path, method, 'responses', code, 'schema']);
      }
    }
  }
  return out;
}

function pushParameterSchemas(list: unknown, base: PointerSegment[], push: (s: unknown, seg: PointerSegment[]) => void) {
  if (!Array.isArray(list)) return;
  list.forEach((parameter, index) => {
    if (isObject(parameter)) push(parameter.schema, [...base, index, 'schema']);
  });
}

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

const MAX_DEPTH = 64;

function walk(schema: JsonObject, segments: PointerSegment[], propertyName: string | undefined, visit: (v: SchemaVisit) => void, depth: number) {
  if (depth > MAX_DEPTH) return;
  visit({ schema, segments, propertyName });
  for (const [name, child] of entries(schema.properties)) {
    if (isObject(child)) walk(child, [...segments, 'properties', name], name, visit, depth + 1);
  }
  if (isObject(schema.items)) walk(schema.items, [...segments, 'items'], undefined, visit, depth + 1);
  if (Array.isArray(schema.items)) {
    schema.items.forEach((item, i) => isObject(item) && walk(item, [...segments, 'items', i], undefined, visit, depth + 1));
  }
  if (isObject(schema.additionalProperties)) walk(schema.additionalProperties, [...segments, 'additionalProperties'], undefined, visit, depth + 1);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((s, i) => isObject(s) && walk(s, [...segments, key, i], undefined, visit, depth + 1));
  }
}
