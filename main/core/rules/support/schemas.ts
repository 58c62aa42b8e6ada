/**
 * Walks the schemas of a Swagger 2.0 document: definitions, body parameters, responses (shared and per
 * operation) and everything nested in them. Used by catalogue 16 (walkSchemas) and 17 (rootSchemas).
 * Pointers are built only for a finding: walkSchemas hands its visitor the live segments of the schema (valid
 * during the call only: copy them to keep them), rootSchemas a place (document-index.ts).
 */
import type { PointerSegment } from '../../model/json-pointer';
import { HTTP_METHODS, isObject, type JsonObject } from '../../model/operations';
import type { Place } from '../../model/json-pointer';

export interface RootSchema {
  schema: JsonObject;
  place: Place;
}

type Visit = (schema: JsonObject, segments: readonly PointerSegment[]) => void;

/**
 * Calls `visit` for every schema under `roots` (rootSchemas), each nested one under its parent. With `within`,
 * only the schemas in it are visited or walked into: the caller's cheap proof that nothing below the others
 * can matter (DocumentIndex.defaultHolders).
 */
export function walkSchemas(roots: readonly RootSchema[], visit: Visit, within?: ReadonlySet<object>): void {
  for (const root of roots) {
    if (within !== undefined && !within.has(root.schema)) continue;
    const segments: PointerSegment[] = [];
    for (let at: Place | undefined = root.place; at !== undefined; at = at.parent) segments.unshift(at.key);
    new SchemaWalk(visit, within, segments).walk(root.schema, 0);
  }
}

const at = (parent: Place | undefined, key: string | number): Place => ({ parent, key });

/** The top-level schemas: #/definitions/*, body parameter schemas, response schemas. */
export function rootSchemas(swagger: unknown): RootSchema[] {
  const out: RootSchema[] = [];
  if (!isObject(swagger)) return out;
  const { definitions, parameters, responses, paths } = swagger;
  if (isObject(definitions)) {
    const place = at(undefined, 'definitions');
    for (const name in definitions) {
      const schema = definitions[name];
      if (isObject(schema)) out.push({ schema, place: at(place, name) });
    }
  }
  if (isObject(parameters)) pushSchemas(out, parameters, at(undefined, 'parameters'));
  if (isObject(responses)) pushSchemas(out, responses, at(undefined, 'responses'));
  if (!isObject(paths)) return out;
  const pathsPlace = at(undefined, 'paths');
  for (const path in paths) {
    const item = paths[path];
    if (!isObject(item)) continue;
    const itemPlace = at(pathsPlace, path);
    if (Array.isArray(item.parameters)) pushSchemas(out, item.parameters, at(itemPlace, 'parameters'));
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const operationPlace = at(itemPlace, method);
      if (Array.isArray(operation.parameters)) pushSchemas(out, operation.parameters, at(operationPlace, 'parameters'));
      if (isObject(operation.responses)) pushSchemas(out, operation.responses, at(operationPlace, 'responses'));
    }
  }
  return out;
}

/** The `schema` of each parameter or response of a map or list (in `place`), in order. */
function pushSchemas(out: RootSchema[], owners: JsonObject | unknown[], place: Place): void {
  if (Array.isArray(owners)) {
    for (let index = 0; index < owners.length; index++) pushSchema(out, owners[index], place, index);
  } else {
    for (const name in owners) pushSchema(out, owners[name], place, name);
  }
}

function pushSchema(out: RootSchema[], owner: unknown, place: Place, key: string | number): void {
  if (!isObject(owner)) return;
  const schema = owner.schema;
  if (isObject(schema)) out.push({ schema, place: at(at(place, key), 'schema') });
}

const MAX_DEPTH = 64;

/** One root's walk: `segments` is the current schema's path, extended and restored around each child (no copies). */
class SchemaWalk {
  constructor(
    private readonly visit: Visit,
    private readonly within: ReadonlySet<object> | undefined,
    private readonly segments: PointerSegment[],
  ) {}

  walk(schema: JsonObject, depth: number): void {
    if (depth > MAX_DEPTH) return;
    this.visit(schema, this.segments);
    const { properties, items, additionalProperties } = schema;
    if (isObject(properties) && this.enters(properties)) {
      for (const name in properties) this.child(properties[name], 'properties', name, depth);
    }
    if (Array.isArray(items)) {
      if (this.enters(items)) for (let i = 0; i < items.length; i++) this.child(items[i], 'items', i, depth);
    } else if (isObject(items) && this.enters(items)) {
      this.segments.push('items');
      this.walk(items, depth + 1);
      this.segments.pop();
    }
    if (isObject(additionalProperties) && this.enters(additionalProperties)) {
      this.segments.push('additionalProperties');
      this.walk(additionalProperties, depth + 1);
      this.segments.pop();
    }
    // Most schemas have none of the three lists: checked one by one, without an iterator per schema.
    const { allOf, anyOf, oneOf } = schema;
    if (Array.isArray(allOf)) this.list(allOf, 'allOf', depth);
    if (Array.isArray(anyOf)) this.list(anyOf, 'anyOf', depth);
    if (Array.isArray(oneOf)) this.list(oneOf, 'oneOf', depth);
  }

  /** False when `within` proves nothing below `node` matters. */
  private enters(node: object): boolean {
    return this.within === undefined || this.within.has(node);
  }

  private list(list: unknown[], key: string, depth: number): void {
    if (!this.enters(list)) return;
    for (let i = 0; i < list.length; i++) this.child(list[i], key, i, depth);
  }

  private child(node: unknown, key: string, name: PointerSegment, depth: number): void {
    if (!isObject(node) || !this.enters(node)) return;
    this.segments.push(key, name);
    this.walk(node, depth + 1);
    this.segments.pop();
    this.segments.pop();
  }
}
