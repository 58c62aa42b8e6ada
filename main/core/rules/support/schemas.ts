/**
 * Walks the schemas of a Swagger 2.0 document: definitions, body parameters, responses (shared and per
 * operation) and everything nested in them. Used by catalogue 16 (walkSchemas) and 17 (rootSchemas).
 * Pointers are built only for a finding: walkSchemas hands its visitor the live segments of the schema (valid
 * during the call only: copy them to keep them), rootSchemas a place (document-index.ts).
 */
import type { PointerSegment } from '../../model/json-pointer';
import { HTTP_METHODS, isObject, type JsonObject } from '../../model/operations';
import type { Place } from './document-index';

export interface RootSchema {
  schema: JsonObject;
  place: Place;
}

/** Calls `visit` for every schema under `roots` (rootSchemas), each nested one under its parent. */
export function walkSchemas(roots: readonly RootSchema[], visit: (schema: JsonObject, segments: readonly PointerSegment[]) => void): void {
  for (const root of roots) {
    const segments: PointerSegment[] = [];
    for (let at: Place | undefined = root.place; at !== undefined; at = at.parent) segments.unshift(at.key);
    walk(root.schema, segments, visit, 0);
  }
}

const at = (parent: Place | undefined, key: string | number): Place => ({ parent, key });

/** The top-level schemas: #/definitions/*, body parameter schemas, response schemas. */
export function rootSchemas(swagger: unknown): RootSchema[] {
  const out: RootSchema[] = [];
  if (!isObject(swagger)) return out;
  const push = (schema: unknown, place: Place) => {
    if (isObject(schema)) out.push({ schema, place });
  };
  if (isObject(swagger.definitions)) {
    const definitions = at(undefined, 'definitions');
    for (const name of Object.keys(swagger.definitions)) push(swagger.definitions[name], at(definitions, name));
  }
  if (isObject(swagger.parameters)) {
    const parameters = at(undefined, 'parameters');
    for (const [name, parameter] of Object.entries(swagger.parameters)) if (isObject(parameter)) push(parameter.schema, at(at(parameters, name), 'schema'));
  }
  if (isObject(swagger.responses)) {
    const responses = at(undefined, 'responses');
    for (const [name, response] of Object.entries(swagger.responses)) if (isObject(response)) push(response.schema, at(at(responses, name), 'schema'));
  }
  if (!isObject(swagger.paths)) return out;
  const paths = at(undefined, 'paths');
  for (const [path, item] of Object.entries(swagger.paths)) {
    if (!isObject(item)) continue;
    const itemPlace = at(paths, path);
    pushParameterSchemas(item.parameters, itemPlace, push);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const operationPlace = at(itemPlace, method);
      pushParameterSchemas(operation.parameters, operationPlace, push);
      if (!isObject(operation.responses)) continue;
      const responses = at(operationPlace, 'responses');
      for (const [code, response] of Object.entries(operation.responses)) {
        if (isObject(response)) push(response.schema, at(at(responses, code), 'schema'));
      }
    }
  }
  return out;
}

function pushParameterSchemas(list: unknown, owner: Place, push: (s: unknown, place: Place) => void) {
  if (!Array.isArray(list)) return;
  const parameters = at(owner, 'parameters');
  list.forEach((parameter, index) => {
    if (isObject(parameter)) push(parameter.schema, at(at(parameters, index), 'schema'));
  });
}

const MAX_DEPTH = 64;

/** `segments` is the schema's path, extended and restored around each child (no copies). */
function walk(schema: JsonObject, segments: PointerSegment[], visit: (schema: JsonObject, segments: readonly PointerSegment[]) => void, depth: number) {
  if (depth > MAX_DEPTH) return;
  visit(schema, segments);
  const { properties, items, additionalProperties } = schema;
  if (isObject(properties)) {
    for (const name in properties) walkChild(properties[name], 'properties', name, segments, visit, depth);
  }
  if (isObject(items)) {
    segments.push('items');
    walk(items, segments, visit, depth + 1);
    segments.pop();
  }
  if (Array.isArray(items)) for (let i = 0; i < items.length; i++) walkChild(items[i], 'items', i, segments, visit, depth);
  if (isObject(additionalProperties)) {
    segments.push('additionalProperties');
    walk(additionalProperties, segments, visit, depth + 1);
    segments.pop();
  }
  // Most schemas have none of the three lists: checked one by one, without an iterator per schema.
  const { allOf, anyOf, oneOf } = schema;
  if (Array.isArray(allOf)) walkList(allOf, 'allOf', segments, visit, depth);
  if (Array.isArray(anyOf)) walkList(anyOf, 'anyOf', segments, visit, depth);
  if (Array.isArray(oneOf)) walkList(oneOf, 'oneOf', segments, visit, depth);
}

function walkList(list: unknown[], key: string, segments: PointerSegment[], visit: (schema: JsonObject, segments: readonly PointerSegment[]) => void, depth: number) {
  for (let i = 0; i < list.length; i++) walkChild(list[i], key, i, segments, visit, depth);
}

function walkChild(node: unknown, key: string, name: PointerSegment, segments: PointerSegment[], visit: (schema: JsonObject, segments: readonly PointerSegment[]) => void, depth: number) {
  if (!isObject(node)) return;
  segments.push(key, name);
  walk(node, segments, visit, depth + 1);
  segments.length -= 2;
}
