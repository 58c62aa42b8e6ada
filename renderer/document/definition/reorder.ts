/**
 * Reordering operations (move up / down in the list) by swapping two members' text in place: the moved
 * members keep their exact formatting and nothing else in the document changes.
 */
import { parseTree, findNodeAtLocation, type Node } from 'jsonc-parser';
import { listOperations } from '../../../main/core/model/operations';
import { parsePointer, toJsonPath, toPointer } from '../../../main/core/model/json-pointer';

function member(tree: Node, root: unknown, pointer: string): Node | undefined {
  const value = findNodeAtLocation(tree, toJsonPath(root, pointer));
  return value?.parent?.type === 'property' ? value.parent : undefined;
}

/** Swaps the text of two members of the same object (`a` and `b` are pointers to them). */
export function swapMembers(text: string, root: unknown, a: string, b: string): string | undefined {
  const tree = parseTree(text, [], { allowTrailingComma: true });
  if (!tree) return undefined;
  let first = member(tree, root, a);
  let second = member(tree, root, b);
  if (!first || !second || first.parent !== second.parent || first === second) return undefined;
  if (first.offset > second.offset) [first, second] = [second, first];
  const firstText = text.slice(first.offset, first.offset + first.length);
  const secondText = text.slice(second.offset, second.offset + second.length);
  return (
    text.slice(0, first.offset) + secondText + text.slice(first.offset + first.length, second.offset) + firstText + text.slice(second.offset + second.length)
  );
}

/**
 * Moves an operation up or down the list. The list follows the order of `paths` (operations of one path item
 * are listed in HTTP method order), so the operation's path item swaps with the neighbouring path item.
 * Returns the new text, or undefined when the operation cannot move that way.
 */
export function moveOperationText(text: string, root: unknown, pointer: string, delta: -1 | 1): string | undefined {
  const operations = listOperations(root);
  const index = operations.findIndex((o) => o.pointer === pointer);
  if (index < 0) return undefined;
  const [, path] = parsePointer(pointer);
  let i = index + delta;
  while (operations[i] && operations[i].path === path) i += delta;
  const neighbour = operations[i];
  if (!neighbour) return undefined;
  return swapMembers(text, root, toPointer(['paths', path]), toPointer(['paths', neighbour.path]));
}
