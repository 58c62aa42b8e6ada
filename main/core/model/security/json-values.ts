/** Small readers for loosely-typed JSON values, and the structural equality the writer diffs with. */
import { isObject, type JsonObject } from '../operations';

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function obj(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** apiProperties stores flags as the strings "true"/"false" (rule 41); some files use booleans. */
export function flag(value: unknown): boolean | undefined {
  if (value === true || value === 'true' || value === 'True') return true;
  if (value === false || value === 'false' || value === 'False') return false;
  return undefined;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Structural equality of JSON-able values (object key order does not matter; an undefined member counts as
 * absent). Also the schema check's uniqueItems (validate/schema-object-verdict.ts), for every parameter list of
 * a document: no key list is built, and a member is read from `b` only when `b` owns it (a parsed "__proto__"
 * member is never compared with Object.prototype).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (!isObject(a) || !isObject(b)) return false;
  let members = 0;
  for (const key in a) {
    if (a[key] === undefined) continue;
    if (!Object.hasOwn(b, key) || !sameJson(a[key], b[key])) return false;
    members++;
  }
  for (const key in b) if (b[key] !== undefined) members--;
  return members === 0;
}

/** Drops undefined members so built JSON has no holes (JSON.stringify would skip them anyway). */
export function compact<T extends JsonObject>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Sets `target[key]` only when there is a value: what is read from a file gets no key the file does not have. */
export function setDefined<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
