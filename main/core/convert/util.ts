/** Small helpers shared by both converters. */
import { isObject, type JsonObject } from '../model/operations';

export { isObject };
export type { JsonObject };

export function isAbsoluteUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Keeps the first of equal JSON values (2.0 requires unique `enum` and `required` entries). */
export function uniqueJson<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value) ?? 'undefined';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Copies the `x-` vendor extensions of `from` onto `to` (they mean the same in 2.0). */
export function copyExtensions(from: JsonObject, to: JsonObject): void {
  for (const key of Object.keys(from)) if (key.startsWith('x-')) to[key] = from[key];
}

/** Size of the text as saved (UTF-8), without allocating the encoded bytes. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Postman and OpenAPI descriptions are either a string or { content }. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.content === 'string') return value.content;
  return undefined;
}

/** Makes `base` unique among `used` by appending 2, 3, … and records it. */
export function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}${n}`;
  used.add(name);
  return name;
}

export function isValidRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
