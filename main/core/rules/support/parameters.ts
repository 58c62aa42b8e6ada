/**
 * Parameters of a Swagger 2.0 document, with the JSON pointer of the node that declares each one.
 * Shared by the parameter rules (catalogue 10, 16, 18, 26, 28, 35).
 */
import { toPointer } from '../../model/json-pointer';
import { HTTP_METHODS, isObject, type JsonObject, type OperationRef } from '../../model/operations';

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
  for (const [name, parameter] of Object.entries(isObject(swagger.parameters) ? swagger.parameters : {})) {
    if (!isObject(parameter)) continue;
    const entry: DeclaredParameter = { parameter, pointer: toPointer(['parameters', name]), key: `#/parameters/${name}`, operations: [] };
    shared.set(name, entry);
    out.push(entry);
  }
  if (!isObject(swagger.paths)) return out;
  for (const [path, item] of Object.entries(swagger.paths)) {
    if (!isObject(item)) continue;
    const operations = HTTP_METHODS.map((method) => item[method]).filter(isObject);
    pushInline(out, item.parameters, ['paths', path, 'parameters'], path, operations);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const owner = typeof operation.operationId === 'string' ? operation.operationId : `${method} ${path}`;
      pushInline(out, operation.parameters, ['paths', path, method, 'parameters'], owner, [operation]);
      for (const list of [item.parameters, operation.parameters]) {
        for (const name of sharedNames(list)) shared.get(name)?.operations.push(operation);
      }
    }
  }
  return out;
}

function pushInline(out: DeclaredParameter[], list: unknown, base: (string | number)[], owner: string, operations: JsonObject[]): void {
  if (!Array.isArray(list)) return;
  const basePointer = toPointer(base);
  list.forEach((parameter, index) => {
    if (!isObject(parameter) || typeof parameter.$ref === 'string') return;
    const key = `${owner}|${String(parameter.in)}|${String(parameter.name)}`;
    out.push({ parameter, pointer: `${basePointer}/${index}`, key, operations });
  });
}

/** Names of the shared parameters a parameter list references. */
function sharedNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map((entry) => (isObject(entry) && typeof entry.$ref === 'string' ? /^#\/parameters\/(.+)$/.exec(entry.$ref)?.[1] : undefined))
    .filter((name): name is string => name !== undefined)
    .map((name) => name.replace(/~1/g, '/').replace(/~0/g, '~'));
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
  if (typeof value.$ref !== 'string') return undefined;
  const match = /^#\/parameters\/(.+)$/.exec(value.$ref);
  if (!match || !isObject(swagger) || !isObject(swagger.parameters)) return undefined;
  const name = match[1].replace(/~1/g, '/').replace(/~0/g, '~');
  const target = swagger.parameters[name];
  return isObject(target) ? { parameter: target, pointer: toPointer(['parameters', name]) } : undefined;
}

/**
 * The parameters an operation actually takes: path-level ones overridden by operation-level ones with the
 * same name and location, references resolved. Pointers are those of the declaring nodes.
 */
export function operationParameters(swagger: unknown, op: OperationRef): ParameterRef[] {
  const byKey = new Map<string, ParameterRef>();
  const add = (list: unknown, base: (string | number)[]) => {
    if (!Array.isArray(list)) return;
    const basePointer = toPointer(base);
    list.forEach((entry, index) => {
      const ref = isObject(entry) && typeof entry.$ref === 'string'
        ? resolveParameter(swagger, entry)
        : isObject(entry) ? { parameter: entry, pointer: `${basePointer}/${index}` } : undefined;
      if (ref) byKey.set(`${String(ref.parameter.in)}:${String(ref.parameter.name)}`, ref);
    });
  };
  const item = isObject(swagger) && isObject(swagger.paths) ? swagger.paths[op.path] : undefined;
  if (isObject(item)) add(item.parameters, ['paths', op.path, 'parameters']);
  add(op.operation.parameters, ['paths', op.path, op.method, 'parameters']);
  return [...byKey.values()];
}

