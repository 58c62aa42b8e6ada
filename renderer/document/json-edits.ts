/**
 * DocEdits applied to a project text as the store needs them: the new text, the ONE replacement that turns the old
 * text into it (known from the edits' positions, so a 1 MB definition is never diffed), and, when the edits' effect
 * on the value is known, the new value seeded into the parse cache (typing into a form field re-parses nothing).
 */
import type { DocEdit } from '../../main/core/model/findings';
import { applyChanges, changesForDocEdit } from '../../main/core/model/json-edit';
import { parsePointer } from '../../main/core/model/json-pointer';
import { diffTexts, type Replacement } from './text-diff';
import { cachedStrictValue, parsedJson, seedParsed } from './parsed';
import { replaceScalarSpan } from './definition/fast-edit';

export interface TextEdit {
  text: string;
  replacement: Replacement;
}

/** Applies `edits` (all to `file`) to `text`; null when nothing changes. */
export function editJsonText(file: DocEdit['file'], text: string, edits: readonly DocEdit[]): TextEdit | null {
  let current = text;
  let start = Infinity;
  /** Characters at the end no edit touched (counted from the end, so later edits keep it valid). */
  let tail = Infinity;
  const only = edits.length === 1 ? edits[0] : undefined;
  const fast = only && !only.remove && !only.insert && only.value !== undefined ? replaceScalarSpan(file, text, only.path, only.value) : undefined;
  if (fast) {
    current = fast.text;
    start = fast.offset;
    tail = text.length - fast.offset - fast.length;
  } else {
    for (const edit of edits) {
      const changes = changesForDocEdit(current, edit, (t) => parsedJson(file, t));
      for (const change of changes) {
        start = Math.min(start, change.offset);
        tail = Math.min(tail, current.length - change.offset - change.length);
      }
      current = applyChanges(current, changes);
    }
  }
  if (current === text || start === Infinity) return null;
  // Only the edited window is diffed: it trims what the deleted and inserted parts share at either end (an edit may
  // rewrite a little more than it changes).
  const window = diffTexts(text.slice(start, text.length - tail), current.slice(start, current.length - tail));
  if (!window) return null;
  seedDerivedValue(file, text, current, edits);
  return { text: current, replacement: { ...window, offset: start + window.offset } };
}

/**
 * When the value of the old text is known and each edit sets or removes one member of an existing object or
 * array (what typing into a form does), the new value follows without a parse: the path to the edited member is
 * copied, everything else is shared (so unchanged operations keep their identity and their rows do not re-render).
 */
function seedDerivedValue(file: string, before: string, after: string, edits: readonly DocEdit[]): void {
  const known = cachedStrictValue(file, before);
  if (!known) return;
  let root = known.value;
  for (const edit of edits) {
    if (edit.insert) return;
    const segments = parsePointer(edit.path);
    if (segments.length === 0 || segments.includes('__proto__')) return;
    // A JSON copy of the value: exactly what parsing its text gives.
    const value = edit.remove ? undefined : (JSON.parse(JSON.stringify(edit.value ?? null)) as unknown);
    const next = withMember(root, segments, value, edit.remove === true);
    if (next === undefined) return;
    root = next;
  }
  seedParsed(file, after, root);
}

/** `root` with the member at `segments` set (or removed), copying only the path; undefined when a parent is missing. */
function withMember(root: unknown, segments: readonly string[], value: unknown, remove: boolean): unknown {
  if (root === null || typeof root !== 'object') return undefined;
  const [key, ...rest] = segments;
  if (Array.isArray(root)) {
    if (!/^\d+$/.test(key) || Number(key) >= root.length) return undefined;
    const index = Number(key);
    if (rest.length === 0) {
      const copy = [...root];
      if (remove) copy.splice(index, 1);
      else copy[index] = value;
      return copy;
    }
    const child = withMember(root[index], rest, value, remove);
    if (child === undefined) return undefined;
    const copy = [...root];
    copy[index] = child;
    return copy;
  }
  const object = root as Record<string, unknown>;
  if (rest.length === 0) {
    if (remove) {
      if (!Object.prototype.hasOwnProperty.call(object, key)) return object;
      const { [key]: _removed, ...others } = object;
      return others;
    }
    return { ...object, [key]: value };
  }
  if (!Object.prototype.hasOwnProperty.call(object, key)) return undefined;
  const child = withMember(object[key], rest, value, remove);
  return child === undefined ? undefined : { ...object, [key]: child };
}
