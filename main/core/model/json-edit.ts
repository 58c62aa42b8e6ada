/**
 * Minimal text edits to a JSON document: the ONE way forms, fixes and generators change a file.
 *
 * We never re-serialise a whole document: only the edited value's text changes, so untouched parts keep
 * their key order, formatting and unknown x-ms-* extensions (DESIGN.md, "The connector project").
 * New members are formatted like the document around them (indent and line ends are detected).
 */
import { applyEdits, modify, parse as parseJsonc, parseTree, findNodeAtLocation, type Edit, type FormattingOptions } from 'jsonc-parser';
import { toJsonPath, toPointer, parsePointer } from './json-pointer';
import type { DocEdit } from './findings';

export interface TextChange {
  /** 0-based offset in the text before the change. */
  offset: number;
  length: number;
  content: string;
}

/** Detects indentation and line ends from the text (defaults: 2 spaces, \n). */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const match = /\n([ \t]+)["{[\]}]/.exec(text);
  const indent = match ? match[1] : '  ';
  const insertSpaces = !indent.startsWith('\t');
  return { insertSpaces, tabSize: insertSpaces ? indent.length || 2 : 1, eol, keepLines: true };
}

/**
 * The text changes that set (or remove) the value at a JSON pointer. Missing parents are created.
 * `root` is the parsed document (used to tell array indexes from object keys).
 */
export function changesForSet(
  text: string,
  root: unknown,
  pointer: string,
  value: unknown,
  options: { remove?: boolean; insert?: boolean; formatting?: FormattingOptions } = {},
): TextChange[] {
  const path = toJsonPath(root, pointer);
  const formattingOptions = options.formatting ?? detectFormatting(text);
  const edits: Edit[] = modify(text, path, options.remove ? undefined : value, {
    formattingOptions,
    isArrayInsertion: options.insert ?? false,
  });
  return edits.map((e) => ({ offset: e.offset, length: e.length, content: e.content }));
}

/** Applies changes to a text (changes must not overlap; they are applied from the end). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  return applyEdits(text, changes.map((c) => ({ offset: c.offset, length: c.length, content: c.content })));
}

/** Sets a value and returns the new text: the convenience form of changesForSet + applyChanges. */
export function setJsonValue(text: string, root: unknown, pointer: string, value: unknown): string {
  return applyChanges(text, changesForSet(text, root, pointer, value));
}

/** Removes the member or element at a pointer (no-op when absent). */
export function removeJsonValue(text: string, root: unknown, pointer: string): string {
  return applyChanges(text, changesForSet(text, root, pointer, undefined, { remove: true }));
}

/**
 * Applies a list of DocEdits to one document's text, in order, so each pointer is resolved against the current
 * document. Each edit works in the smallest enclosing value (see changesForDocEdit): on a 1 MB definition an
 * edit costs a scan, not a parse of the whole text. `parse` is used only when an edit has to work on the whole
 * document (an edit of a top-level member).
 */
export function applyDocEdits(text: string, edits: readonly DocEdit[], parse: (text: string) => unknown): string {
  let current = text;
  for (const edit of edits) current = applyChanges(current, changesForDocEdit(current, edit, parse));
  return current;
}

/**
 * The text changes of one DocEdit, exactly as `changesForSet` on the whole text would make them, computed in the
 * deepest existing container of the edited value: its text (prefixed with its line's indentation, so new members
 * are indented as in place) is edited as a document of its own and the changes are shifted back. jsonc-parser then
 * parses a few hundred bytes instead of the whole definition.
 */
export function changesForDocEdit(
  text: string,
  edit: DocEdit,
  parse: (text: string) => unknown,
  formatting: FormattingOptions = detectFormatting(text),
): TextChange[] {
  const segments = parsePointer(edit.path);
  const options = { remove: edit.remove, insert: edit.insert, formatting };
  const chain = segments.length > 1 ? locateChain(text, segments.slice(0, -1)) : undefined;
  // The deepest container among the strict ancestors of the edited value, other than the root, whose line starts
  // plainly (indentation, then at most its key): jsonc-parser reformats the edited line from its start, so that
  // start must read the same in the container's text as in the whole document.
  for (let depth = chain ? chain.length - 1 : 0; depth > 0; depth--) {
    const container = chain![depth];
    if (container.kind !== 'object' && container.kind !== 'array') continue;
    let lineStart = container.offset;
    while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
    const plain = /^([ \t]*)(?:"(?:[^"\\]|\\.)*": )?$/.exec(text.slice(lineStart, container.offset));
    if (!plain) continue;
    const indent = plain[1];
    const sub = indent + text.slice(container.offset, container.offset + container.length);
    const root: unknown = parseJsonc(sub, [], { allowTrailingComma: true });
    const changes = changesForSet(sub, root, toPointer(segments.slice(depth)), edit.value, options);
    const shifted = changes.map((c) => shiftChange(c, sub, indent.length, container.offset));
    if (shifted.every((c) => c !== undefined)) return shifted as TextChange[];
  }
  return changesForSet(text, parse(text), edit.path, edit.value, options);
}

/**
 * A change made in "<indent><container>" as a change of the whole text (the container starts at `at`). A change
 * that starts in the indentation must keep it as it is (it then starts at the container); otherwise undefined.
 */
function shiftChange(change: TextChange, sub: string, indent: number, at: number): TextChange | undefined {
  if (change.offset >= indent) return { ...change, offset: change.offset - indent + at };
  const kept = sub.slice(change.offset, indent);
  if (!change.content.startsWith(kept) || change.offset + change.length < indent) return undefined;
  return { offset: at, length: change.length - kept.length, content: change.content.slice(kept.length) };
}

/** The [offset, length] of the value at a pointer in the text, or undefined when absent. */
export function locateValue(text: string, pointer: string): { offset: number; length: number } | undefined {
  const segments = parsePointer(pointer);
  const chain = locateChain(text, segments);
  if (chain && chain.length === segments.length + 1) return { offset: chain[chain.length - 1].offset, length: chain[chain.length - 1].length };
  if (chain) return undefined;
  // The scanner gave up (text it does not follow): the tolerant tree decides.
  const tree = parseTree(text, [], { allowTrailingComma: true });
  if (!tree) return undefined;
  let node = tree;
  for (const segment of segments) {
    const next = node.type === 'array' ? findNodeAtLocation(node, [Number(segment)]) : findNodeAtLocation(node, [segment]);
    if (!next) return undefined;
    node = next;
  }
  return { offset: node.offset, length: node.length };
}

export interface ValueSpan {
  offset: number;
  length: number;
  kind: 'object' | 'array' | 'string' | 'literal';
}

/**
 * Walks the text along `segments` without parsing what it passes: the spans of the root and of each segment found
 * (a shorter chain when a segment is missing), or undefined when the text is not something this scanner follows
 * (then callers use the full parser). Duplicate keys resolve to the first, as in jsonc-parser's findNodeAtLocation.
 */
export function locateChain(text: string, segments: readonly string[]): ValueSpan[] | undefined {
  try {
    let start = skipTrivia(text, 0);
    let span = spanAt(text, start);
    const chain = [span];
    for (const segment of segments) {
      let found: number | undefined;
      if (span.kind === 'object') found = memberStart(text, span, segment);
      else if (span.kind === 'array' && /^\d+$/.test(segment)) found = elementStart(text, span, Number(segment));
      if (found === undefined) break;
      start = found;
      span = spanAt(text, start);
      chain.push(span);
    }
    return chain;
  } catch {
    return undefined;
  }
}

class ScanError extends Error {}

/** Skips whitespace and comments. */
function skipTrivia(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) i++;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new ScanError();
      i = end + 2;
    } else return i;
  }
}

/** The end of the string literal that starts at i (the offset after its closing quote). */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const quote = text.indexOf('"', j);
    if (quote < 0) throw new ScanError();
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    j = quote + 1;
  }
}

/** The span of the value that starts at i. */
function spanAt(text: string, i: number): ValueSpan {
  const c = text.charCodeAt(i);
  if (c === 34) return { offset: i, length: stringEnd(text, i) - i, kind: 'string' };
  if (c === 123 || c === 91) {
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 34) j = stringEnd(text, j) - 1;
      else if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        if (--depth === 0) return { offset: i, length: j + 1 - i, kind: c === 123 ? 'object' : 'array' };
      } else if (d === 47 && (text.charCodeAt(j + 1) === 47 || text.charCodeAt(j + 1) === 42)) j = skipTrivia(text, j) - 1;
    }
    throw new ScanError();
  }
  let j = i;
  while (j < text.length && !/[\s,\]}\/:]/.test(text[j])) j++;
  if (j === i) throw new ScanError();
  return { offset: i, length: j - i, kind: 'literal' };
}

/** After a member or element: the offset of the next one, or undefined at the container's end. */
function next(text: string, i: number, close: number): number | undefined {
  i = skipTrivia(text, i);
  const c = text.charCodeAt(i);
  if (c === close) return undefined;
  if (c !== 44) throw new ScanError();
  i = skipTrivia(text, i + 1);
  return text.charCodeAt(i) === close ? undefined : i;
}

function memberStart(text: string, object: ValueSpan, key: string): number | undefined {
  let i: number | undefined = skipTrivia(text, object.offset + 1);
  if (text.charCodeAt(i) === 125) return undefined;
  while (i !== undefined) {
    if (text.charCodeAt(i) !== 34) throw new ScanError();
    const keyEnd = stringEnd(text, i);
    const raw = text.slice(i + 1, keyEnd - 1);
    const name = raw.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw;
    let j = skipTrivia(text, keyEnd);
    if (text.charCodeAt(j) !== 58) throw new ScanError();
    j = skipTrivia(text, j + 1);
    if (name === key) return j;
    const value = spanAt(text, j);
    i = next(text, value.offset + value.length, 125);
  }
  return undefined;
}

function elementStart(text: string, array: ValueSpan, index: number): number | undefined {
  let i: number | undefined = skipTrivia(text, array.offset + 1);
  if (text.charCodeAt(i) === 93) return undefined;
  for (let n = 0; i !== undefined; n++) {
    if (n === index) return i;
    const value = spanAt(text, i);
    i = next(text, value.offset + value.length, 93);
  }
  return undefined;
}
