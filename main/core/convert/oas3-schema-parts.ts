/**
 * References to a part of a component schema ('#/components/schemas/A/properties/b': generated descriptions hold
 * thousands). 2.0 references name whole definitions (the ref-targets rule), and copying each part in place
 * multiplies nested parts until the output no longer fits in memory. So each part that is referred to becomes a
 * definition of its own, converted once, and the component that contains it refers to it there too (no copy).
 */
import { getAt, parsePointer, toPointer, type PointerSegment } from '../model/json-pointer';
import { resolveRef, type Oas3Context } from './oas3-context';
import { isObject, uniqueName, type JsonObject } from './util';

const SCHEMAS = '#/components/schemas/';

/** Finds the parts referred to (before any conversion, so containers can refer to them too). */
export function collectSchemaParts(ctx: Oas3Context): void {
  const schemas = isObject(ctx.doc.components) && isObject(ctx.doc.components.schemas) ? ctx.doc.components.schemas : {};
  const taken = new Set(Object.keys(schemas));
  // A stack, not recursion: example data can be nested deeper than the call stack allows.
  const pending: unknown[] = [ctx.doc];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) for (const item of node) pending.push(item);
    else if (isObject(node)) {
      for (const key in node) {
        const value = node[key];
        if (key === '$ref' && typeof value === 'string') {
          if (value.startsWith(SCHEMAS)) notePart(ctx, value, taken);
        } else if (typeof value === 'object' && value !== null) pending.push(value);
      }
    }
  }
}

function notePart(ctx: Oas3Context, ref: string, taken: Set<string>): void {
  if (!ref.startsWith(SCHEMAS) || !ref.slice(SCHEMAS.length).includes('/') || ctx.schemaPartRefs.has(ref)) return;
  const resolved = resolveRef(ctx, ref);
  if (!resolved || resolved.at[0] !== 'components' || resolved.at[1] !== 'schemas' || resolved.at.length < 3) return;
  const pointer = toPointer(resolved.at);
  let name = resolved.at.length === 3 ? resolved.at[2] : ctx.schemaParts.get(pointer);
  if (name === undefined) {
    const [component, ...rest] = resolved.at.slice(2);
    name = uniqueName([component, ...rest.filter((segment) => segment !== 'properties')].join('.').replace(/[^A-Za-z0-9_.-]/g, '_'), taken);
    ctx.schemaParts.set(pointer, name);
  }
  ctx.schemaPartRefs.set(ref, name);
}

/** The definition made for the part at `at`, where a container may refer to it instead of holding a copy. */
export function partAt(ctx: Oas3Context, at: readonly PointerSegment[]): string | undefined {
  if (ctx.schemaParts.size === 0 || at.length < 4 || at[0] !== 'components' || at[1] !== 'schemas') return undefined;
  // Not under oneOf/anyOf: merging alternatives reads the converted branches' properties.
  const parent = at[at.length - 2];
  const last = at[at.length - 1];
  if (parent !== 'properties' && parent !== 'allOf' && last !== 'items' && last !== 'additionalProperties') return undefined;
  return ctx.schemaParts.get(toPointer(at));
}

/** The definitions of the parts, each converted once where it is in the source. */
export function convertSchemaParts(ctx: Oas3Context, convertHere: (ctx: Oas3Context, input: unknown, at: PointerSegment[]) => JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [pointer, name] of ctx.schemaParts) {
    const at = parsePointer(pointer);
    out[name] = convertHere(ctx, getAt(ctx.doc, at), at);
    ctx.report.renamed(`The part of a schema at ${pointer} is referred to on its own: it became the definition "${name}" (2.0 references name whole definitions).`, at, ['definitions', name]);
  }
  return out;
}
