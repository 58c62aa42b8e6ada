/** Local `$ref` resolution ("#/definitions/x", "#/parameters/x", "#/responses/x"): never files or URLs. */
import { getAt } from '../json-pointer';
import { isObject, type JsonObject } from '../operations';

/** Hops allowed along a chain of refs pointing at refs (guards against a ref loop). */
const MAX_HOPS = 32;

/** The document location a local ref names, or undefined for external/unresolvable refs. */
export function lookupRef(swagger: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  const found = getAt(swagger, pointer);
  if (found !== undefined) return found;
  // Some authors percent-encode names with spaces ("#/definitions/Error%20message").
  try {
    return getAt(swagger, decodeURIComponent(pointer));
  } catch {
    return undefined;
  }
}

/** Follows `$ref` until a non-ref object; returns the input itself when it is not a ref. */
export function deref(swagger: unknown, value: unknown): JsonObject | undefined {
  let node = value;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (!isObject(node)) return undefined;
    if (typeof node.$ref !== 'string') return node;
    node = lookupRef(swagger, node.$ref);
  }
  return undefined;
}
