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
const COMPONENTS = '#/components/';
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
  new Settler(ctx, swagger).keywords(swagger, undefined);
}

class Settler {
  private origins?: Map<object, Place>;
  /** Large descriptions repeat the same few thousand references tens of thousands of times: judged once each. */
  private readonly targets = new Map<string, string | undefined>();

  constructor(
    private readonly ctx: Oas3Context,
    private readonly swagger: JsonObject,
  ) {}

  private target(ref: string): string | undefined {
    if (!this.targets.has(ref)) this.targets.set(ref, swaggerTarget(this.ctx, this.swagger, ref));
    return this.targets.get(ref);
  }

  /** An object whose keys are keywords; false when it must go (it holds a reference with no 2.0 target). */
  keywords(node: JsonObject, place: Place | undefined): boolean {
    if (typeof node.$ref === 'string') {
      const target = this.target(node.$ref);
      if (target === undefined) {
        const at = segmentsOf(place);
        this.ctx.report.dropped(`Reference ${node.$ref} has no Swagger 2.0 target: the object holding it was removed.`, sourcePointer(at), at);
        return false;
      }
      node.$ref = target;
    }
    for (const key in node) {
      const value = node[key];
      if (typeof value === 'string' && key.startsWith('x-') && value.startsWith(COMPONENTS)) this.extension(node, key, { parent: place, key });
      if (typeof value !== 'object' || value === null) continue;
      const here: Place = { parent: place, key };
      if (SAMPLE_KEYS.has(key)) this.sample(node, key, here);
      else if (key.startsWith('x-')) this.extension(node, key, here);
      else if (Array.isArray(value)) this.list(value, here);
      else if (!(NAME_MAPS.has(key) ? this.names(value as JsonObject, here, EXTENSIBLE_MAPS.has(key)) : this.keywords(value as JsonObject, here))) delete node[key];
    }
    return true;
  }

  private names(map: JsonObject, place: Place, extensible: boolean): boolean {
    for (const name in map) {
      const value = map[name];
      if (extensible && name.startsWith('x-')) this.extension(map, name, { parent: place, key: name });
      else if (Array.isArray(value)) this.list(value, { parent: place, key: name });
      else if (isObject(value) && !this.keywords(value, { parent: place, key: name })) delete map[name];
    }
    return true;
  }

  private list(items: unknown[], place: Place): void {
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i];
      if (Array.isArray(item)) this.list(item, { parent: place, key: i });
      else if (isObject(item) && !this.keywords(item, { parent: place, key: i })) items.splice(i, 1);
    }
  }

  private sample(owner: JsonObject, key: string, place: Place): void {
    const refs = refsIn(owner[key]);
    if (refs.length === 0) return;
    const at = segmentsOf(place);
    this.ctx.report.dropped(
      `The ${key} value was dropped: it holds a literal "$ref" (${refs[0]}), which reference tools (and the platform) would try to resolve although it is sample data.`,
      this.origin(owner[key], at),
      at,
    );
    delete owner[key];
  }

  private extension(owner: JsonObject, key: string, place: Place): void {
    const value = owner[key];
    const refs = refsIn(value, true);
    if (refs.length === 0) return;
    const targets = new Map(refs.map((ref) => [ref, this.target(ref)]));
    const missing = [...targets].filter(([, target]) => target === undefined).map(([ref]) => ref);
    const platform = /^x-ms-/i.test(key);
    if (platform && missing.length === 0) {
      // Copied as it is from the source: rewritten on a copy, the source document stays untouched.
      owner[key] = rewritten(value, targets);
      return;
    }
    const foreign = refs.filter((ref) => targets.get(ref) !== ref);
    if (!platform && foreign.length === 0) return;
    const at = segmentsOf(place);
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
    // A wrapper the converter made (response examples by media type) holds the value that was carried.
    const candidates = [value, ...(isObject(value) ? Object.values(value) : [])].filter((v): v is object => isObject(v) || Array.isArray(v));
    // First where it most likely came from (the same operation or component), then the whole source, indexed once.
    const scope = sourcePointer(at).slice(0, 3);
    const near = findIn(getAt(this.ctx.doc, scope), new Set(candidates));
    if (near) return [...scope, ...near];
    this.origins ??= carriedValues(this.ctx.doc);
    for (const candidate of candidates) {
      const found = this.origins.get(candidate);
      if (found) return segmentsOf(found);
    }
    return sourcePointer(at);
  }
}

/** The place of one of `targets` (by identity) inside `root`, relative to it. */
function findIn(root: unknown, targets: Set<object>): PointerSegment[] | undefined {
  const pending: [unknown, Place | undefined][] = [[root, undefined]];
  while (pending.length > 0) {
    const [node, place] = pending.pop() as [unknown, Place | undefined];
    if (typeof node !== 'object' || node === null) continue;
    if (targets.has(node)) return segmentsOf(place);
    if (Array.isArray(node)) node.forEach((item, i) => pending.push([item, { parent: place, key: i }]));
    else for (const key in node) pending.push([(node as JsonObject)[key], { parent: place, key }]);
  }
  return undefined;
}

/**
 * Every "$ref" string in a value, at any depth, in order (repeats included: they are counted). In extensions
 * (`strings`), a string naming #/components is a reference too: autorest's x-ms-odata holds one as its value.
 */
function refsIn(value: unknown, strings = false): string[] {
  const refs: string[] = [];
  // A stack, not recursion: sample data can be nested deeper than the call stack allows.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node === 'string') {
      if (strings && node.startsWith(COMPONENTS)) refs.push(node);
    } else if (Array.isArray(node)) for (const item of node) pending.push(item);
    else if (isObject(node)) {
      for (const key in node) {
        const child = node[key];
        if (key === '$ref' && typeof child === 'string') refs.push(child);
        else if (typeof child === 'object' && child !== null) pending.push(child);
        else if (strings && typeof child === 'string' && child.startsWith(COMPONENTS)) refs.push(child);
      }
    }
  }
  return refs;
}

function rewritten(value: unknown, targets: Map<string, string | undefined>): unknown {
  if (typeof value === 'string') return targets.get(value) ?? value;
  if (Array.isArray(value)) return value.map((item) => rewritten(item, targets));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) out[key] = rewritten(child, targets);
  return out;
}

interface Place {
  parent: Place | undefined;
  key: PointerSegment;
}

/**
 * The source places of the values converters carry over unchanged: vendor extensions and sample data. Places are
 * parent chains, made into pointers only for what is reported (a large description has millions of nodes).
 */
function carriedValues(doc: JsonObject): Map<object, Place> {
  const found = new Map<object, Place>();
  // A stack, not recursion: example data can be nested deeper than the call stack allows.
  const pending: [unknown, Place | undefined][] = [[doc, undefined]];
  while (pending.length > 0) {
    const [node, place] = pending.pop() as [unknown, Place | undefined];
    if (Array.isArray(node)) node.forEach((item, i) => pending.push([item, { parent: place, key: i }]));
    else if (isObject(node)) {
      for (const key in node) {
        const child = node[key];
        if (typeof child !== 'object' || child === null) continue;
        const here: Place = { parent: place, key };
        if (key.startsWith('x-') || SAMPLE_KEYS.has(key) || key === 'value') found.set(child, here);
        pending.push([child, here]);
      }
    }
  }
  return found;
}

function segmentsOf(place: Place | undefined): PointerSegment[] {
  const segments: PointerSegment[] = [];
  for (let at = place; at !== undefined; at = at.parent) segments.push(at.key);
  return segments.reverse();
}

/** The source place of a swagger place, where the two differ only by section (a best guess for made objects). */
function sourcePointer(at: PointerSegment[]): PointerSegment[] {
  const [section, ...rest] = at;
  if (section === 'definitions') return ['components', 'schemas', ...rest];
  if (section === 'parameters' || section === 'responses') return ['components', section, ...rest];
  return at;
}
