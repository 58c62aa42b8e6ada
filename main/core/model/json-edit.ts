/**
 * Minimal text edits to a JSON document: the ONE way forms, fixes and generators change a file.
 *
 * We never re-serialise a whole document: only the edited value's text changes, so untouched parts keep
 * their key order, formatting and unknown x-ms-* extensions (DESIGN.md, "The connector project").
 * New members are formatted like the document around them (indent and line ends are detected).
 */
import { applyEdits, modify, parseTree, findNodeAtLocation, type Edit, type FormattingOptions } from 'jsonc-parser';
import { toJsonPath, parsePointer } from './json-pointer';
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
  options: { remove?: boolean; insert?: boolean } = {},
): TextChange[] {
  const path = toJsonPath(root, pointer);
  const formattingOptions = detectFormatting(text);
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
 * Applies a list of DocEdits to one document's text, in order, re-parsing between edits so each
 * pointer is resolved against the current document.
 */
export function applyDocEdits(text: string, edits: readonly DocEdit[], parse: (text: string) => unknown): string {
  let current = text;
  for (const edit of edits) {
    const root = parse(current);
    current = applyChanges(current, changesForSet(current, root, edit.path, edit.value, { remove: edit.remove, insert: edit.insert }));
  }
  return current;
}

/** The [offset, length] of the value at a pointer in the text, or undefined when absent. */
export function locateValue(text: string, pointer: string): { offset: number; length: number } | undefined {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  if (!tree) return undefined;
  const segments = parsePointer(pointer);
  let node = tree;
  for (const segment of segments) {
    const next = node.type === 'array' ? findNodeAtLocation(node, [Number(segment)]) : findNodeAtLocation(node, [segment]);
    if (!next) return undefined;
    node = next;
  }
  return { offset: node.offset, length: node.length };
}
