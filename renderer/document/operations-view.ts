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
