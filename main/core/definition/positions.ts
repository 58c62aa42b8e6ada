/**
 * JSON pointer -> line/column, for the few pointers that findings name, in ONE pass over the text.
 *
 * A full jsonc-parser parseTree of the largest real connector (1.1 MB) costs ~10x the whole validation
 * (TOOLCHAIN.md), so this is a small hand scanner: it follows only the branches that lead to a wanted
 * pointer and skips every other value by bracket counting. It never throws: broken or tolerant texts
 * (trailing commas, comments, CRLF, a missing bracket) still give the best position found so far.
 * A pointer whose target does not exist (a missing property) resolves to its nearest existing ancestor.
 */
import { unescapeSegment } from '../model/json-pointer';

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors count). */
  column: number;
  /** 0-based offset into the text. */
  offset: number;
}

interface TrieNode {
  /** Its segment (the member's name, or the element's index as text). */
  name: string;
  /**
   * Null for the many leaves: most pointers end in a node nobody descends into. Most of the others have a few
   * children (a property's summary and description), found by comparing names: a Map for each would be most of
   * what this file allocates. Past MAP_AFTER children, `byName` indexes them too.
   */
  children: TrieNode[] | null;
  byName: Map<string, TrieNode> | null;
  parent: TrieNode | null;
  /** Children not seen yet: at 0, the rest of this node's value is skipped whole. */
  unseen: number;
  /** Offset of the member's key (objects) or the element's value (arrays); -1 until seen. */
  offset: number;
  /** Its position once found (shared by every pointer that resolves to this node). */
  position?: TextPosition;
}

const MAP_AFTER = 8;

function newNode(parent: TrieNode | null, name: string): TrieNode {
  if (parent) parent.unseen++;
  return { name, children: null, byName: null, parent, unseen: 0, offset: -1 };
}

/**
 * The position of each pointer, in the order given (pointers that are not valid JSON pointers resolve to the
 * document start). No map of pointers is built or read: findings name thousands, each a fresh string that a map
 * would first have to flatten and hash.
 */
export function positionsInOrder(text: string, pointers: readonly string[]): TextPosition[] {
  const trie = new PointerTrie();
  const targets = pointers.map((pointer) => (pointer === '' || pointer.charCodeAt(0) === 0x2f /* / */ ? trie.nodeOf(pointer) : trie.root));
  const found = scan(text, trie.root);
  placeLines(text, found);
  // A pointer whose target does not exist resolves to its nearest ancestor that does. The scanner only
  // reaches a member through its parent, so the first node found going up is that ancestor.
  return targets.map((target) => {
    let node = target;
    while (node.position === undefined) node = node.parent!;
    return node.position;
  });
}

/**
 * The trie of the wanted pointers' segments. Findings come in runs that share most of their pointer (the
 * properties of one schema, the parameters of one operation): each pointer is compared with the one before,
 * and only the segments past their common part are looked up. No pointer is hashed whole.
 */
class PointerTrie {
  readonly root = newNode(null, '');
  /** The previous pointer, and its path through the trie: nodes[d] is the node of its first d segments, ends[d] the offset just past them. */
  private previous = '';
  private readonly nodes: TrieNode[] = [this.root];
  private readonly ends: number[] = [0];
  private depth = 0;

  nodeOf(pointer: string): TrieNode {
    const { previous, nodes, ends } = this;
    let depth = this.depth;
    // Siblings (the same parent as the previous pointer) are the commonest case: one native comparison.
    const slash = pointer.lastIndexOf('/');
    if (depth > 0 && slash === ends[depth - 1] && pointer.startsWith(previous.slice(0, slash))) depth--;
    else {
      const shorter = Math.min(pointer.length, previous.length);
      let common = 0;
      while (common < shorter && pointer.charCodeAt(common) === previous.charCodeAt(common)) common++;
      // The deepest node of the previous pointer this one shares: whole segments in common, ending where one of its own does.
      while (depth > 0 && (ends[depth] > common || (ends[depth] < pointer.length && pointer.charCodeAt(ends[depth]) !== 0x2f /* / */))) depth--;
    }
    let node = nodes[depth];
    for (let at = ends[depth]; at < pointer.length; ) {
      let end = pointer.indexOf('/', at + 1);
      if (end < 0) end = pointer.length;
      node = childOf(node, unescapeSegment(pointer.slice(at + 1, end)));
      depth++;
      nodes[depth] = node;
      ends[depth] = end;
      at = end;
    }
    this.previous = pointer;
    this.depth = depth;
    return node;
  }
}

function childOf(parent: TrieNode, segment: string): TrieNode {
  const existing = childByName(parent, segment);
  if (existing) return existing;
  const node = newNode(parent, segment);
  const children = (parent.children ??= []);
  children.push(node);
  if (parent.byName) parent.byName.set(segment, node);
  else if (children.length > MAP_AFTER) parent.byName = new Map(children.map((child) => [child.name, child]));
  return node;
}

function childByName(parent: TrieNode, name: string): TrieNode | undefined {
  if (parent.byName) return parent.byName.get(name);
  const children = parent.children;
  if (children) for (let i = 0; i < children.length; i++) if (children[i].name === name) return children[i];
  return undefined;
}

/** The position of each node found (in offset order), counting line ends with indexOf (no index of every line is built). */
function placeLines(text: string, nodes: readonly TrieNode[]): void {
  let line = 1;
  let lineStart = 0;
  // The first line end not yet counted, kept from one node to the next (nodes often share a line).
  let nl = text.indexOf('\n');
  for (const node of nodes) {
    while (nl >= 0 && nl < node.offset) {
      line++;
      lineStart = nl + 1;
      nl = text.indexOf('\n', lineStart);
    }
    node.position = { line, column: node.offset - lineStart + 1, offset: node.offset };
  }
}

interface Frame {
  array: boolean;
  node: TrieNode;
  index: number;
  expectKey: boolean;
}

function isBlank(ch: number): boolean {
  return ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09 || ch === 0xfeff;
}

/**
 * Walks the text, recording offsets on the trie nodes it reaches. Returns them in the order found, which is
 * their order in the text: the root first (at its value, or at 0 when the text holds none).
 */
function scan(text: string, root: TrieNode): TrieNode[] {
  const found = [root];
  walkText(text, root, found);
  if (root.offset < 0) root.offset = 0;
  return found;
}

function walkText(text: string, root: TrieNode, found: TrieNode[]): void {
  const n = text.length;
  const frames: Frame[] = [];
  // The trie node of the value that starts next (null: nobody wants it, so it can be skipped whole).
  let next: TrieNode | null = root;
  let i = 0;
  while (i < n) {
    i = skipBlank(text, i);
    if (i >= n) return;
    const ch = text.charCodeAt(i);
    const frame = frames[frames.length - 1];
    if (frame && !frame.array && frame.expectKey && ch === 0x22 /* " */) {
      const end = skipString(text, i);
      const child = childNamed(frame.node, text, i, end);
      if (child && child.offset < 0) seen(child, i, found);
      next = child ?? null;
      frame.expectKey = false;
      i = end;
      continue;
    }
    if (ch === 0x2c /* , */) {
      if (frame && frame.node.unseen === 0) {
        // Every member wanted here was found (and walked): the rest of this object or array is skipped whole.
        i = skipContainer(text, i, 1);
        frames.pop();
        next = null;
        continue;
      }
      if (frame) {
        if (frame.array) {
          frame.index++;
          next = childByName(frame.node, String(frame.index)) ?? null;
        } else frame.expectKey = true;
      }
      i++;
      continue;
    }
    if (ch === 0x3a /* : */) {
      i++;
      continue;
    }
    if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      frames.pop();
      next = null;
      i++;
      continue;
    }
    // A value starts here.
    if (next && next !== root && frame?.array && next.offset < 0) seen(next, i, found);
    if (next === root && root.offset < 0) root.offset = i;
    if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      if (next?.children) {
        const array = ch === 0x5b;
        frames.push({ array, node: next, index: 0, expectKey: !array });
        next = array ? (childByName(next, '0') ?? null) : null;
        i++;
      } else {
        // From just inside it: a regex run from the bracket itself would stop there at once.
        i = skipContainer(text, i + 1, 1);
        next = null;
      }
      continue;
    }
    i = ch === 0x22 ? skipString(text, i) : skipScalar(text, i);
    next = null;
  }
}

function seen(node: TrieNode, offset: number, found: TrieNode[]): void {
  node.offset = offset;
  found.push(node);
  node.parent!.unseen--;
}

function skipBlank(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (isBlank(ch)) i++;
    else if (ch === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else return i;
  }
  return i;
}

/** From an opening quote to just past the closing one (indexOf is native: far faster than a char loop). */
function skipString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const quote = text.indexOf('"', j);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    j = quote + 1;
  }
}

function skipScalar(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n) {
    const ch = text.charCodeAt(j);
    if (ch === 0x2c || ch === 0x7d || ch === 0x5d || ch === 0x3a || ch === 0x22 || isBlank(ch)) break;
    j++;
  }
  return j;
}

/**
 * Everything up to the next bracket or slash outside a string, strings included: one regex run per bracket
 * instead of a return to JavaScript at every quote.
 */
const UNTIL_BRACKET = /(?:[^"[\]{}/]+|"(?:[^"\\]+|\\[^])*"?)*/y;
const STRUCTURE = /["[\]{}/]/g;

/**
 * Skips the rest of an object/array nobody asked about, from inside it (depth 1): bracket counting, aware of
 * strings and comments.
 */
function skipContainer(text: string, i: number, depth: number): number {
  const n = text.length;
  let j = i;
  try {
    while (j < n) {
      UNTIL_BRACKET.lastIndex = j;
      UNTIL_BRACKET.test(text);
      j = UNTIL_BRACKET.lastIndex;
      if (j >= n) return n;
      const ch = text.charCodeAt(j);
      if (ch === 0x2f) j = Math.max(skipBlank(text, j), j + 1);
      else {
        if (ch === 0x7b || ch === 0x5b) depth++;
        else if (--depth === 0) return j + 1;
        j++;
      }
    }
    return n;
  } catch {
    // A string of millions of escapes can exhaust the regex engine's backtracking stack: count the slow way.
    return skipContainerByTokens(text, j, depth);
  }
}

function skipContainerByTokens(text: string, i: number, depth: number): number {
  STRUCTURE.lastIndex = i;
  while (STRUCTURE.test(text)) {
    const j = STRUCTURE.lastIndex - 1;
    const ch = text.charCodeAt(j);
    if (ch === 0x22) STRUCTURE.lastIndex = skipString(text, j);
    else if (ch === 0x2f) STRUCTURE.lastIndex = Math.max(skipBlank(text, j), j + 1);
    else if (ch === 0x7b || ch === 0x5b) depth++;
    else if (--depth === 0) return j + 1;
  }
  return text.length;
}

function childNamed(node: TrieNode, text: string, start: number, end: number): TrieNode | undefined {
  if (node.byName) return node.byName.get(decodeKey(text, start, end));
  // A few wanted names (a property's summary and description): compared in place, no key string is made.
  const children = node.children!;
  const length = end - start - 2;
  for (let i = 0; i < children.length; i++) {
    const name = children[i].name;
    if (name.length === length && text.startsWith(name, start + 1)) return children[i];
  }
  // Only a key written with escapes can still be one of them.
  for (let i = start + 1; i < end - 1; i++) {
    if (text.charCodeAt(i) === 0x5c) return childByName(node, decodeKey(text, start, end));
  }
  return undefined;
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, text.charCodeAt(end - 1) === 0x22 && end - 1 > start ? end - 1 : end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
