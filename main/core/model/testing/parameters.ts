/** An operation's effective parameters: path-level ones merged with the operation's, refs resolved. */
import { isObject, listOperations, type JsonObject, type OperationRef } from '../operations';
import { getAt } from '../json-pointer';
import { deref } from './refs';

export interface ResolvedParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'body' | 'formData';
  schema: JsonObject;
}

/** operationId -> operation, per document (held weakly: an edited document is a new object). */
const indexes = new WeakMap<object, Map<string, OperationRef>>();

export function findOperation(swagger: unknown, operationId: string): OperationRef | undefined {
  if (!isObject(swagger)) return undefined;
  let index = indexes.get(swagger);
  if (!index) {
    index = new Map();
    for (const op of listOperations(swagger)) if (op.operationId !== undefined && !index.has(op.operationId)) index.set(op.operationId, op);
    indexes.set(swagger, index);
  }
  const op = index.get(operationId);
  // A document edited in place since it was indexed: index it again rather than answer stale.
  if (op && getAt(swagger, ['paths', op.path, op.method]) !== op.operation) {
    indexes.delete(swagger);
    return findOperation(swagger, operationId);
  }
  if (!op && operationIdExists(swagger, operationId)) {
    indexes.delete(swagger);
    return findOperation(swagger, operationId);
  }
  return op;
}

/** Operation parameters override path-item parameters with the same name and location (Swagger 2.0). */
export function operationParameters(swagger: unknown, op: OperationRef): ResolvedParameter[] {
  const pathItem = isObject(swagger) && isObject(swagger.paths) ? swagger.paths[op.path] : undefined;
  const shared = isObject(pathItem) && Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
  const own = Array.isArray(op.operation.parameters) ? op.operation.parameters : [];
  const byKey = new Map<string, ResolvedParameter>();
  for (const raw of [...shared, ...own]) {
    const param = deref(swagger, raw);
    if (!param || typeof param.name !== 'string' || typeof param.in !== 'string') continue;
    const location = param.in as ResolvedParameter['in'];
    byKey.set(`${location}:${param.name}`, { name: param.name, in: location, schema: param });
  }
  return [...byKey.values()];
}

function operationIdExists(swagger: unknown, operationId: string): boolean {
  return listOperations(swagger).some((op) => op.operationId === operationId);
}
