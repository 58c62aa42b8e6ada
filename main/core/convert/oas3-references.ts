/**
 * The last pass of an OpenAPI 3 conversion: after it, every `$ref` in the swagger points at a 2.0 section of the
 * swagger itself (#/definitions, #/parameters, #/responses) and resolves; nothing refers to #/components.
 *
 * The converters rewrite the references of what they translate. What they carry over as it is can still hold
 * OpenAPI 3 references: vendor extensions (GitHub's root `x-webhooks` is a whole OpenAPI 3 paths object, its
 * operations' `x-github-breaking-changes` are OpenAPI 3 patches) and example data. Here:
 *   - a Power Platform extension (x-ms-*) means something to the platform: its references are rewritten to their
 *     2.0 targets, or it is dropped and reported when one has none;
 *   - any other extension has no 2.0 or platform meaning: when it holds a reference 2.0 cannot resolve, it is an
 *     OpenAPI 3 construct the platform can only trip over, so it is dropped and reported (with the count);
 *   - sample data holding a literal "$ref" key is dropped and reported (see SAMPLE_KEYS for why);
 *   - a reference left in a keyword position that has no 2.0 target (a safety net: the converters report these
 *     where they meet them) takes the object holding it away, reported.
 */
import { escapeSegment, getAt, parsePointer, type PointerSegment } from '../model/json-pointer';
import type { Oas3Context } from './oas3-context';
import { isObject, type JsonObject } from './util';

/**
 * Free data: example payloads, defaults, enum values, test values. A "$ref" key in them is data by the letter of
 * both specifications, and our own fast checks (validate/refs.ts, rules' document index) read it as data. It is
 * dropped anyway, because:
 *   - it is never a real sample: OpenAPI 3 does not resolve `$ref` inside an example, so authors who write one
 *     (GitHub: `value: { $ref: '#/components/examples/issue' }`) meant a reference that no tool followed, and the
 *     user would see `{ "$ref": "#/components/…" }` as the example response;
 *   - JSON-reference tooling resolves every "$ref" key whatever its place — swagger-parser (our deep check) fails
 *     the whole definition with "Missing $ref pointer", and the platform's import is of the same kind — so one
 *     example would make a valid connector fail to load.
 */
const SAMPLE_KEYS = new Set(['example', 'examples', 'x-example', 'x-ms-test-value', 'default', 'enum']);
/** Keys whose value maps user-chosen names to objects (a name like "example" there is not a keyword). */
const NAME_MAPS = new Set(['paths', 'definitions', 'properties', 'responses', 'headers', 'parameters', 'securityDefinitions', 'scopes', 'patternProperties']);
/** Name maps that also hold vendor extensions (2.0 allows ^x- keys in the paths and responses objects). */
const EXTENSIBLE_MAPS = new Set(['paths', 'responses']);
const TARGET = /^#\/(definitions|parameters|responses)\/([^/]+)$/;
const SECTIONS: Record<string, string> = { schemas: 'definitions', parameters: 'parameters', responses: 'responses' };
const COMPONENT = /^#\/components\/(schemas|parameters|responses|requestBodies)\/([^/]+)$/;

/** The 2.0 reference for `ref` in this swagger, or undefined when it has none (or it would not resolve). */
export function swaggerTarget(ctx: Oas3Context, swagger: JsonObject, ref: string): string | undefined {
  if (TARGET.test(ref)) return resolves(swagger, ref) ? ref : undefined;
  const part = ctx.schemaPartRefs.get(ref);
  if (part !== undefined) return `#/definitions/${escapeSegment(part)}`;
  const component = COMPONENT.exec(ref);
  if (!component) return undefined;
  const target = component[1] === 'requestBodies' ? ctx.requestBodyParameters.get(ref) : `#/${SECTIONS[component[1]]}/${component[2]}`;
  return target !== undefined && resolves(swagger, target) ? target : undefined;
}

function resolves(swagger: JsonObject, ref: string): boolean {
  let fragment = ref.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // Not percent-encoded after all: looked up as written.
  }
  return getAt(swagger, parsePointer(fragment)) !== undefined;
}

export function settleReferences(ctx: Oas3Context, swagger: JsonObject): void {
  new Settler(ctx, swagger).keywords(swagger, []);
}

class Settler {
  private origins?: Map<object, PointerSegment[]>;

  constructor(
    private readonly ctx: Oas3Context,
    private readonly swagger: JsonObject,
  ) {}

  /** An object whose keys are keywords; false when it must go (it holds a reference with no 2.0 target). */
  keywords(node: JsonObject, at: PointerSegment[]): boolean {
    if (typeof node.$ref === 'string') {
      const target = swaggerTarget(this.ctx, this.swagger, node.$ref);
      if (target === undefined) {
        this.ctx.report.dropped(`Reference ${node.$ref} has no Swagger 2.0 target: the object holding it was removed.`, sourcePointer(at), at);
        return false;
      }
      node.$ref = target;
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (!isObject(value) && !Array.isArray(value)) continue;
      const here = [...at, key];
      if (SAMPLE_KEYS.has(key)) this.sample(node, key, here);
      else if (key.startsWith('x-')) this.extension(node, key, here);
      else if (Array.isArray(value)) this.list(value, here);
      else if (!(NAME_MAPS.has(key) ? this.names(value, here, EXTENSIBLE_MAPS.has(key)) : this.keywords(value, here))) delete node[key];
    }
    return true;
  }

  private names(map: JsonObject, at: PointerSegment[], extensible: boolean): boolean {
    for (const [name, value] of Object.entries(map)) {
      if (extensible && name.startsWith('x-')) this.extension(map, name, [...at, name]);
      else if (Array.isArray(value)) this.list(value, [...at, name]);
      else if (isObject(value) && !this.keywords(value, [...at, name])) delete map[name];
    }
    return true;
  }

  private list(items: unknown[], at: PointerSegment[]): void {
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (Array.isArray(item)) this.list(item, [...at, i]);
      else if (isObject(item) && !this.keywords(item, [...at, i])) items.splice(i, 1);
    }
  }

  private sample(owner: JsonObject, key: string, at: PointerSegment[]): void {
    const refs = refsIn(owner[key]);
    if (refs.length === 0) return;
    this.ctx.report.dropped(
      `The ${key} value was dropped: it holds a literal "$ref" (${refs[0]}), which reference tools (and the platform) would try to resolve although it is sample data.`,
      this.origin(owner[key], at),
      at,
    );
    delete owner[key];
  }

  private extension(owner: JsonObject, key: string, at: PointerSegment[]): void {
    const value = owner[key];
    const refs = refsIn(value);
    if (refs.length === 0) return;
    const targets = new Map(refs.map((ref) => [ref, swaggerTarget(this.ctx, this.swagger, ref)]));
    const missing = [...targets].filter(([, target]) => target === undefined).map(([ref]) => ref);
    const platform = /^x-ms-/i.test(key);
    if (platform && missing.length === 0) {
      // Copied as it is from the source: rewritten on a copy, the source document stays untouched.
      owner[key] = rewritten(value, targets);
      return;
    }
    const foreign = refs.filter((ref) => targets.get(ref) !== ref);
    if (!platform && foreign.length === 0) return;
    const entries = Array.isArray(value) ? ` (${value.length} item${value.length === 1 ? '' : 's'})` : isObject(value) ? ` (${Object.keys(value).length} entr${Object.keys(value).length === 1 ? 'y' : 'ies'})` : '';
    const hint = /webhook/i.test(key) ? ' Model incoming events as webhook triggers (x-ms-trigger) in the Definition step.' : '';
    const message = platform
      ? `${key} was dropped: ${missing.length} of its ${refs.length} references have no Swagger 2.0 target (${missing[0]}).`
      : `The vendor extension ${key}${entries} was dropped: it has no Swagger 2.0 or Power Platform meaning and holds ${foreign.length} OpenAPI 3 reference${foreign.length === 1 ? '' : 's'} (${foreign[0]}) that would dangle in 2.0.${hint}`;
    this.ctx.report.dropped(message, this.origin(value, at), at);
    delete owner[key];
  }

  /** Where a carried-over value was in the source: found by identity (the converters copy these values as they are). */
  private origin(value: unknown, at: PointerSegment[]): PointerSegment[] {
    this.origins ??= carriedValues(this.ctx.doc);
    const found = isObject(value) || Array.isArray(value) ? this.origins.get(value) : undefined;
    if (found) return found;
    // A wrapper the converter made (response examples by media type): the value inside it was carried.
    for (const inner of isObject(value) ? Object.values(value) : []) {
      const innerFound = isObject(inner) || Array.isArray(inner) ? this.origins.get(inner) : undefined;
      if (innerFound) return innerFound;
    }
    return sourcePointer(at);
  }
}

/** Every "$ref" string in a value, at any depth, in order (repeats included: they are counted). */
function refsIn(value: unknown): string[] {
  const refs: string[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (isObject(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (key === '$ref' && typeof child === 'string') refs.push(child);
        else if (typeof child === 'object' && child !== null) pending.push(child);
      }
    }
  }
  return refs;
}

function rewritten(value: unknown, targets: Map<string, string | undefined>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewritten(item, targets));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) out[key] = key === '$ref' && typeof child === 'string' ? (targets.get(child) ?? child) : rewritten(child, targets);
  return out;
}

/** The source places of the values converters carry over unchanged: vendor extensions and sample data. */
function carriedValues(doc: JsonObject): Map<object, PointerSegment[]> {
  const found = new Map<object, PointerSegment[]>();
  const walk = (node: unknown, at: PointerSegment[]): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...at, i]));
    else if (isObject(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (typeof child !== 'object' || child === null) continue;
        const here = [...at, key];
        if (key.startsWith('x-') || SAMPLE_KEYS.has(key) || key === 'value') found.set(child, here);
        walk(child, here);
      }
    }
  };
  walk(doc, []);
  return found;
}

/** The source place of a swagger place, where the two differ only by section (a best guess for made objects). */
function sourcePointer(at: PointerSegment[]): PointerSegment[] {
  const [section, ...rest] = at;
  if (section === 'definitions') return ['components', 'schemas', ...rest];
  if (section === 'parameters' || section === 'responses') return ['components', section, ...rest];
  return at;
}
