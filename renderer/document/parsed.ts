/**
 * Parsed views of the project's JSON texts, cached by text identity: forms read values from here on every render
 * without re-parsing a 1 MB definition per keystroke of an unrelated field.
 */
import { parse as parseJsonc } from 'jsonc-parser';

const cache = new Map<string, { text: string; value: unknown }>();

/** Tolerant parse (trailing commas and the like are accepted): forms keep working on files real connectors ship. */
export function parsedJson(key: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const hit = cache.get(key);
  if (hit && hit.text === text) return hit.value;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = parseJsonc(text, [], { allowTrailingComma: true });
  }
  cache.set(key, { text, value });
  return value;
}
