/** Walks a Swagger 2.0 document's operations: shared by the rules, the forms and the test step. */
import { escapeSegment } from './json-pointer';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type JsonObject = Record<string, unknown>;

export interface OperationRef {
  path: string;
  method: HttpMethod;
  operation: JsonObject;
  /** JSON pointer of the operation object, e.g. "/paths/~1items/get". */
  pointer: string;
  operationId?: string;
  /** Webhook or polling trigger (x-ms-trigger present). */
  isTrigger: boolean;
}

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function listOperations(swagger: unknown): OperationRef[] {
  const out: OperationRef[] = [];
  if (!isObject(swagger) || !isObject(swagger.paths)) return out;
  const paths = swagger.paths;
  for (const path in paths) {
    const item = paths[path];
    if (!isObject(item)) continue;
    // The path's pointer is escaped once for all its operations (the rules list them on every keystroke).
    const pathPointer = `/paths/${escapeSegment(path)}`;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      out.push({
        path,
        method,
        operation,
        pointer: `${pathPointer}/${method}`,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        isTrigger: operation['x-ms-trigger'] !== undefined,
      });
    }
  }
  return out;
}
