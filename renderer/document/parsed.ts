/**
 * Parsed views of the project's JSON texts, one parse per text version, shared by every reader (forms, the
 * swagger parse state, the operation picker): cached by text identity, so forms read values on every render
 * without re-parsing a 1 MB definition per keystroke of an unrelated field. An edit whose effect on the value is
 * known (json-edits.ts) seeds the next version's value instead of having it parsed again.
 */
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';

export interface ParsedText {
  value: unknown;
  /** The tolerant parser's errors; empty when the text is strict JSON. */
  errors: readonly ParseError[];
}

const cache = new Map<string, { text: string; parsed: ParsedText }>();

/** The text's value and parse errors (tolerant: trailing commas and the like are accepted). */
export function parsedText(key: string, text: string): ParsedText {
  const hit = cache.get(key);
  if (hit && hit.text === text) return hit.parsed;
  let parsed: ParsedText;
  try {
    parsed = { value: JSON.parse(text), errors: [] };
  } catch {
    const errors: ParseError[] = [];
    parsed = { value: parseJsonc(text, errors, { allowTrailingComma: true }), errors };
  }
  cache.set(key, { text, parsed });
  return parsed;
}

/** Tolerant parse (trailing commas and the like are accepted): forms keep working on files real connectors ship. */
export function parsedJson(key: string, text: string | undefined): unknown {
  return text === undefined ? undefined : parsedText(key, text).value;
}

/** The cached value of exactly this text, if it was parsed (or seeded) and is strict JSON. */
export function cachedStrictValue(key: string, text: string): { value: unknown } | undefined {
  const hit = cache.get(key);
  return hit && hit.text === text && hit.parsed.errors.length === 0 ? { value: hit.parsed.value } : undefined;
}

/** Records the value of a text derived from an edit of a strictly parsed previous version (no parse needed). */
export function seedParsed(key: string, text: string, value: unknown): void {
  cache.set(key, { text, parsed: { value, errors: [] } });
}
