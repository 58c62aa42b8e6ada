/**
 * Reordering what the Definition lists show, as minimal text edits (json-reorder.ts): the moved member's text
 * travels, nothing else in the document changes.
 * - Operations follow the order of `paths` (the operations of one path item are listed together, in HTTP method
 *   order), so moving an operation moves its path item.
 * - References are the members of `definitions`, `parameters` and `responses`.
 * - Policies are the elements of apiProperties' policyTemplateInstances.
 */
import { listOperations, type OperationRef } from '../../../main/core/model/operations';
import { parsePointer } from '../../../main/core/model/json-pointer';
import { memberKeys, moveMemberBefore, moveMemberText } from '../../../main/core/model/json-reorder';
import { POLICIES_POINTER } from './policy-templates';

export type DropPlace = 'before' | 'after';

/** Moves the path item of the operation at `pointer` just before or after the path item of `target`. */
export function moveOperationNear(text: string, pointer: string, target: string, place: DropPlace): string | undefined {
  const [, path] = parsePointer(pointer);
  const [, targetPath] = parsePointer(target);
  if (path === targetPath) return undefined;
  const keys = memberKeys(text, '/paths');
  if (!keys) return undefined;
  const before = place === 'before' ? targetPath : (keys[keys.indexOf(targetPath) + 1] ?? null);
  return moveMemberBefore(text, '/paths', path, before);
}

/**
 * Moves an operation one place up or down the list shown (`among`, by default every operation): past the next
 * operation of another path item in that direction. Returns the new text, or undefined at the end of the list.
 */
export function moveOperationText(text: string, root: unknown, pointer: string, delta: -1 | 1, among: OperationRef[] = listOperations(root)): string | undefined {
  const index = among.findIndex((o) => o.pointer === pointer);
  if (index < 0) return undefined;
  const [, path] = parsePointer(pointer);
  let i = index + delta;
  while (among[i] && among[i].path === path) i += delta;
  const neighbour = among[i];
  return neighbour ? moveOperationNear(text, pointer, neighbour.pointer, delta < 0 ? 'before' : 'after') : undefined;
}

/** Moves the reference `/<group>/<name>` before or after another of the same group. */
export function moveReferenceNear(text: string, pointer: string, target: string, place: DropPlace): string | undefined {
  const [group, name] = parsePointer(pointer);
  const [targetGroup, targetName] = parsePointer(target);
  if (group !== targetGroup || name === targetName) return undefined;
  const keys = memberKeys(text, `/${group}`);
  if (!keys) return undefined;
  const before = place === 'before' ? targetName : (keys[keys.indexOf(targetName) + 1] ?? null);
  return moveMemberBefore(text, `/${group}`, name, before);
}

/** Moves the policy at index `from` before or after the policy at `target`; returns the text and its new index. */
export function movePolicyNear(text: string, from: number, target: number, place: DropPlace): { text: string; index: number } | undefined {
  let to = place === 'before' ? target : target + 1;
  if (to > from) to -= 1;
  const next = moveMemberText(text, POLICIES_POINTER, from, to);
  return next === undefined ? undefined : { text: next, index: to };
}

/** Where an index ends up after the element at `from` moved to `to` (selection follows the list). */
export function indexAfterMove(index: number, from: number, to: number): number {
  if (index === from) return to;
  if (from < index && index <= to) return index - 1;
  if (to <= index && index < from) return index + 1;
  return index;
}
