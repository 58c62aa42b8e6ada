/**
 * The Swagger 2.0 rules the JSON schema cannot express — the checks of swagger-parser's spec validator
 * (duplicate operation ids and parameters, one body, path placeholders, parameter and response types,
 * required properties that exist) — reported ALL at once with JSON pointers, and without dereferencing.
 *
 * swagger-parser stops at the first problem and dereferences the whole document first (~200 ms on the
 * largest real connector, unbounded on a nested-$ref bomb), which is too slow for every keystroke. Here
 * references are looked up one at a time in the document; swagger-parser itself runs as the heavier check
 * (deep-check.ts). Findings that sit where the schema check already reported are dropped.
 */
import type { Finding } from '../model/findings';
import { escapeSegment } from '../model/json-pointer';
import { HTTP_METHODS, isObject, type JsonObject } from '../model/operations';
import { cachedResolver, refFindings, resolveLocal } from './refs';

const SWAGGER = 'apiDefinition.swagger.json' as const;
const PRIMITIVE = ['array', 'boolean', 'integer', 'number', 'string'];
const SCHEMA_TYPES = [...PRIMITIVE, 'object', 'null', undefined];
const FORM_TYPES = [...PRIMITIVE, 'file'];
const RESPONSE_TYPES = [...SCHEMA_TYPES, 'file'];
const PLACEHOLDER = /\{([^/}]+)}/g;

type Emit = (path: string, message: string) => void;
/**
 * Where a node is, as a function that writes its JSON pointer: pointers are only written for findings, and
 * path names (every one holds a '/') cost two replacements to escape.
 */
type Where = () => string;

/** The place of `segment` below `base`. */
const below = (base: Where, segment: string | number): Where => () => `${base()}/${segment}`;

export interface SemanticReport {
  findings: Finding[];
  /** A `$ref` leaves the document: the deep check must not run (always false when the refs were not checked). */
  externalRefs: boolean;
  /**
   * A problem was found that a certification rule reports (SemanticChecks): the document is not clean, and the
   * deep check, which would stop at the same problem, must not run either.
   */
  leftToRules: boolean;
}

/**
 * Which problems to report. Each `false` leaves a problem to the certification rule that owns it, so that one
 * problem is one finding: `refs`, the $ref checks (ref-targets, and then not checked at all); `structure`, the
 * path template against the path parameters, one body, body beside formData (swagger-structure), still looked
 * for (SemanticReport.leftToRules). A duplicate operationId is reported here and dropped by the engine when
 * operation-id reports that member (engine.ts, withoutRestated).
 */
export interface SemanticChecks {
  refs?: boolean;
  structure?: boolean;
}

export function semanticFindings(swagger: unknown, schemaFindings: readonly Finding[] = [], options: SemanticChecks = {}): SemanticReport {
  const refs = options.refs === false ? { findings: [], external: false } : refFindings(swagger);
  const findings: Finding[] = [...refs.findings];
  const emit: Emit = (path, message) => findings.push({ rule: 'swagger-semantic', severity: 'error', file: SWAGGER, path, message, step: 'definition' });
  let leftToRules = false;
  const leave: Emit = () => {
    leftToRules = true;
  };
  if (isObject(swagger)) {
    activeResolver = cachedResolver(swagger);
    try {
      checkPaths(swagger, { emit, structure: options.structure === false ? leave : emit });
      if (isObject(swagger.definitions)) {
        const definitions = swagger.definitions;
        for (const name of Object.keys(definitions)) {
          checkRequiredExist(swagger, definitions[name], () => `/definitions/${escapeSegment(name)}`, emit);
        }
      }
    } finally {
      activeResolver = undefined;
    }
  }
  const covered = schemaFindings.map((f) => f.path);
  const fresh = findings.filter((f) => !covered.some((p) => isUnder(f.path, p) || isUnder(p, f.path)));
  return { findings: fresh, externalRefs: refs.external, leftToRules };
}

function isUnder(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(ancestor + '/');
}

/** The memoised resolver of the document being checked (semanticFindings is synchronous). */
let activeResolver: ((ref: string) => unknown) | undefined;

/** Follows local references (a few hops at most, so a reference loop ends). */
function deref(doc: JsonObject, value: unknown): unknown {
  const resolve = activeResolver ?? ((ref: string) => resolveLocal(doc, ref));
  let node = value;
  for (let hops = 0; hops < 8 && isObject(node) && typeof node.$ref === 'string'; hops++) {
    node = node.$ref.startsWith('#') ? resolve(node.$ref) : undefined;
  }
  return node;
}

/** Where each kind of problem goes: `emit` for findings; `structure` to `emit` or, when swagger-structure owns it, away. */
interface Emitters {
  emit: Emit;
  structure: Emit;
}

function checkPaths(doc: JsonObject, emitters: Emitters): void {
  const { emit } = emitters;
  if (!isObject(doc.paths)) return;
  const operationIds = new Map<string, string>();
  const paths = doc.paths;
  for (const pathName of Object.keys(paths)) {
    const item = paths[pathName];
    if (!isObject(item) || !pathName.startsWith('/')) continue;
    let itemPointer: string | undefined;
    const item$: Where = () => (itemPointer ??= `/paths/${escapeSegment(pathName)}`);
    const shared = parameterList(doc, item.parameters, below(item$, 'parameters'), emit);
    // The path's {placeholders}, found once for all its operations (each takes its own copy to tick off).
    const placeholders = pathName.includes('{') ? [...pathName.matchAll(PLACEHOLDER)].map((m) => m[1]) : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const where = below(item$, method);
      const id = operation.operationId;
      if (typeof id === 'string' && id !== '') {
        const first = operationIds.get(id);
        if (first) emit(`${where()}/operationId`, `Duplicate operation id '${id}': it is also used by ${first}.`);
        else operationIds.set(id, `${method.toUpperCase()} ${pathName}`);
      }
      const own = parameterList(doc, operation.parameters, below(where, 'parameters'), emit);
      // Operation parameters override path-level ones with the same name and location.
      const params = [...own, ...shared.filter((s) => !own.some((o) => o.param.name === s.param.name && o.param.in === s.param.in))];
      checkOperationParameters(doc, pathName, [...placeholders], where, operation, params, emitters);
      checkResponses(doc, operation.responses, below(where, 'responses'), emit);
    }
  }
}

interface Param {
  param: JsonObject;
  where: Where;
}

function parameterList(doc: JsonObject, list: unknown, where: Where, emit: Emit): Param[] {
  if (!Array.isArray(list)) return [];
  const out: Param[] = [];
  list.forEach((raw, index) => {
    const param = deref(doc, raw);
    if (!isObject(param)) return;
    const at = below(where, index);
    if (out.some((p) => p.param.name === param.name && p.param.in === param.in)) {
      emit(at(), `Found multiple ${String(param.in)} parameters named "${String(param.name)}".`);
      return;
    }
    out.push({ param, where: at });
  });
  return out;
}

/** `structure` takes what swagger-structure owns: bodies, placeholders and the parameters that fill them. */
function checkOperationParameters(doc: JsonObject, pathName: string, placeholders: string[], where: Where, operation: JsonObject, params: Param[], { emit, structure }: Emitters): void {
  const bodies = params.filter((p) => p.param.in === 'body');
  if (bodies.length > 1) structure(`${where()}/parameters`, `The operation has ${bodies.length} body parameters. Only one is allowed.`);
  else if (bodies.length > 0 && params.some((p) => p.param.in === 'formData')) {
    structure(`${where()}/parameters`, 'The operation has body parameters and formData parameters. Only one or the other is allowed.');
  }
  for (const { param, where: at } of params.filter((p) => p.param.in === 'path')) {
    const match = placeholders.indexOf(String(param.name));
    if (param.required !== true) (match < 0 ? emit : structure)(at(), `Path parameters cannot be optional. Set "required": true for the "${String(param.name)}" parameter.`);
    if (match < 0) emit(at(), `The path parameter "${String(param.name)}" has no matching {${String(param.name)}} in the path '${pathName}'.`);
    else placeholders.splice(match, 1);
  }
  if (placeholders.length > 0) structure(`${where()}/parameters`, `The path '${pathName}' has no parameter for ${placeholders.map((p) => `{${p}}`).join(', ')}.`);

  const consumes = (Array.isArray(operation.consumes) ? operation.consumes : Array.isArray(doc.consumes) ? doc.consumes : []).map(String);
  for (const { param, where: at } of params) {
    const body = param.in === 'body';
    const schema = body ? deref(doc, param.schema) : param;
    if (!isObject(schema)) continue;
    const valid = body ? SCHEMA_TYPES : param.in === 'formData' ? FORM_TYPES : PRIMITIVE;
    const schemaAt = body ? below(at, 'schema') : at;
    checkType(schema, schemaAt, valid, emit);
    checkRequiredExist(doc, schema, schemaAt, emit);
    if (schema.type === 'file' && !consumes.some((c) => /multipart\/(.*\+)?form-data|application\/(.*\+)?x-www-form-urlencoded/.test(c))) {
      emit(at(), 'The operation has a file parameter, so it must consume multipart/form-data or application/x-www-form-urlencoded.');
    }
  }
}

function checkResponses(doc: JsonObject, responses: unknown, where: Where, emit: Emit): void {
  if (!isObject(responses)) return;
  // Object.keys, not entries: no [key, value] pair per response of every operation.
  for (const code of Object.keys(responses)) {
    if (code.startsWith('x-')) continue;
    const raw = responses[code];
    const at: Where = () => `${where()}/${escapeSegment(code)}`;
    if (code !== 'default' && !(Number(code) >= 100 && Number(code) <= 599)) emit(at(), `'${code}' is not a valid HTTP response code (100-599 or "default").`);
    const response = deref(doc, raw);
    if (!isObject(response)) continue;
    if (isObject(response.headers)) {
      for (const [name, header] of Object.entries(response.headers)) {
        if (isObject(header)) checkType(header, () => `${at()}/headers/${escapeSegment(name)}`, PRIMITIVE, emit);
      }
    }
    const schema = deref(doc, response.schema);
    if (isObject(schema)) checkType(schema, below(at, 'schema'), RESPONSE_TYPES, emit);
  }
}

function checkType(schema: JsonObject, where: Where, valid: readonly unknown[], emit: Emit): void {
  if (!valid.includes(schema.type as string | undefined)) {
    emit(where(), `The type ${JSON.stringify(schema.type) ?? '(missing)'} is not valid here. Use one of: ${valid.filter(Boolean).join(', ')}.`);
  } else if (schema.type === 'array' && schema.items === undefined) {
    emit(where(), 'This is an array, so it must include an "items" schema.');
  }
}

/** Every name in `required` is a property of the schema (or of one of its allOf parents). */
function checkRequiredExist(doc: JsonObject, raw: unknown, where: Where, emit: Emit): void {
  const schema = deref(doc, raw);
  if (!isObject(schema) || !Array.isArray(schema.required)) return;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes('object')) return;
  // Usually every required name is one of the schema's own properties: then there is no allOf chain to walk.
  const own = deref(doc, schema);
  const ownProperties = isObject(own) && isObject(own.properties) ? own.properties : undefined;
  if (ownProperties && schema.required.every((name) => typeof name !== 'string' || Object.hasOwn(ownProperties, name))) return;
  const names = new Set<string>();
  const collect = (node: unknown, depth: number) => {
    const s = deref(doc, node);
    if (!isObject(s) || depth > 16) return;
    if (isObject(s.properties)) Object.keys(s.properties).forEach((k) => names.add(k));
    if (Array.isArray(s.allOf)) s.allOf.forEach((parent) => collect(parent, depth + 1));
  };
  collect(schema, 0);
  schema.required.forEach((name, index) => {
    if (typeof name === 'string' && !names.has(name)) {
      emit(`${where()}/required/${index}`, `Property '${name}' is listed as required but is not defined in the schema's properties.`);
    }
  });
}
