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
import { pointerOf, resolveLocal, type Place } from '../model/json-pointer';
import { HTTP_METHODS, isObject, type JsonObject } from '../model/operations';
import { cachedResolver, refFindings } from './refs';

const SWAGGER = 'apiDefinition.swagger.json' as const;
const PRIMITIVE = ['array', 'boolean', 'integer', 'number', 'string'];
const SCHEMA_TYPES = [...PRIMITIVE, 'object', 'null', undefined];
const FORM_TYPES = [...PRIMITIVE, 'file'];
const RESPONSE_TYPES = [...SCHEMA_TYPES, 'file'];

type Emit = (path: string, message: string) => void;
// Where each node is, as a Place: a pointer is only written for a finding (path names, which all hold a '/',
// cost two replacements to escape), and a place is one small object, not a closure and its context.
const PATHS: Place = { parent: undefined, key: 'paths' };
const DEFINITIONS: Place = { parent: undefined, key: 'definitions' };

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
          checkRequiredExist(swagger, definitions[name], { parent: DEFINITIONS, key: name }, emit);
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
  // Each id's first operation, by its place (named only for a duplicate: 'GET /items').
  const operationIds = new Map<string, Place>();
  const paths = doc.paths;
  for (const pathName of Object.keys(paths)) {
    const item = paths[pathName];
    if (!isObject(item) || !pathName.startsWith('/')) continue;
    const itemPlace: Place = { parent: PATHS, key: pathName };
    const shared = parameterList(doc, item.parameters, { parent: itemPlace, key: 'parameters' }, emit);
    // The path's {placeholders}, found once for all its operations (each takes its own copy to tick off).
    const placeholders = pathName.includes('{') ? placeholdersOf(pathName) : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const where: Place = { parent: itemPlace, key: method };
      const id = operation.operationId;
      if (typeof id === 'string' && id !== '') {
        const first = operationIds.get(id);
        if (first) emit(pointerOf(where, 'operationId'), `Duplicate operation id '${id}': it is also used by ${String(first.key).toUpperCase()} ${String(first.parent?.key)}.`);
        else operationIds.set(id, where);
      }
      const own = parameterList(doc, operation.parameters, { parent: where, key: 'parameters' }, emit);
      // Operation parameters override path-level ones with the same name and location.
      const params = shared.length === 0 ? own : [...own, ...shared.filter((s) => !own.some((o) => o.param.name === s.param.name && o.param.in === s.param.in))];
      checkOperationParameters(doc, pathName, placeholders.length === 0 ? placeholders : [...placeholders], where, operation, params, emitters);
      checkResponses(doc, operation.responses, { parent: where, key: 'responses' }, emit);
    }
  }
}

/** The {names} of a path template, as /\{([^/}]+)}/g finds them, without a match object for each. */
function placeholdersOf(pathName: string): string[] {
  const names: string[] = [];
  for (let open = pathName.indexOf('{'); open >= 0; open = pathName.indexOf('{', open + 1)) {
    let end = open + 1;
    while (end < pathName.length && pathName.charCodeAt(end) !== 0x2f /* / */ && pathName.charCodeAt(end) !== 0x7d /* } */) end++;
    if (end > open + 1 && pathName.charCodeAt(end) === 0x7d) {
      names.push(pathName.slice(open + 1, end));
      open = end;
    }
  }
  return names;
}

interface Param {
  param: JsonObject;
  place: Place;
}

function parameterList(doc: JsonObject, list: unknown, where: Place, emit: Emit): Param[] {
  if (!Array.isArray(list)) return [];
  const out: Param[] = [];
  for (let index = 0; index < list.length; index++) {
    const param = deref(doc, list[index]);
    if (!isObject(param)) continue;
    const place: Place = { parent: where, key: index };
    if (out.some((p) => p.param.name === param.name && p.param.in === param.in)) {
      emit(pointerOf(place), `Found multiple ${String(param.in)} parameters named "${String(param.name)}".`);
      continue;
    }
    out.push({ param, place });
  }
  return out;
}

/** `structure` takes what swagger-structure owns: bodies, placeholders and the parameters that fill them. */
function checkOperationParameters(doc: JsonObject, pathName: string, placeholders: string[], where: Place, operation: JsonObject, params: Param[], { emit, structure }: Emitters): void {
  let bodies = 0;
  let formData = false;
  for (const { param } of params) {
    if (param.in === 'body') bodies++;
    else if (param.in === 'formData') formData = true;
  }
  if (bodies > 1) structure(pointerOf(where, 'parameters'), `The operation has ${bodies} body parameters. Only one is allowed.`);
  else if (bodies > 0 && formData) {
    structure(pointerOf(where, 'parameters'), 'The operation has body parameters and formData parameters. Only one or the other is allowed.');
  }
  for (const { param, place } of params) {
    if (param.in !== 'path') continue;
    const match = placeholders.indexOf(String(param.name));
    if (param.required !== true) (match < 0 ? emit : structure)(pointerOf(place), `Path parameters cannot be optional. Set "required": true for the "${String(param.name)}" parameter.`);
    if (match < 0) emit(pointerOf(place), `The path parameter "${String(param.name)}" has no matching {${String(param.name)}} in the path '${pathName}'.`);
    else placeholders.splice(match, 1);
  }
  if (placeholders.length > 0) structure(pointerOf(where, 'parameters'), `The path '${pathName}' has no parameter for ${placeholders.map((p) => `{${p}}`).join(', ')}.`);

  for (const { param, place } of params) {
    const body = param.in === 'body';
    const schema = body ? deref(doc, param.schema) : param;
    if (!isObject(schema)) continue;
    const valid = body ? SCHEMA_TYPES : param.in === 'formData' ? FORM_TYPES : PRIMITIVE;
    const schemaAt: Place = body ? { parent: place, key: 'schema' } : place;
    checkType(schema, schemaAt, valid, emit);
    checkRequiredExist(doc, schema, schemaAt, emit);
    if (schema.type === 'file' && !consumesForm(doc, operation)) {
      emit(pointerOf(place), 'The operation has a file parameter, so it must consume multipart/form-data or application/x-www-form-urlencoded.');
    }
  }
}

/** The operation (or else the document) consumes a form media type, which a file parameter needs. */
function consumesForm(doc: JsonObject, operation: JsonObject): boolean {
  const consumes = Array.isArray(operation.consumes) ? operation.consumes : Array.isArray(doc.consumes) ? doc.consumes : [];
  return consumes.some((c) => /multipart\/(.*\+)?form-data|application\/(.*\+)?x-www-form-urlencoded/.test(String(c)));
}

function checkResponses(doc: JsonObject, responses: unknown, where: Place, emit: Emit): void {
  if (!isObject(responses)) return;
  // Object.keys, not entries: no [key, value] pair per response of every operation.
  for (const code of Object.keys(responses)) {
    if (code.startsWith('x-')) continue;
    const raw = responses[code];
    const at: Place = { parent: where, key: code };
    if (code !== 'default' && !(Number(code) >= 100 && Number(code) <= 599)) emit(pointerOf(at), `'${code}' is not a valid HTTP response code (100-599 or "default").`);
    const response = deref(doc, raw);
    if (!isObject(response)) continue;
    if (isObject(response.headers)) {
      const headers = response.headers;
      for (const name of Object.keys(headers)) {
        const header = headers[name];
        if (isObject(header)) checkType(header, { parent: { parent: at, key: 'headers' }, key: name }, PRIMITIVE, emit);
      }
    }
    const schema = deref(doc, response.schema);
    if (isObject(schema)) checkType(schema, { parent: at, key: 'schema' }, RESPONSE_TYPES, emit);
  }
}

function checkType(schema: JsonObject, where: Place, valid: readonly unknown[], emit: Emit): void {
  if (!valid.includes(schema.type as string | undefined)) {
    emit(pointerOf(where), `The type ${JSON.stringify(schema.type) ?? '(missing)'} is not valid here. Use one of: ${valid.filter(Boolean).join(', ')}.`);
  } else if (schema.type === 'array' && schema.items === undefined) {
    emit(pointerOf(where), 'This is an array, so it must include an "items" schema.');
  }
}

/** Every name in `required` is a property of the schema (or of one of its allOf parents). */
function checkRequiredExist(doc: JsonObject, raw: unknown, where: Place, emit: Emit): void {
  const schema = deref(doc, raw);
  if (!isObject(schema) || !Array.isArray(schema.required)) return;
  if (schema.type !== 'object' && !(Array.isArray(schema.type) && schema.type.includes('object'))) return;
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
      emit(pointerOf(where, 'required', index), `Property '${name}' is listed as required but is not defined in the schema's properties.`);
    }
  });
}
