/**
 * Operation-level changes to the swagger as DocEdit lists (one applyFix = one undo step): create, rename,
 * duplicate, delete and move. Pure: the forms call these and hand the result to the store.
 */
import { HTTP_METHODS, isObject, listOperations, type HttpMethod, type JsonObject, type OperationRef } from '../../../main/core/model/operations';
import { getAt, parsePointer, toPointer } from '../../../main/core/model/json-pointer';
import type { DocEdit } from '../../../main/core/model/findings';

export const SWAGGER = 'apiDefinition.swagger.json' as const;
export const PROPERTIES = 'apiProperties.json' as const;

/** The x-ms-* extensions whose `operationId` names another operation of the connector. */
export const DYNAMIC_EXTENSIONS = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'x-ms-dynamic-tree'] as const;

export function operationIds(swagger: unknown): Set<string> {
  return new Set(listOperations(swagger).flatMap((o) => (o.operationId ? [o.operationId] : [])));
}

/** "NewAction", "NewAction2", … : the first id not used yet. */
export function uniqueOperationId(swagger: unknown, base: string): string {
  const used = operationIds(swagger);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}${n}`;
  return id;
}

function pathItem(swagger: unknown, path: string): JsonObject | undefined {
  const item = getAt(swagger, ['paths', path]);
  return isObject(item) ? item : undefined;
}

/** A path (and method) not used yet: "/new-action", "/new-action-2", … */
export function uniquePath(swagger: unknown, base: string, method: HttpMethod): string {
  let path = base;
  for (let n = 2; pathItem(swagger, path)?.[method] !== undefined; n++) path = `${base}-${n}`;
  return path;
}

export interface NewOperation {
  pointer: string;
  edits: DocEdit[];
}

/** A new action with the fields certification asks for (summary, description, a default 200 response). */
export function createAction(swagger: unknown, method: HttpMethod = 'get', path?: string): NewOperation {
  const operationId = uniqueOperationId(swagger, 'NewAction');
  const target = path ?? uniquePath(swagger, '/' + kebab(operationId), method);
  const operation = {
    summary: 'New action',
    description: 'Describe what this action does.',
    operationId,
    parameters: [],
    responses: { '200': { description: 'OK' } },
  };
  return addOperation(swagger, target, method, operation);
}

export function addOperation(swagger: unknown, path: string, method: HttpMethod, operation: JsonObject): NewOperation {
  const pointer = toPointer(['paths', path, method]);
  const edits: DocEdit[] = [];
  if (!isObject(getAt(swagger, '/paths'))) edits.push({ file: SWAGGER, path: '/paths', value: {} });
  edits.push(pathItem(swagger, path) ? { file: SWAGGER, path: pointer, value: operation } : { file: SWAGGER, path: toPointer(['paths', path]), value: { [method]: operation } });
  return { pointer, edits };
}

export function kebab(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'operation';
}

/** Every pointer (in both files) that names `operationId` as a referenced operation. */
export function referencesTo(swagger: unknown, properties: unknown, operationId: string): DocEdit[] {
  const out: DocEdit[] = [];
  const walk = (node: unknown, segments: (string | number)[]) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, [...segments, i]));
      return;
    }
    if (!isObject(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if ((DYNAMIC_EXTENSIONS as readonly string[]).includes(key) && isObject(child) && child.operationId === operationId) {
        out.push({ file: SWAGGER, path: toPointer([...segments, key, 'operationId']) });
      }
      if (isObject(child) || Array.isArray(child)) walk(child, [...segments, key]);
    }
  };
  walk(swagger, []);
  const policies = getAt(properties, '/properties/policyTemplateInstances');
  if (Array.isArray(policies)) {
    policies.forEach((policy, i) => {
      const names = getAt(policy, ['parameters', 'x-ms-apimTemplate-operationName']);
      if (Array.isArray(names)) {
        names.forEach((name, j) => {
          if (name === operationId) out.push({ file: PROPERTIES, path: toPointer(['properties', 'policyTemplateInstances', i, 'parameters', 'x-ms-apimTemplate-operationName', j]) });
        });
      }
    });
  }
  const script = getAt(properties, '/properties/scriptOperations');
  if (Array.isArray(script)) {
    script.forEach((name, i) => {
      if (name === operationId) out.push({ file: PROPERTIES, path: toPointer(['properties', 'scriptOperations', i]) });
    });
  }
  return out;
}

/** Renames an operation and every x-ms-dynamic-*, policy and scriptOperations reference to it. */
export function renameOperation(swagger: unknown, properties: unknown, pointer: string, newId: string): DocEdit[] {
  const old = getAt(swagger, pointer + '/operationId');
  const edits: DocEdit[] = [{ file: SWAGGER, path: pointer + '/operationId', value: newId }];
  if (typeof old === 'string' && old !== '' && old !== newId) {
    for (const ref of referencesTo(swagger, properties, old)) edits.push({ ...ref, value: newId });
  }
  return edits;
}

/** A copy of the operation with a fresh operationId, on a new path so nothing collides. */
export function duplicateOperation(swagger: unknown, pointer: string): NewOperation | undefined {
  const [, path, method] = parsePointer(pointer);
  const operation = getAt(swagger, pointer);
  if (!isObject(operation)) return undefined;
  const base = typeof operation.operationId === 'string' && operation.operationId ? operation.operationId : 'Operation';
  const operationId = uniqueOperationId(swagger, `${base}Copy`);
  const copy = structuredClone(operation);
  copy.operationId = operationId;
  if (typeof copy.summary === 'string') copy.summary = `${copy.summary} (copy)`;
  return addOperation(swagger, uniquePath(swagger, `${path}-copy`, method as HttpMethod), method as HttpMethod, copy);
}

/** Removes the operation, and its path item when no other operation is left on it. */
export function deleteOperation(swagger: unknown, pointer: string): DocEdit[] {
  const [, path, method] = parsePointer(pointer);
  const item = pathItem(swagger, path);
  const others = item ? HTTP_METHODS.filter((m) => m !== method && isObject(item[m])) : [];
  return [{ file: SWAGGER, path: others.length === 0 ? toPointer(['paths', path]) : pointer, remove: true }];
}

/** Moves an operation to another path/method (the request line): the operation value travels unchanged. */
export function moveOperation(swagger: unknown, pointer: string, path: string, method: HttpMethod): NewOperation | undefined {
  const operation = getAt(swagger, pointer);
  if (!isObject(operation)) return undefined;
  const target = toPointer(['paths', path, method]);
  if (target === pointer || pathItem(swagger, path)?.[method] !== undefined) return undefined;
  const remove = deleteOperation(swagger, pointer);
  const [, oldPath] = parsePointer(pointer);
  const leftover = pathItem(swagger, oldPath);
  const added = addOperation(swagger, path, method, operation);
  // Path-level extras (shared parameters, x-ms-notification-content) follow when the whole path item goes.
  if (remove[0].path === toPointer(['paths', oldPath]) && leftover && !pathItem(swagger, path)) {
    const extras = Object.fromEntries(Object.entries(leftover).filter(([k]) => !(HTTP_METHODS as readonly string[]).includes(k)));
    if (Object.keys(extras).length) added.edits = [{ file: SWAGGER, path: toPointer(['paths', path]), value: { ...extras, [method]: operation } }];
  }
  return { pointer: target, edits: [...remove, ...added.edits] };
}

/** The operation whose pointer is a prefix of a finding's path, if any. */
export function operationAt(operations: readonly OperationRef[], pointer: string): OperationRef | undefined {
  return operations.find((o) => pointer === o.pointer || pointer.startsWith(o.pointer + '/'));
}
