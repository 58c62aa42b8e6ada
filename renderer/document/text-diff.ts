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
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { offset: start, deleted: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}

export function applyReplacement(text: string, r: Replacement): string {
  return text.slice(0, r.offset) + r.inserted + text.slice(r.offset + r.deleted.length);
}

export function invertReplacement(r: Replacement): Replacement {
  return { offset: r.offset, deleted: r.inserted, inserted: r.deleted };
}
