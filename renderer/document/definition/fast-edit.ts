/**
 * Typing into one field of a large definition (Encodian: 1.1 MB) without re-parsing the whole text per keystroke.
 * The first edit of a value locates it once (a full parse); while the user keeps typing into the same value and
 * nothing else changed the text, the next edits replace exactly that value's text span. The result is the same
 * minimal text edit json-edit produces: only the edited value's text changes.
 */
import { locateValue } from '../../../main/core/model/json-edit';

interface Span {
  file: string;
  pointer: string;
  /** The text the span is valid for (identity). */
  text: string;
  offset: number;
  length: number;
}

let last: Span | null = null;

/** Scalar values only: objects and arrays go through the regular edit (their formatting follows the document). */
function isScalar(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/**
 * The new text with the scalar at `pointer` replaced, or undefined when the fast path does not apply
 * (the value is absent, not a scalar, or the new value is not a scalar).
 */
export function replaceScalar(file: string, text: string, pointer: string, value: unknown): string | undefined {
  return replaceScalarSpan(file, text, pointer, value)?.text;
}

/** replaceScalar with the span it replaced: [offset, offset + length) of the old text became `content`. */
export function replaceScalarSpan(
  file: string,
  text: string,
  pointer: string,
  value: unknown,
): { text: string; offset: number; length: number; content: string } | undefined {
  if (!isScalar(value) || (typeof value === 'number' && !Number.isFinite(value))) return undefined;
  let span: { offset: number; length: number } | undefined;
  if (last && last.file === file && last.pointer === pointer && last.text === text) span = last;
  else {
    span = locateValue(text, pointer);
    if (!span) return undefined;
    const current = text.slice(span.offset, span.offset + span.length);
    if (current.startsWith('{') || current.startsWith('[')) return undefined;
  }
  const content = JSON.stringify(value);
  const next = text.slice(0, span.offset) + content + text.slice(span.offset + span.length);
  last = { file, pointer, text: next, offset: span.offset, length: content.length };
  return { text: next, offset: span.offset, length: span.length, content };
}
