/**
 * One shared index of the swagger per run of the rules — why it exists: the rules run on every keystroke,
 * and ref-targets, extension-names, extension-values, visibility-values, dynamic-references and no-secrets
 * used to walk the whole document each, copying an array of pointer segments at every node. On the largest
 * connector (1.1 MB, 219 operations) that was most of the rules' time. Here ONE traversal records what they
 * need, and a JSON pointer is only built for a node that produces a finding, from its parent chain (Place).
 * The same pass also notes which nodes hold a `default` (defaultHolders), so default-type walks only the
 * schemas that can hold a finding instead of every schema of the document.
 *
 * The traversal is structural: it knows which objects hold Swagger/extension keywords and which are maps of
 * user-chosen names (paths, definitions, properties…), and it does not read free data (examples, defaults,
 * enums) as keywords. It still goes through free data for the strings under sample keys (no-secrets).
 *
 * Caching: runRules gives each run a fresh `ctx.memo` (a document is never edited during a run); a rule called
 * on its own, as the tests do (they edit a document between two checks), builds what it needs each time.
 */
import type { Place, PointerSegment } from '../../model/json-pointer';
import { isObject, listOperations, type JsonObject, type OperationRef } from '../../model/operations';
import type { RuleContext, RunMemo } from '../rule';
import { SHORTEST_TOKEN } from '../../text/secret-tokens';
import { declaredParameters, operationParameters, type DeclaredParameter, type ParameterRef } from './parameters';
import { rootSchemas, type RootSchema } from './schemas';

/** An object whose keys are keywords (not names in a map, not free data). */
export interface KeywordNode {
  node: JsonObject;
  place: Place | undefined;
}

export interface ExtensionNode extends KeywordNode {
  /** Its keys that look like x-ms extensions (/^x\s*-\s*ms/i, misspellings included), in key order. */
  keys: string[];
  /** Its position in `extensionNodes` (document order). */
  order: number;
}

export interface SampleString {
  value: string;
  place: Place | undefined;
}

export interface DocumentIndex {
  /** Keyword objects holding a `$ref`, in document order. */
  refNodes: KeywordNode[];
  /** Keyword objects holding at least one x-ms-like key, in document order. */
  extensionNodes: ExtensionNode[];
  /** For each x-ms-like key, the keyword objects holding it, in document order. */
  byExtension: Map<string, ExtensionNode[]>;
  /**
   * Every string of at least SAMPLE_MIN_LENGTH characters under a sample key (example, examples, x-example,
   * default, x-ms-test-value), in document order.
   */
  sampleStrings: SampleString[];
  /**
   * Every keyword object with a `default` key, and every object or array that holds one: a schema not in it
   * has no default at or below it, so default-type does not walk it.
   */
  defaultHolders: Set<object>;
}

/** Keys whose value is a map from user-chosen names to objects (its own keys are not keywords). */
const NAME_MAPS = ['paths', 'definitions', 'properties', 'responses', 'headers', 'parameters', 'securityDefinitions', 'scopes', 'patternProperties'];
/** Keys whose value is free user data: example payloads, defaults, enum lists, test values. */
const DATA_KEYS = ['example', 'examples', 'default', 'enum', 'x-ms-test-value', 'x-example', 'x-ms-examples'];
const MAX_DEPTH = 200;
/**
 * Shorter sample strings are not listed: no credential shape no-secrets looks for is shorter, and most sample
 * values (defaults, enum-like examples) are short, so their places are never made.
 */
export const SAMPLE_MIN_LENGTH = SHORTEST_TOKEN;
/** The keys whose values are sample data a user may have pasted a real token into (no-secrets). */
export const SAMPLE_KEYS: ReadonlySet<string> = new Set(['x-ms-test-value', 'example', 'examples', 'x-example', 'default']);
const EXTENSION = /^x\s*-\s*ms/i;

/** What a key means to the walk, as bit flags: one map lookup per key instead of three set lookups. */
const SAMPLE = 1;
const DATA = 2;
const NAME_MAP = 4;
const KEY_ROLES = new Map<string, number>();
for (const key of SAMPLE_KEYS) KEY_ROLES.set(key, (KEY_ROLES.get(key) ?? 0) | SAMPLE);
for (const key of DATA_KEYS) KEY_ROLES.set(key, (KEY_ROLES.get(key) ?? 0) | DATA);
for (const key of NAME_MAPS) KEY_ROLES.set(key, (KEY_ROLES.get(key) ?? 0) | NAME_MAP);

/** The swagger's index, built once per run (see the file comment). */
export function documentIndex(ctx: RuleContext): DocumentIndex {
  return shared(ctx, buildIndex, ctx.swagger);
}

/** The keyword objects holding any of `keys` (x-ms-like keys), in document order. */
export function nodesWithExtension(index: DocumentIndex, keys: readonly string[]): ExtensionNode[] {
  const lists = keys.map((key) => index.byExtension.get(key)).filter((list) => list !== undefined);
  if (lists.length <= 1) return lists[0] ?? [];
  const nodes = [...new Set(lists.flat())];
  return nodes.sort((a, b) => a.order - b.order);
}

/** listOperations of a document, once per run. */
export function operationsOf(ctx: RuleContext, swagger: unknown = ctx.swagger): readonly OperationRef[] {
  return shared(ctx, listOperations, swagger);
}

/** declaredParameters of a document, once per run. */
export function declaredParametersOf(ctx: RuleContext, swagger: unknown = ctx.swagger): readonly DeclaredParameter[] {
  return shared(ctx, declaredParameters, swagger);
}

/** operationParameters of an operation (from operationsOf), once per run. */
export function operationParametersOf(ctx: RuleContext, op: OperationRef): readonly ParameterRef[] {
  const cache = shared(ctx, parameterCache, ctx.swagger);
  let parameters = cache.get(op);
  if (parameters === undefined) cache.set(op, (parameters = operationParameters(ctx.swagger, op)));
  return parameters;
}

const parameterCache = (_swagger: unknown) => new Map<OperationRef, ParameterRef[]>();

export interface ResponseEntry {
  code: string;
  response: unknown;
}

/**
 * The entries of a responses object, in document order, once per run: status codes are array-index keys,
 * which JavaScript enumerates slowly (it keeps no key list for them), and four rules read every operation's.
 */
export function responseEntries(ctx: RuleContext, responses: JsonObject): readonly ResponseEntry[] {
  const cache = shared(ctx, responseCache, ctx.swagger);
  let entries = cache.get(responses);
  if (entries === undefined) {
    entries = [];
    for (const code in responses) entries.push({ code, response: responses[code] });
    cache.set(responses, entries);
  }
  return entries;
}

const responseCache = (_swagger: unknown) => new Map<JsonObject, ResponseEntry[]>();

/** rootSchemas of the swagger, once per run. */
export function rootSchemasOf(ctx: RuleContext): readonly RootSchema[] {
  return shared(ctx, rootSchemas, ctx.swagger);
}

/** `build(root)`, computed once per run of the rules (every time when there is no run memo). */
export function shared<T>(ctx: RuleContext, build: (root: unknown) => T, root: unknown): T {
  const memo: RunMemo | undefined = ctx.memo;
  if (memo === undefined) return build(root);
  let byRoot = memo.get(build);
  if (byRoot === undefined) memo.set(build, (byRoot = new Map()));
  // One lookup for what is almost always there (no build gives undefined, but were one to, it is not rebuilt).
  const known = byRoot.get(root) as T | undefined;
  if (known !== undefined || byRoot.has(root)) return known as T;
  const value = build(root);
  byRoot.set(root, value);
  return value;
}

function buildIndex(swagger: unknown): DocumentIndex {
  return new IndexWalk().run(swagger);
}

const UNMADE: Place = { parent: undefined, key: '' };

/**
 * The traversal. Places are made only for the nodes the index keeps (and their ancestors, shared): the walk
 * itself keeps the keys of the current branch in a stack, so the ~150,000 other nodes of a large connector
 * cost no allocation.
 */
class IndexWalk {
  private readonly index: DocumentIndex = { refNodes: [], extensionNodes: [], byExtension: new Map(), sampleStrings: [], defaultHolders: new Set() };
  /** keys[d]: the key of the node at depth d (d >= 1); places[d]: its place once made, else UNMADE. */
  private readonly keys: PointerSegment[] = [''];
  private readonly places: (Place | undefined)[] = [undefined];

  run(swagger: unknown): DocumentIndex {
    this.walk(swagger, true, false, 0);
    // Numbered and grouped once all are in place (the walk inserts a node before its children's entries).
    const { extensionNodes, byExtension } = this.index;
    for (let order = 0; order < extensionNodes.length; order++) {
      const entry = extensionNodes[order];
      entry.order = order;
      for (const key of entry.keys) {
        const list = byExtension.get(key);
        if (list) list.push(entry);
        else byExtension.set(key, [entry]);
      }
    }
    return this.index;
  }

  /** The place of the node at `depth` (the root's: undefined), made on first use. */
  private placeAt(depth: number): Place | undefined {
    const made = this.places[depth];
    if (made !== UNMADE) return made;
    const place: Place = { parent: this.placeAt(depth - 1), key: this.keys[depth] };
    this.places[depth] = place;
    return place;
  }

  private enter(depth: number, key: PointerSegment): void {
    this.keys[depth] = key;
    this.places[depth] = UNMADE;
  }

  /** The place of a child of the node at `depth` that is not walked (a string). */
  private childPlace(depth: number, key: PointerSegment): Place {
    return { parent: this.placeAt(depth), key };
  }

  /**
   * Every object in document order, 200 levels deep at most; array items and the values of name maps hold
   * keywords. True when the node is or holds a keyword object with a `default` key (it is then a default holder).
   */
  private walk(value: unknown, keywords: boolean, sample: boolean, depth: number): boolean {
    if (depth > MAX_DEPTH) {
      this.walkData(value, sample, depth);
      return false;
    }
    if (Array.isArray(value)) {
      let holdsDefault = false;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item === 'object' && item !== null) {
          this.enter(depth + 1, i);
          if (this.walk(item, true, sample, depth + 1)) holdsDefault = true;
        } else if (sample && typeof item === 'string' && item.length >= SAMPLE_MIN_LENGTH) this.index.sampleStrings.push({ value: item, place: this.childPlace(depth, i) });
      }
      if (holdsDefault) this.index.defaultHolders.add(value);
      return holdsDefault;
    }
    if (typeof value !== 'object' || value === null) return false;
    return keywords ? this.walkKeywords(value as JsonObject, sample, depth) : this.walkNames(value as JsonObject, sample, depth);
  }

  /*
   * for…in is the fastest way through a parsed object (JSON objects inherit no enumerable keys), as long as each
   * for…in only ever meets objects whose keys V8 lists from its cache. A map of status codes ("200" is an index
   * key) or a map of hundreds of paths (a dictionary) would switch a loop to V8's slow path for every object after
   * it: so keyword objects and name maps each have their own loop, and only the maps' loop meets those.
   */

  /** A keyword object: its own keys are noted (a $ref, a default, x-ms extensions) and its children walked. */
  private walkKeywords(node: JsonObject, sample: boolean, depth: number): boolean {
    const index = this.index;
    // Where this node's entries go: before those of its children (document order), which the loop adds first.
    const refsAt = index.refNodes.length;
    const extensionsAt = index.extensionNodes.length;
    let holdsDefault = false;
    let hasRef = false;
    let extensions: string[] | undefined;
    for (const key in node) {
      if (key === '$ref') hasRef = true;
      else if (key === 'default') holdsDefault = true;
      else if ((key.charCodeAt(0) | 32) === 120 /* x or X */ && (key.startsWith('x-ms') || EXTENSION.test(key))) {
        // Most are spelt right: the pattern is only needed for the misspellings.
        (extensions ??= []).push(key);
      }
      if (this.walkMember(key, node[key], true, sample, depth)) holdsDefault = true;
    }
    if (holdsDefault) index.defaultHolders.add(node);
    if (hasRef || extensions !== undefined) {
      const place = this.placeAt(depth);
      if (hasRef) insertAt(index.refNodes, refsAt, { node, place });
      if (extensions !== undefined) insertAt(index.extensionNodes, extensionsAt, { node, place, keys: extensions, order: 0 });
    }
    return holdsDefault;
  }

  /** A map of user-chosen names (paths, definitions, properties, responses…): only its values are walked. */
  private walkNames(map: JsonObject, sample: boolean, depth: number): boolean {
    let holdsDefault = false;
    for (const key in map) {
      if (this.walkMember(key, map[key], false, sample, depth)) holdsDefault = true;
    }
    if (holdsDefault) this.index.defaultHolders.add(map);
    return holdsDefault;
  }

  /**
   * One member of the object at `depth` (`keywords`: whether that object's keys are keywords): its value walked,
   * or listed as a sample string. True when the value is or holds a keyword object with a `default`.
   */
  private walkMember(key: string, child: unknown, keywords: boolean, sample: boolean, depth: number): boolean {
    if (typeof child === 'object') {
      if (child === null) return false;
      const role = KEY_ROLES.get(key);
      this.enter(depth + 1, key);
      if (role === undefined) return this.walk(child, true, sample, depth + 1);
      if (keywords && (role & DATA) !== 0) {
        this.walkData(child, sample || (role & SAMPLE) !== 0, depth + 1);
        return false;
      }
      return this.walk(child, !(keywords && (role & NAME_MAP) !== 0), sample || (role & SAMPLE) !== 0, depth + 1);
    }
    if (typeof child === 'string' && child.length >= SAMPLE_MIN_LENGTH && (sample || ((KEY_ROLES.get(key) ?? 0) & SAMPLE) !== 0)) {
      this.index.sampleStrings.push({ value: child, place: this.childPlace(depth, key) });
    }
    return false;
  }

  /** Below free data (or past the depth limit) only sample strings are collected (`value` is the node at `depth`). */
  private walkData(value: unknown, sample: boolean, depth: number): void {
    if (typeof value === 'string') {
      if (sample && value.length >= SAMPLE_MIN_LENGTH) this.index.sampleStrings.push({ value, place: this.placeAt(depth) });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        this.enter(depth + 1, i);
        this.walkData(value[i], sample, depth + 1);
      }
      return;
    }
    for (const key in value) {
      this.enter(depth + 1, key);
      this.walkData((value as JsonObject)[key], sample || SAMPLE_KEYS.has(key), depth + 1);
    }
  }
}

/** Adds `item` at `at` of `list` (mostly its end: only children walked before a node's key come after it). */
function insertAt<T>(list: T[], at: number, item: T): void {
  if (at === list.length) list.push(item);
  else list.splice(at, 0, item);
}

/** Calls `visit` for every string of a document with its place, in document order (no depth limit). */
export function eachString(value: unknown, visit: (value: string, place: Place | undefined) => void, place?: Place): void {
  if (typeof value === 'string') visit(value, place);
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) eachString(value[i], visit, { parent: place, key: i });
  else if (isObject(value)) for (const key of Object.keys(value)) eachString(value[key], visit, { parent: place, key });
}
