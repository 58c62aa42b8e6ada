/** Local-reference helpers: the definition a reference names; does a value, references expanded, contain a key? (catalogue 17, 31, 34) */
import { resolveLocal } from '../../model/json-pointer';
import { isObject } from '../../model/operations';

/** Characters `.` does not match in a regular expression: a name holding one is not read as a reference's. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * The name in a "<section><name>" reference (section "#/definitions/", "#/parameters/"…), as written (not
 * unescaped), or undefined for any other value: what /^#\/definitions\/(.+)$/ captures, without a match array
 * per schema or parameter.
 */
export function sectionName(ref: unknown, section: string): string | undefined {
  if (typeof ref !== 'string' || ref.length <= section.length || !ref.startsWith(section)) return undefined;
  const name = ref.slice(section.length);
  return LINE_BREAK.test(name) ? undefined : name;
}

/** The name in a "#/definitions/<name>" reference, as written (see sectionName). */
export function definitionName(ref: unknown): string | undefined {
  return sectionName(ref, '#/definitions/');
}

/** True when `key` with value `value` appears anywhere in `node`, following local $refs once each. */
export function containsKeyValue(swagger: unknown, node: unknown, key: string, value: unknown, seen = new Set<string>()): boolean {
  if (Array.isArray(node)) return node.some((item) => containsKeyValue(swagger, item, key, value, seen));
  if (!isObject(node)) return false;
  if (node[key] === value) return true;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#/') && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    if (containsKeyValue(swagger, resolveLocal(swagger, node.$ref), key, value, seen)) return true;
  }
  return Object.entries(node).some(([k, child]) => k !== 'example' && k !== 'x-ms-test-value' && containsKeyValue(swagger, child, key, value, seen));
}
