/** State shared by the OpenAPI 3 conversion steps, and local-only $ref resolution. */
import { getAt, parsePointer, unescapeSegment, type PointerSegment } from '../model/json-pointer';
import { isObject, type JsonObject } from './util';
import type { Reporter } from './report';

export interface Oas3Context {
  doc: JsonObject;
  version: '3.0' | '3.1';
  report: Reporter;
  /** The chosen server URL (relative OAuth URLs are resolved against it). */
  serverUrl?: string;
  /** Component parameters that have no 2.0 form (cookie): refs to them are dropped. */
  droppedParameters: Set<string>;
  /** '#/components/requestBodies/X' -> '#/parameters/Y' for bodies that became shared body parameters. */
  requestBodyParameters: Map<string, string>;
  /** Refs currently being inlined: a ref met again inside itself is a cycle. */
  inlining: Set<string>;
  /** Source pointer of a part of a component schema that is referred to on its own -> its definition name. */
  schemaParts: Map<string, string>;
  /** '#/components/schemas/A/...' refs -> the definition they name (a part's, or a whole schema's after a chain). */
  schemaPartRefs: Map<string, string>;
}

export interface Resolved {
  value: unknown;
  /** Pointer segments of the resolved value in the source. */
  at: string[];
}

/** Follows local refs (chains included); external refs and dangling refs give undefined. */
export function resolveRef(ctx: Oas3Context, ref: string): Resolved | undefined {
  let current = ref;
  for (let hops = 0; hops < 20; hops++) {
    if (!current.startsWith('#')) return undefined;
    let at: string[];
    try {
      at = parsePointer(decodeURIComponent(current.slice(1)));
    } catch {
      return undefined;
    }
    const value = getAt(ctx.doc, at);
    if (value === undefined) return undefined;
    if (isObject(value) && typeof value.$ref === 'string') {
      current = value.$ref;
      continue;
    }
    return { value, at };
  }
  return undefined;
}

/** The object itself, or what its $ref points at (with the pointer it was found at). */
export function deref(ctx: Oas3Context, value: unknown, at: readonly PointerSegment[]): { value: JsonObject; at: PointerSegment[] } | undefined {
  if (!isObject(value)) return undefined;
  if (typeof value.$ref !== 'string') return { value, at: [...at] };
  const resolved = resolveRef(ctx, value.$ref);
  return resolved && isObject(resolved.value) ? { value: resolved.value, at: resolved.at } : undefined;
}

/**
 * The component name of a reference to one whole entry of components.<section> that exists in the source
 * (its 2.0 counterpart has the same name), else undefined: such refs are followed and inlined instead.
 */
export function componentName(ctx: Oas3Context, ref: string, section: 'schemas' | 'parameters' | 'responses'): string | undefined {
  const prefix = `#/components/${section}/`;
  if (!ref.startsWith(prefix)) return undefined;
  const name = ref.slice(prefix.length);
  if (name === '' || name.includes('/')) return undefined;
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // Not percent-encoded after all: looked up as written.
  }
  // Presence only: a component that is itself a reference (even to itself) is still converted under its name.
  return getAt(ctx.doc, ['components', section, unescapeSegment(decoded)]) !== undefined ? name : undefined;
}
