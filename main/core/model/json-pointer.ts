/** RFC 6901 JSON pointers: the one way paths are written in findings, fixes and form bindings. */

export type PointerSegment = string | number;

/**
 * Pointers are built and read for every finding (thousands per document): almost no segment holds '~' or '/',
 * so the replacements run only when one does (two native substring checks are cheaper than a regex test).
 */
export function escapeSegment(segment: PointerSegment): string {
  if (typeof segment === 'number') return String(segment);
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

export function unescapeSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** ['paths', '/items/{id}', 'get'] -> "/paths/~1items~1{id}/get" */
export function toPointer(segments: readonly PointerSegment[]): string {
  return segments.length === 0 ? '' : '/' + segments.map(escapeSegment).join('/');
}

/**
 * Where a node sits: its parent's place and its own key (the root has no place: undefined). Walks that report
 * on few of the nodes they visit keep places and write a pointer (pointerOf) only for a node they report.
 */
export interface Place {
  readonly parent: Place | undefined;
  readonly key: PointerSegment;
}

/** The JSON pointer of a place, with `more` segments appended: as toPointer([...segments, ...more]). */
export function pointerOf(place: Place | undefined, ...more: PointerSegment[]): string {
  let tail = '';
  for (const segment of more) tail += '/' + escapeSegment(segment);
  for (let at = place; at !== undefined; at = at.parent) tail = '/' + escapeSegment(at.key) + tail;
  return tail;
}

/** "/paths/~1items~1{id}/get" -> ['paths', '/items/{id}', 'get'] ('' -> []). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (pointer.charCodeAt(0) !== 0x2f /* / */) throw new Error(`Not a JSON pointer: ${pointer}`);
  const segments = pointer.slice(1).split('/');
  return pointer.includes('~') ? segments.map(unescapeSegment) : segments;
}

/** Reads the value at a pointer, or undefined when any step is missing. */
export function getAt(root: unknown, pointer: string | readonly PointerSegment[]): unknown {
  const segments = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  let node: unknown = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = memberOf(node, String(segment));
  }
  return node;
}

/**
 * The value a local reference ("#/definitions/Pet") points to, or undefined. Its fragment is percent-decoded
 * first ("#/definitions/Error%20message"; a malformed escape is read as written).
 */
export function resolveLocal(doc: unknown, ref: string): unknown {
  // Most references are "#/<section>/<name>" written without escapes: two lookups, and no pointer is parsed.
  const slash = ref.indexOf('/', 2);
  if (slash > 2 && ref.startsWith('#/') && ref.indexOf('/', slash + 1) < 0 && !ref.includes('%') && !ref.includes('~')) {
    const section = memberOf(doc, ref.slice(2, slash));
    return memberOf(section, ref.slice(slash + 1));
  }
  let fragment = ref.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // Not percent-encoded after all: use it as written.
  }
  if (fragment !== '' && !fragment.startsWith('/')) return undefined;
  return getAt(doc, fragment);
}

/** One step of getAt: the member `key` of an object, or undefined. */
function memberOf(node: unknown, key: string): unknown {
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
}

/** Converts pointer segments to jsonc-parser paths (array indexes as numbers). */
export function toJsonPath(root: unknown, pointer: string): (string | number)[] {
  const out: (string | number)[] = [];
  let node: unknown = root;
  for (const segment of parsePointer(pointer)) {
    const key = Array.isArray(node) && /^\d+$/.test(segment) ? Number(segment) : segment;
    out.push(key);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return out;
}
