/**
 * Parameters of a Swagger 2.0 document, with the JSON pointer of the node that declares each one.
 * Shared by the parameter rules (catalogue 10, 16, 18, 26, 28, 35).
 */
import { HTTP_METHODS, isObject, type JsonObject, type OperationRef } from '../../model/operations';
import { sectionName } from './refs';
import { escapeSegment } from '../../model/json-pointer';

export interface ParameterRef {
  parameter: JsonObject;
  /** Pointer of the parameter object itself (a shared one lives under /parameters/<name>). */
  pointer: string;
}

export interface DeclaredParameter extends ParameterRef {
  /**
   * Identifies the parameter across versions of the document (pointers move when paths are reordered):
   * "#/parameters/<name>", "<path>|<in>|<name>" for path-level ones, "<operationId>|<in>|<name>" otherwise.
   */
  key: string;
  /** The operations that take it (shared parameters: those referencing it). */
  operations: JsonObject[];
}

/**
 * Every parameter object declared in the document, each once: shared ones (#/parameters), path-level
 * and operation-level ones. `$ref` entries are skipped: their target is listed as a shared parameter.
 */
export function declaredParameters(swagger: unknown): DeclaredParameter[] {
  const out: DeclaredParameter[] = [];
  if (!isObject(swagger)) return out;
  const shared = new Map<string, DeclaredParameter>();
  if (isObject(swagger.parameters)) {
    for (const name in swagger.parameters) {
      const parameter = swagger.parameters[name];
      if (!isObject(parameter)) continue;
      const entry: DeclaredParameter = { parameter, pointer: `/parameters/${escapeSegment(name)}`, key: `#/parameters/${name}`, operations: [] };
      shared.set(name, entry);
      out.push(entry);
    }
  }
  if (!isObject(swagger.paths)) return out;
  for (const path in swagger.paths) {
    const item = swagger.paths[path];
    if (!isObject(item)) continue;
    const itemPointer = `/paths/${escapeSegment(path)}`;
    // The path's operations are only needed for the parameters it declares itself (most paths declare none).
    if (Array.isArray(item.parameters)) pushInline(out, item.parameters, `${itemPointer}/parameters`, path, operationsOfItem(item));
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const owner = typeof operation.operationId === 'string' ? operation.operationId : `${method} ${path}`;
      pushInline(out, operation.parameters, `${itemPointer}/${method}/parameters`, owner, [operation]);
      if (shared.size === 0) continue;
      noteSharedUse(shared, item.parameters, operation);
      noteSharedUse(shared, operation.parameters, operation);
    }
  }
  return out;
}

function operationsOfItem(item: JsonObject): JsonObject[] {
  const operations: JsonObject[] = [];
  for (const method of HTTP_METHODS) {
    const operation = item[method];
    if (isObject(operation)) operations.push(operation);
  }
  return operations;
}

function pushInline(out: DeclaredParameter[], list: unknown, basePointer: string, owner: string, operations: JsonObject[]): void {
  if (!Array.isArray(list)) return;
  for (let index = 0; index < list.length; index++) {
    const parameter = list[index];
    if (!isObject(parameter) || typeof parameter.$ref === 'string') continue;
    const key = `${owner}|${String(parameter.in)}|${String(parameter.name)}`;
    out.push({ parameter, pointer: `${basePointer}/${index}`, key, operations });
  }
}

/** Adds `operation` to the shared parameters its list references, in the list's order. */
function noteSharedUse(shared: Map<string, DeclaredParameter>, list: unknown, operation: JsonObject): void {
  if (!Array.isArray(list)) return;
  for (const entry of list) {
    const name = isObject(entry) ? sharedParameterName(entry.$ref) : undefined;
    if (name !== undefined) shared.get(name)?.operations.push(operation);
  }
}

/** The shared parameter a "#/parameters/<name>" reference names, unescaped (undefined for any other value). */
function sharedParameterName(ref: unknown): string | undefined {
  const name = sectionName(ref, '#/parameters/');
  if (name === undefined || !name.includes('~')) return name;
  return name.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The parameters of a document by their cross-version key (see DeclaredParameter.key), the first of each winning. */
export function declaredParametersByKey(swagger: unknown): Map<string, DeclaredParameter> {
  const out = new Map<string, DeclaredParameter>();
  for (const parameter of declaredParameters(swagger)) if (!out.has(parameter.key)) out.set(parameter.key, parameter);
  return out;
}

/** The object a local "#/parameters/<name>" reference points at (undefined when it does not resolve). */
export function resolveParameter(swagger: unknown, value: unknown): ParameterRef | undefined {
  if (!isObject(value)) return undefined;
  const name = sharedParameterName(value.$ref);
  if (name === undefined || !isObject(swagger) || !isObject(swagger.parameters)) return undefined;
  const target = swagger.parameters[name];
  return isObject(target) ? { parameter: target, pointer: `/parameters/${escapeSegment(name)}` } : undefined;
}

/**
 * The parameters an operation actually takes: path-level ones overridden by operation-level ones with the
 * same name and location, references resolved. Pointers are those of the declaring nodes.
 */
export function operationParameters(swagger: unknown, op: OperationRef): ParameterRef[] {
  const byKey = new Map<string, ParameterRef>();
  const item = isObject(swagger) && isObject(swagger.paths) ? swagger.paths[op.path] : undefined;
  if (isObject(item) && Array.isArray(item.parameters)) {
    // The path item's pointer is the operation's without its method (listOperations escaped the path already).
    const itemPointer = op.pointer.slice(0, op.pointer.length - op.method.length - 1);
    addParameters(swagger, byKey, item.parameters, `${itemPointer}/parameters`);
  }
  if (Array.isArray(op.operation.parameters)) addParameters(swagger, byKey, op.operation.parameters, `${op.pointer}/parameters`);
  return [...byKey.values()];
}

function addParameters(swagger: unknown, byKey: Map<string, ParameterRef>, list: unknown[], basePointer: string): void {
  for (let index = 0; index < list.length; index++) {
    const entry = list[index];
    if (!isObject(entry)) continue;
    const ref = typeof entry.$ref === 'string' ? resolveParameter(swagger, entry) : { parameter: entry, pointer: `${basePointer}/${index}` };
    if (ref) byKey.set(`${String(ref.parameter.in)}:${String(ref.parameter.name)}`, ref);
  }
}
