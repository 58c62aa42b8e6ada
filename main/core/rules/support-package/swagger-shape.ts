/**
 * The "shape" of a Swagger 2.0 operation as flows see it, for the breaking-change rules (catalogue 49–54):
 * its inputs (parameters, and body schema properties) and its outputs (the properties of the first 2xx
 * response schema), flattened to stable keys such as `query:top`, `body:address.city` or `value[].id`.
 * Local `$ref`s (#/definitions, #/parameters, #/responses) are followed; each field keeps the JSON pointer of
 * the node that defines it in its own document (inside #/definitions when it came through a $ref).
 */
import { isObject, listOperations, type JsonObject, type OperationRef } from '../../model/operations';
import { escapeSegment, getAt, parsePointer } from '../../model/json-pointer';

export interface Field {
  key: string;
  /** Key of the containing field ('' for top-level parameters and the response root). */
  parent: string;
  /** Pointer of the field's (resolved) schema or parameter node. */
  pointer: string;
  /** Pointer of the schema its children hang off (differs from `pointer` only for a body parameter). */
  schemaPointer: string;
  /** How to reach this field from its parent's resolved node: "properties/<name>" or "items". */
  step: string;
  node: JsonObject;
  required: boolean;
  type?: string;
}

const MAX_DEPTH = 12;

/** Operations keyed by operationId (or "METHOD path" when an operation has none). */
export function operationsById(swagger: unknown): Map<string, OperationRef> {
  const out = new Map<string, OperationRef>();
  for (const op of listOperations(swagger)) out.set(op.operationId ?? `${op.method.toUpperCase()} ${op.path}`, op);
  return out;
}

/** Follows local $refs; returns the target node and its pointer (undefined when unresolvable). */
export function resolve(root: unknown, node: unknown, pointer: string): { node: JsonObject; pointer: string } | undefined {
  let current = node;
  let at = pointer;
  for (let hops = 0; hops < 32; hops++) {
    if (!isObject(current)) return undefined;
    const ref = current.$ref;
    if (typeof ref !== 'string') return { node: current, pointer: at };
    if (!ref.startsWith('#')) return undefined;
    at = decodeRef(ref.slice(1));
    if (at !== '' && !at.startsWith('/')) return undefined;
    current = getAt(root, parsePointer(at));
  }
  return undefined;
}

/** "#/definitions/Error%20message" and the raw "#/definitions/Error message" both occur in real connectors. */
function decodeRef(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export function typeOf(schema: JsonObject): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (isObject(schema.properties) || Array.isArray(schema.allOf)) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

export function isInternal(node: JsonObject): boolean {
  return node['x-ms-visibility'] === 'internal';
}

/**
 * Shapes are computed once per document and operation: five rules ask for the same ones. Parsed documents are
 * treated as immutable once handed to the rules (each edit is a new parse), so a WeakMap keyed by the document
 * root is a safe cache.
 */
const inputCache = new WeakMap<object, Map<string, Map<string, Field>>>();
const outputCache = new WeakMap<object, Map<string, Outputs | undefined>>();

export interface Outputs {
  /** The 2xx status code compared. */
  code: string;
  fields: Map<string, Field>;
}

function cached<T>(cache: WeakMap<object, Map<string, T>>, swagger: unknown, op: OperationRef, compute: () => T): T {
  if (!isObject(swagger)) return compute();
  let perDocument = cache.get(swagger);
  if (!perDocument) cache.set(swagger, (perDocument = new Map()));
  if (!perDocument.has(op.pointer)) perDocument.set(op.pointer, compute());
  return perDocument.get(op.pointer) as T;
}

/** Inputs of an operation: `<in>:<name>` for parameters, `body:<path>` for body properties. */
export function operationInputs(swagger: unknown, op: OperationRef): Map<string, Field> {
  return cached(inputCache, swagger, op, () => computeInputs(swagger, op));
}

/** Outputs of an operation: the fields of its first 2xx response schema (undefined = no 2xx response). */
export function operationOutputs(swagger: unknown, op: OperationRef): Outputs | undefined {
  return cached(outputCache, swagger, op, () => computeOutputs(swagger, op));
}

function computeInputs(swagger: unknown, op: OperationRef): Map<string, Field> {
  const fields = new Map<string, Field>();
  const pathPointer = op.pointer.slice(0, op.pointer.lastIndexOf('/'));
  const declared = new Map<string, { node: JsonObject; pointer: string }>();
  for (const [list, at] of [[getAt(swagger, pathPointer), pathPointer], [op.operation, op.pointer]] as const) {
    const parameters = isObject(list) ? list.parameters : undefined;
    if (!Array.isArray(parameters)) continue;
    parameters.forEach((parameter, i) => {
      const resolved = resolve(swagger, parameter, `${at}/parameters/${i}`);
      if (!resolved || typeof resolved.node.name !== 'string') return;
      declared.set(`${String(resolved.node.in)}:${resolved.node.name}`, resolved);
    });
  }
  for (const [key, { node, pointer }] of declared) {
    const required = node.required === true;
    if (node.in !== 'body') {
      fields.set(key, { key, parent: '', pointer, schemaPointer: pointer, step: '', node, required, type: typeOf(node) });
      continue;
    }
    const schema = resolve(swagger, node.schema, `${pointer}/schema`);
    const body = { key: 'body:', parent: '', pointer, schemaPointer: schema?.pointer ?? `${pointer}/schema`, step: '', node, required };
    fields.set('body:', { ...body, type: schema ? typeOf(schema.node) : undefined });
    if (schema) flatten(swagger, schema.node, schema.pointer, 'body:', required, fields, 0, new Set());
  }
  return fields;
}

function computeOutputs(swagger: unknown, op: OperationRef): Outputs | undefined {
  const responses = op.operation.responses;
  if (!isObject(responses)) return undefined;
  const code = Object.keys(responses).filter((c) => /^2\d\d$/.test(c)).sort()[0];
  if (code === undefined) return undefined;
  const response = resolve(swagger, responses[code], `${op.pointer}/responses/${code}`);
  if (!response) return undefined;
  const schema = resolve(swagger, response.node.schema, `${response.pointer}/schema`);
  const fields = new Map<string, Field>();
  if (!schema || isDynamic(schema.node)) return { code, fields };
  fields.set('', { key: '', parent: '', pointer: schema.pointer, schemaPointer: schema.pointer, step: '', node: schema.node, required: true, type: typeOf(schema.node) });
  flatten(swagger, schema.node, schema.pointer, '', true, fields, 0, new Set());
  return { code, fields };
}

function isDynamic(schema: JsonObject): boolean {
  return schema['x-ms-dynamic-schema'] !== undefined || schema['x-ms-dynamic-properties'] !== undefined;
}

function flatten(
  root: unknown,
  schema: JsonObject,
  pointer: string,
  key: string,
  required: boolean,
  out: Map<string, Field>,
  depth: number,
  visiting: Set<string>,
): void {
  if (depth >= MAX_DEPTH || visiting.has(pointer)) return;
  visiting.add(pointer);
  const requiredNames = Array.isArray(schema.required) ? schema.required : [];
  if (isObject(schema.properties)) {
    for (const [name, child] of Object.entries(schema.properties)) {
      const step = `properties/${escapeSegment(name)}`;
      const resolved = resolve(root, child, `${pointer}/${step}`);
      if (!resolved) continue;
      const childKey = key === '' || key.endsWith(':') ? `${key}${name}` : `${key}.${name}`;
      addField(root, resolved, childKey, key, step, required && requiredNames.includes(name), out, depth, visiting);
    }
  }
  if (schema.items !== undefined) {
    const resolved = resolve(root, schema.items, `${pointer}/items`);
    if (resolved) addField(root, resolved, `${key}[]`, key, 'items', required, out, depth, visiting);
  }
  // allOf members contribute their properties to the same object (composition, e.g. a base definition).
  if (Array.isArray(schema.allOf)) {
    schema.allOf.forEach((member, i) => {
      const resolved = resolve(root, member, `${pointer}/allOf/${i}`);
      if (resolved) flatten(root, resolved.node, resolved.pointer, key, required, out, depth + 1, visiting);
    });
  }
  visiting.delete(pointer);
}

function addField(
  root: unknown,
  resolved: { node: JsonObject; pointer: string },
  key: string,
  parent: string,
  step: string,
  required: boolean,
  out: Map<string, Field>,
  depth: number,
  visiting: Set<string>,
): void {
  if (isDynamic(resolved.node)) return;
  const pointer = resolved.pointer;
  out.set(key, { key, parent, pointer, schemaPointer: pointer, step, node: resolved.node, required, type: typeOf(resolved.node) });
  flatten(root, resolved.node, resolved.pointer, key, required, out, depth + 1, visiting);
}

export interface OperationPair {
  id: string;
  before: OperationRef;
  after: OperationRef;
}

/** Operations present in both versions (same operationId). */
export function pairedOperations(previous: unknown, current: unknown): OperationPair[] {
  const after = operationsById(current);
  const out: OperationPair[] = [];
  for (const [id, before] of operationsById(previous)) {
    const match = after.get(id);
    if (match) out.push({ id, before, after: match });
  }
  return out;
}

/** "ValuePath" in the style of Microsoft's Change Validator ("operation/<id>"), extended with the field. */
export function valuePath(operationId: string, field?: string): string {
  if (field === undefined) return `operation/${operationId}`;
  return `operation/${operationId}/${field}`;
}
