/**
 * The operations of a parsed definition, listed once per parsed value and stable across edits: an operation whose
 * object did not change (the parse cache shares unchanged parts between versions, see json-edits.ts) keeps the
 * same OperationRef, so memoised rows of the 219-operation list do not re-render while one field is typed into.
 */
import { listOperations, type OperationRef } from '../../main/core/model/operations';

const byValue = new WeakMap<object, OperationRef[]>();
let previous = new Map<string, OperationRef>();

export function operationsOf(swagger: unknown): OperationRef[] {
  if (swagger === null || typeof swagger !== 'object') return listOperations(swagger);
  const known = byValue.get(swagger);
  if (known) return known;
  const refs = listOperations(swagger).map((ref) => {
    const before = previous.get(ref.pointer);
    return before && before.operation === ref.operation && before.path === ref.path ? before : ref;
  });
  previous = new Map(refs.map((ref) => [ref.pointer, ref]));
  byValue.set(swagger, refs);
  return refs;
}

const namedByValue = new WeakMap<object, OperationRef[]>();
const idsByValue = new WeakMap<object, string[]>();

/** The operations that have an operationId (what dynamic dropdowns and policies can name), once per parsed value. */
export function namedOperationsOf(swagger: unknown): OperationRef[] {
  if (swagger === null || typeof swagger !== 'object') return operationsOf(swagger).filter((o) => o.operationId);
  let named = namedByValue.get(swagger);
  if (!named) namedByValue.set(swagger, (named = operationsOf(swagger).filter((o) => o.operationId)));
  return named;
}

/** The operationIds of a parsed definition in document order, once per parsed value. */
export function operationIdsOf(swagger: unknown): string[] {
  if (swagger === null || typeof swagger !== 'object') return namedOperationsOf(swagger).map((o) => o.operationId!);
  let ids = idsByValue.get(swagger);
  if (!ids) idsByValue.set(swagger, (ids = namedOperationsOf(swagger).map((o) => o.operationId!)));
  return ids;
}
