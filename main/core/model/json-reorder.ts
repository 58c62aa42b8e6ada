/**
 * Reordering the members of a JSON object (or the elements of an array) as a text edit: the moved member's text
 * travels unchanged and every separator (comma, line break, indentation, comments between members) stays where it
 * was, so the document changes by the order of its members and nothing else. Used for drag and drop and the
 * move up / down commands on operations (`paths`), references (`definitions`, `parameters`, `responses`) and
 * policies (`policyTemplateInstances`).
 */
import { parseTree, type Node } from 'jsonc-parser';
import { parsePointer } from './json-pointer';

/** The object or array node at a pointer (undefined when absent or a scalar). */
function containerAt(text: string, pointer: string): Node | undefined {
  let node = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  for (const segment of parsePointer(pointer)) {
    if (!node) return undefined;
    if (node.type === 'array') node = node.children?.[Number(segment)];
    else if (node.type === 'object') node = node.children?.find((p) => p.children?.[0]?.value === segment)?.children?.[1];
    else return undefined;
  }
  return node && (node.type === 'object' || node.type === 'array') ? node : undefined;
}

/** The keys of the object at a pointer in text order (array: the indexes as strings); undefined when absent. */
export function memberKeys(text: string, pointer: string): string[] | undefined {
  const node = containerAt(text, pointer);
  if (!node) return undefined;
  return (node.children ?? []).map((child, i) => (node.type === 'object' ? String(child.children?.[0]?.value) : String(i)));
}

/**
 * Moves the member at index `from` of the object or array at `pointer` so that it ends at index `to` (both
 * 0-based, in text order). Returns the new text, or undefined when there is nothing to move (no such container,
 * an index out of range, or from === to).
 */
export function moveMemberText(text: string, pointer: string, from: number, to: number): string | undefined {
  const node = containerAt(text, pointer);
  const children = node?.children ?? [];
  const n = children.length;
  if (!node || from === to || from < 0 || to < 0 || from >= n || to >= n) return undefined;
  const span = (c: Node) => text.slice(c.offset, c.offset + c.length);
  const order = children.map((_, i) => i);
  order.splice(to, 0, ...order.splice(from, 1));
  // Only the slots between the first and last moved positions change; separators stay in their slots.
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  let middle = '';
  for (let slot = lo; slot <= hi; slot++) {
    middle += span(children[order[slot]]);
    if (slot < hi) middle += text.slice(children[slot].offset + children[slot].length, children[slot + 1].offset);
  }
  const start = children[lo].offset;
  const end = children[hi].offset + children[hi].length;
  return text.slice(0, start) + middle + text.slice(end);
}

/**
 * Moves the member `key` of the object at `pointer` to just before the member `before` (or to the end when
 * `before` is null). Returns the new text, or undefined when nothing moves.
 */
export function moveMemberBefore(text: string, pointer: string, key: string, before: string | null): string | undefined {
  const keys = memberKeys(text, pointer);
  if (!keys) return undefined;
  const from = keys.indexOf(key);
  const target = before === null ? keys.length : keys.indexOf(before);
  if (from < 0 || target < 0) return undefined;
  return moveMemberText(text, pointer, from, target > from ? target - 1 : target);
}
