/**
 * The one replacement that turns `before` into `after` (common prefix and suffix trimmed). Undo history stores
 * these instead of whole texts, so a long session on a 1 MB definition stays small.
 */
export interface Replacement {
  offset: number;
  deleted: string;
  inserted: string;
}

export function diffTexts(before: string, after: string): Replacement | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  const start = commonPrefix(before, after, max);
  const end = commonSuffix(before, after, max - start);
  return { offset: start, deleted: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}

/**
 * Chunks are compared as strings first (the engine compares memory; a character loop over a 1 MB text in script
 * costs milliseconds per keystroke), then the differing chunk character by character.
 */
const CHUNK = 4096;

function commonPrefix(a: string, b: string, max: number): number {
  let start = 0;
  while (start + CHUNK <= max && a.slice(start, start + CHUNK) === b.slice(start, start + CHUNK)) start += CHUNK;
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  return start;
}

function commonSuffix(a: string, b: string, max: number): number {
  let end = 0;
  while (end + CHUNK <= max && a.slice(a.length - end - CHUNK, a.length - end) === b.slice(b.length - end - CHUNK, b.length - end)) end += CHUNK;
  while (end < max && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return end;
}

export function applyReplacement(text: string, r: Replacement): string {
  return text.slice(0, r.offset) + r.inserted + text.slice(r.offset + r.deleted.length);
}

export function invertReplacement(r: Replacement): Replacement {
  return { offset: r.offset, deleted: r.inserted, inserted: r.deleted };
}
