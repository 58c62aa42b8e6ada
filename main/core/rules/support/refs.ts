/** Local-reference helpers: does a value, references expanded, contain a key? (catalogue 34) */
import { getAt } from '../../model/json-pointer';
import { isObject } from '../../model/operations';

/** True when `key` with value `value` appears anywhere in `node`, following local $refs once each. */
export function containsKeyValue(swagger: unknown, node: unknown, key: string, value: unknown, seen = new Set<string>()): boolean {
  if (Array.isArray(node)) return node.some((item) => containsKeyValue(swagger, item, key, value, seen));
  if (!isObject(node)) return false;
  if (node[key] === value) return true;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/') && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    if (containsKeyValue(swagger, getAt(swagger, node.$ref.slice(1)), key, value, seen)) return true;
  }
  return Object.entries(node).some(([k, child]) => k !== 'example' && k !== 'x-ms-test-value' && containsKeyValue(swagger, child, key, value, seen));
}
