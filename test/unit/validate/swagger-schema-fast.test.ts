/**
 * The rewritten Swagger 2.0 schema (swagger-schema-fast.ts) must give the official schema's verdict on every
 * document, and schemaFindings must give the findings the official schema alone gives. Checked on every corpus
 * swagger and on real documents broken (or legitimately changed) in each place the rewrite touches: schema
 * objects (common and rare keywords, enum lists, nesting), parameters of every location, responses, security
 * definitions and the document itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusConnectors } from '../../support/corpus';
import { schemaFindings, schemaValidatorsForTest } from '../../../main/core/validate/schema';
import { findingsFromAjvErrors } from '../../../main/core/validate/schema-errors';
import { minimalSwagger } from './helpers';

type Json = Record<string, any>;
type Mutation = [label: string, apply: (target: Json) => void];

const { official, fast } = schemaValidatorsForTest();

/** Each mutation is applied to one corpus document in SPREAD (a different share of the corpus for each). */
const SPREAD = 20;

/** Verdicts of the official schema, and the findings as the check gave them before the rewrite existed. */
const verdicts = { valid: 0, invalid: 0 };
function expectSameAsOfficial(doc: unknown, label: string): void {
  const verdict = official(doc);
  const expected = verdict ? [] : findingsFromAjvErrors(official.errors ?? [], doc);
  verdicts[verdict ? 'valid' : 'invalid']++;
  expect(fast(doc), label).toBe(verdict);
  expect(schemaFindings(doc), label).toEqual(expected);
}

/** Applies a mutation to a copy of `target`'s keys, checks the document, and puts the keys back. */
function checkMutated(doc: unknown, target: Json, [label, apply]: Mutation, where: string): void {
  const saved = { ...target };
  apply(target);
  try {
    expectSameAsOfficial(doc, `${label} at ${where}`);
  } finally {
    for (const key of Object.keys(target)) delete target[key];
    Object.assign(target, saved);
  }
}

const SCHEMA_MUTATIONS: Mutation[] = [
  ['unknown key', (s) => { s.nullable = true; }],
  ['x- key', (s) => { s['x-ms-summary'] = { any: 'thing' }; }],
  ['default and example of any kind', (s) => { s.default = [1, { a: null }]; s.example = 'x'; }],
  ['type file', (s) => { s.type = 'file'; }],
  ['type unknown', (s) => { s.type = 'date'; }],
  ['type list', (s) => { s.type = ['string', 'null']; }],
  ['type list repeated', (s) => { s.type = ['string', 'string']; }],
  ['type list empty', (s) => { s.type = []; }],
  ['type number', (s) => { s.type = 5; }],
  ['$ref not a string', (s) => { s.$ref = 5; }],
  ['title not a string', (s) => { s.title = 5; }],
  ['description not a string', (s) => { s.description = null; }],
  ['format not a string', (s) => { s.format = {}; }],
  ['readOnly not a boolean', (s) => { s.readOnly = 'yes'; }],
  ['enum of strings', (s) => { s.enum = ['a', 'b', 'c']; }],
  ['enum repeated string', (s) => { s.enum = ['a', 'b', 'a']; }],
  ['enum repeated __proto__', (s) => { s.enum = ['__proto__', '__proto__']; }],
  ['enum with one __proto__', (s) => { s.enum = ['__proto__', 'constructor', 'toString']; }],
  ['enum repeated number', (s) => { s.enum = [1, 2, 1]; }],
  ['enum number and string', (s) => { s.enum = [1, '1', true, null]; }],
  ['enum repeated object', (s) => { s.enum = [{ a: 1 }, { a: 1 }]; }],
  ['enum empty', (s) => { s.enum = []; }],
  ['enum not a list', (s) => { s.enum = 'a'; }],
  ['required list', (s) => { s.required = ['a', 'b']; }],
  ['required empty', (s) => { s.required = []; }],
  ['required repeated', (s) => { s.required = ['a', 'a']; }],
  ['required not strings', (s) => { s.required = [5]; }],
  ['properties not an object', (s) => { s.properties = []; }],
  ['property not a schema', (s) => { s.properties = { ...s.properties, bad: 5 }; }],
  ['property with a rare keyword', (s) => { s.properties = { ...s.properties, code: { type: 'string', maxLength: 3, pattern: '^[A-Z]+$' } }; }],
  ['property with a bad rare keyword', (s) => { s.properties = { ...s.properties, code: { type: 'string', maxLength: -3 } }; }],
  ['nested property with an unknown key', (s) => { s.properties = { ...s.properties, deep: { type: 'object', properties: { inner: { type: 'array', items: { type: 'string', nope: 1 } } } } }; }],
  ['items schema', (s) => { s.items = { type: 'string' }; }],
  ['items list', (s) => { s.items = [{ type: 'string' }, {}]; }],
  ['items empty list', (s) => { s.items = []; }],
  ['items not a schema', (s) => { s.items = 5; }],
  ['items with a bad rare keyword', (s) => { s.items = { type: 'integer', minimum: 'zero' }; }],
  ['additionalProperties boolean', (s) => { s.additionalProperties = false; }],
  ['additionalProperties schema', (s) => { s.additionalProperties = { type: 'string', maxLength: 10 }; }],
  ['additionalProperties bad', (s) => { s.additionalProperties = 'no'; }],
  ['allOf', (s) => { s.allOf = [{ $ref: '#/definitions/X' }, { type: 'object' }]; }],
  ['allOf empty', (s) => { s.allOf = []; }],
  ['allOf bad item', (s) => { s.allOf = [{ type: 'object', uniqueItems: 1 }]; }],
  ['rare keywords all valid', (s) => {
    Object.assign(s, { multipleOf: 2, maximum: 9, exclusiveMaximum: true, minimum: 1, exclusiveMinimum: false, maxLength: 5, minLength: 0, pattern: 'a', maxItems: 3, minItems: 1, uniqueItems: true, maxProperties: 4, minProperties: 0, discriminator: 'kind', xml: { name: 'n', namespace: 'u', prefix: 'p', attribute: true, wrapped: false }, externalDocs: { url: 'https://example.com', description: 'd' } });
  }],
  ['multipleOf zero', (s) => { s.multipleOf = 0; }],
  ['maximum not a number', (s) => { s.maximum = '9'; }],
  ['exclusiveMinimum not a boolean', (s) => { s.exclusiveMinimum = 1; }],
  ['maxLength negative', (s) => { s.maxLength = -1; }],
  ['minLength fraction', (s) => { s.minLength = 1.5; }],
  ['minItems string', (s) => { s.minItems = '1'; }],
  ['maxProperties negative', (s) => { s.maxProperties = -2; }],
  ['pattern not a string', (s) => { s.pattern = 5; }],
  ['uniqueItems not a boolean', (s) => { s.uniqueItems = 'true'; }],
  ['discriminator not a string', (s) => { s.discriminator = true; }],
  ['xml unknown key', (s) => { s.xml = { name: 'n', wrap: true }; }],
  ['externalDocs without url', (s) => { s.externalDocs = { description: 'd' }; }],
  ['rare keyword beside an unknown key', (s) => { s.maxLength = 3; s.nope = 1; }],
  ['not an object', (s) => { for (const key of Object.keys(s)) delete s[key]; s.type = 'string'; s.items = 'string'; }],
];

const PARAMETER_MUTATIONS: Mutation[] = [
  ...['body', 'query', 'path', 'header', 'formData', 'cookie'].map((location): Mutation => [`in ${location}`, (p) => { p.in = location; }]),
  ['in missing', (p) => { delete p.in; }],
  ['name missing', (p) => { delete p.name; }],
  ['type missing', (p) => { delete p.type; }],
  ['type object', (p) => { p.type = 'object'; }],
  ['type file', (p) => { p.type = 'file'; }],
  ['schema added', (p) => { p.schema = { type: 'string' }; }],
  ['schema removed', (p) => { delete p.schema; }],
  ['schema with a bad rare keyword', (p) => { p.schema = { type: 'object', properties: { a: { type: 'string', minLength: -1 } } }; }],
  ['unknown key', (p) => { p.summary = 'x'; }],
  ['x- key', (p) => { p['x-ms-visibility'] = 'advanced'; }],
  ['required not a boolean', (p) => { p.required = 'yes'; }],
  ['required false', (p) => { p.required = false; }],
  ['allowEmptyValue', (p) => { p.allowEmptyValue = true; }],
  ['collectionFormat multi', (p) => { p.type = 'array'; p.items = { type: 'string' }; p.collectionFormat = 'multi'; }],
  ['items bad', (p) => { p.type = 'array'; p.items = { type: 'object' }; }],
  ['enum repeated', (p) => { p.enum = ['a', 'a']; }],
  ['maxLength negative', (p) => { p.maxLength = -1; }],
  ['rare keywords all valid', (p) => { Object.assign(p, { maximum: 10, exclusiveMaximum: true, minimum: 1, pattern: 'a', minLength: 1, maxItems: 2, minItems: 0, uniqueItems: true, multipleOf: 1 }); }],
  ['rare keyword beside an unknown key', (p) => { p.pattern = 'a'; p.nope = 1; }],
  ['$ref beside other keys', (p) => { p.$ref = '#/parameters/x'; }],
  ['only a $ref', (p) => { for (const key of Object.keys(p)) delete p[key]; p.$ref = '#/parameters/x'; }],
  ['empty', (p) => { for (const key of Object.keys(p)) delete p[key]; }],
];

const RESPONSE_MUTATIONS: Mutation[] = [
  ['description missing', (r) => { delete r.description; }],
  ['file schema', (r) => { r.schema = { type: 'file', description: 'The file.' }; }],
  ['file schema with properties', (r) => { r.schema = { type: 'file', properties: {} }; }],
  ['schema with an unknown key', (r) => { r.schema = { type: 'object', nullable: true }; }],
  ['schema with a rare keyword', (r) => { r.schema = { type: 'array', items: { type: 'string' }, maxItems: 10 }; }],
  ['$ref beside description', (r) => { r.$ref = '#/responses/x'; }],
  ['only a $ref', (r) => { for (const key of Object.keys(r)) delete r[key]; r.$ref = '#/responses/x'; }],
  ['headers bad', (r) => { r.headers = { 'X-A': { type: 'object' } }; }],
  ['unknown key', (r) => { r.body = {}; }],
];

const OPERATION_MUTATIONS: Mutation[] = [
  ['no responses', (o) => { o.responses = {}; }],
  ['only x- responses', (o) => { o.responses = { 'x-ms-x': 1 }; }],
  ['response code not a code', (o) => { o.responses = { ...o.responses, ok: { description: 'x' } }; }],
  ['parameters repeated', (o) => { const p = { name: 'q', in: 'query', type: 'string' }; o.parameters = [p, { ...p }]; }],
  ['parameters not a list', (o) => { o.parameters = {}; }],
];

const DOCUMENT_MUTATIONS: Mutation[] = [
  ['swagger 3.0', (d) => { d.swagger = '3.0'; }],
  ['info missing', (d) => { delete d.info; }],
  ['paths not an object', (d) => { d.paths = []; }],
  ['unknown key', (d) => { d.servers = []; }],
  ['basic security with an extra key', (d) => { d.securityDefinitions = { b: { type: 'basic', flow: 'implicit' } }; }],
  ['apiKey security without in', (d) => { d.securityDefinitions = { k: { type: 'apiKey', name: 'key' } }; }],
  ['oauth2 flows', (d) => { d.securityDefinitions = { o: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {} }, i: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://a', scopes: {} } }; }],
  ['oauth2 with an unknown flow', (d) => { d.securityDefinitions = { o: { type: 'oauth2', flow: 'device', tokenUrl: 'https://t', scopes: {} } }; }],
  ['definitions a list', (d) => { d.definitions = [{ type: 'object' }]; }],
  ['a definition with an unknown key', (d) => { d.definitions = { ...d.definitions, Extra: { type: 'object', nullable: true } }; }],
  ['a definition that is a string', (d) => { d.definitions = { ...d.definitions, Extra: 'object' }; }],
  ['a shared parameter', (d) => { d.parameters = { ...d.parameters, top: { name: 'top', in: 'query', type: 'integer' } }; }],
  ['a shared parameter without in', (d) => { d.parameters = { ...d.parameters, top: { name: 'top', type: 'integer' } }; }],
  ['shared parameters a list', (d) => { d.parameters = [{ name: 'top', in: 'query', type: 'integer' }]; }],
  ['a shared response', (d) => { d.responses = { ...d.responses, NotFound: { description: 'Not found' } }; }],
  ['a shared response without a description', (d) => { d.responses = { ...d.responses, NotFound: { schema: { type: 'string' } } }; }],
  ['shared responses a string', (d) => { d.responses = 'none'; }],
];

interface Targets {
  schemas: Array<[string, Json]>;
  parameters: Map<string, Array<[string, Json]>>;
  responses: Array<[string, Json]>;
  operations: Array<[string, Json]>;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A few places of each kind in a real document: schema objects (definitions, deep down, a body's, a response's), parameters per location... */
function targetsOf(doc: Json): Targets {
  const targets: Targets = { schemas: [], parameters: new Map(), responses: [], operations: [] };
  const deep: Array<[string, Json]> = [];
  const walkSchema = (schema: unknown, where: string, depth: number) => {
    if (!isObject(schema)) return;
    if (depth >= 2 && deep.length < 3) deep.push([where, schema]);
    if (isObject(schema.properties)) for (const [name, child] of Object.entries(schema.properties)) walkSchema(child, `${where}/properties/${name}`, depth + 1);
    walkSchema(schema.items, `${where}/items`, depth + 1);
  };
  for (const [name, schema] of Object.entries(isObject(doc.definitions) ? doc.definitions : {})) {
    if (isObject(schema) && targets.schemas.length < 2) targets.schemas.push([`/definitions/${name}`, schema]);
    walkSchema(schema, `/definitions/${name}`, 0);
  }
  targets.schemas.push(...deep);
  let bodySchema: [string, Json] | undefined;
  let responseSchema: [string, Json] | undefined;
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation) || !Array.isArray(operation.parameters)) continue;
      if (targets.operations.length < 2) targets.operations.push([`${path} ${method}`, operation]);
      for (const parameter of operation.parameters) {
        if (!isObject(parameter) || typeof parameter.in !== 'string') continue;
        if (isObject(parameter.schema) && !bodySchema) targets.schemas.push((bodySchema = [`${path} ${method} body schema`, parameter.schema]));
        const list = targets.parameters.get(parameter.in) ?? [];
        if (list.length < 2) list.push([`${path} ${method} ${String(parameter.name)}`, parameter]);
        targets.parameters.set(parameter.in, list);
      }
      for (const [code, response] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
        if (isObject(response) && !('$ref' in response) && targets.responses.length < 2) targets.responses.push([`${path} ${method} ${code}`, response]);
        if (isObject(response) && isObject(response.schema) && !responseSchema) targets.schemas.push((responseSchema = [`${path} ${method} ${code} schema`, response.schema]));
      }
    }
  }
  return targets;
}

describe('the rewritten Swagger 2.0 schema', () => {
  const docs: Array<{ name: string; doc: Json }> = [];
  beforeAll(() => {
    for (const { name, dir } of corpusConnectors()) {
      const file = join(dir, 'apiDefinition.swagger.json');
      if (!existsSync(file)) continue;
      try {
        docs.push({ name, doc: JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Json });
      } catch {
        // A connector whose definition is not JSON is the parse step's business.
      }
    }
  });

  it('gives the official verdict and findings on every corpus swagger', () => {
    expect(docs.length).toBeGreaterThan(80);
    let invalid = 0;
    for (const { name, doc } of docs) {
      if (!official(doc)) invalid++;
      expectSameAsOfficial(doc, name);
    }
    expect(invalid).toBeGreaterThan(0);
  });

  it('gives the official verdict and findings on mutated corpus swaggers', () => {
    verdicts.valid = 0;
    verdicts.invalid = 0;
    const locationsSeen = new Set<string>();
    docs.forEach(({ name, doc }, d) => {
      const targets = targetsOf(doc);
      const mine = (mutations: Mutation[]) => mutations.filter((_, m) => (d + m) % SPREAD === 0);
      for (const [where, schema] of targets.schemas) for (const m of mine(SCHEMA_MUTATIONS)) checkMutated(doc, schema, m, `${name} ${where}`);
      for (const [location, list] of targets.parameters) {
        for (const [where, parameter] of list) {
          for (const m of mine(PARAMETER_MUTATIONS)) {
            locationsSeen.add(location);
            checkMutated(doc, parameter, m, `${name} ${where}`);
          }
        }
      }
      for (const [where, response] of targets.responses) for (const m of mine(RESPONSE_MUTATIONS)) checkMutated(doc, response, m, `${name} ${where}`);
      for (const [where, operation] of targets.operations) for (const m of mine(OPERATION_MUTATIONS)) checkMutated(doc, operation, m, `${name} ${where}`);
      for (const m of mine(DOCUMENT_MUTATIONS)) checkMutated(doc, doc, m, name);
    });
    // Real parameters of every location were broken, and the mutations produced both verdicts in number.
    expect([...locationsSeen].sort()).toEqual(['body', 'formData', 'header', 'path', 'query']);
    expect(verdicts.valid).toBeGreaterThan(100);
    expect(verdicts.invalid).toBeGreaterThan(1000);
  }, 60_000);

  it('lists every error of a document broken in several places, as the official schema does on the whole of it', () => {
    // schemaFindings shows the official schema only the parts the hand-written verdicts reject.
    const { doc } = docs.reduce((a, b) => (JSON.stringify(b.doc).length > JSON.stringify(a.doc).length ? b : a));
    const broken = structuredClone(doc);
    const [firstPath, secondPath] = Object.keys(broken.paths).filter((key) => key.startsWith('/')).slice(-2);
    const operationOf = (path: string) => Object.values(broken.paths[path] as Json).find((value) => typeof value === 'object' && !Array.isArray(value)) as Json;
    operationOf(firstPath).responses = {};
    operationOf(secondPath).summary = 5;
    const definitionNames = Object.keys(broken.definitions);
    broken.definitions[definitionNames[definitionNames.length - 1]].type = 'date';
    broken.info.version = 2;
    // A definition JSON names "__proto__" is a key like any other.
    const definitions = JSON.parse(`{"__proto__": {"type": "date"}, ${JSON.stringify(broken.definitions).slice(1)}`) as Json;
    broken.definitions = definitions;
    expect(official(broken)).toBe(false);
    const paths = new Set(findingsFromAjvErrors(official.errors ?? [], broken).map((f) => f.path.split('/').slice(0, 3).join('/')));
    expect(paths.size).toBeGreaterThanOrEqual(5);
    expectSameAsOfficial(broken, 'several breaks');
  });

  it('gives the official verdict on documents that are not a swagger object at all', () => {
    for (const doc of [null, [], 'swagger', 2, {}, { swagger: '2.0' }, minimalSwagger()]) expectSameAsOfficial(doc, JSON.stringify(doc));
  });
});
