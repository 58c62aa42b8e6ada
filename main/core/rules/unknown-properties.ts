/**
 * Catalogue 10 (CERTIFICATION.md §3 B): a property that Swagger 2.0 does not define and that is not an
 * extension is refused with "ExtensionNameNotValid: The property 'scriptOperations' is not valid. If this
 * property is an extension, its name must begin with "x-"" (PPC#3810, PPC#3930). Checked on the objects whose
 * keywords are fixed: the root, info, path items, operations, parameters and responses.
 */
import { escapeSegment, pointerOf, type Place } from '../model/json-pointer';
import { HTTP_METHODS, isObject, type JsonObject } from '../model/operations';
import type { Report, Rule, RuleContext } from './rule';
import { declaredParametersOf, responseEntries } from './support/document-index';

const ROOT = new Set(['swagger', 'info', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'paths', 'definitions', 'parameters', 'responses', 'securityDefinitions', 'security', 'tags', 'externalDocs']);
const INFO = new Set(['title', 'description', 'termsOfService', 'contact', 'license', 'version']);
const PATH_ITEM = new Set(['$ref', 'parameters', ...HTTP_METHODS]);
const OPERATION = new Set(['tags', 'summary', 'description', 'externalDocs', 'operationId', 'consumes', 'produces', 'parameters', 'responses', 'schemes', 'deprecated', 'security']);
const PARAMETER = new Set([
  'name', 'in', 'description', 'required', 'schema', 'type', 'format', 'allowEmptyValue', 'items', 'collectionFormat', 'default', 'maximum',
  'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'enum', 'multipleOf',
]);
const RESPONSE = new Set(['description', 'schema', 'headers', 'examples', '$ref']);

/** The keywords of each object the rule checks, for the test that holds them to the official schema's. */
export const FIXED_KEYWORDS = { root: ROOT, info: INFO, pathItem: PATH_ITEM, operation: OPERATION, parameter: PARAMETER, response: RESPONSE };

export const unknownProperties: Rule = {
  id: 'unknown-properties',
  catalogue: [10],
  severity: 'error',
  step: 'definition',
  description: 'Properties Swagger 2.0 does not define must be extensions whose names begin with "x-".',
  check(ctx, report) {
    // The official schema allows on these objects exactly their keywords and x- keys: a definition it accepts has
    // nothing for this rule to find (test/unit/rules/unknown-properties.test.ts holds the keyword lists to it).
    if (ctx.swaggerSchemaValid) return;
    eachFixedKeywordObject(ctx, (node, at, allowed, step) => checkKeys(node, at, allowed, report, step));
  },
};

/** Where an object is: its place in the document (the root's: undefined), or its pointer. */
type At = Place | undefined | string;

type Visit = (node: JsonObject, at: At, allowed: ReadonlySet<string>, step: 'general' | 'definition') => void;

const place = (parent: Place | undefined, key: string): Place => ({ parent, key });

/**
 * Visits the objects this rule checks: the root, info, path items, operations, their responses, the declared
 * parameters and the shared responses. The engine's schema check leaves an unknown property of these to
 * the rule (one finding per problem) and still reports those of every other object (schemas, security…).
 */
function eachFixedKeywordObject(ctx: RuleContext, visit: Visit): void {
  const swagger = ctx.swagger;
  // An OpenAPI 3 document has other keywords: swagger-version says what is wrong with it.
  if (!isObject(swagger) || (swagger.swagger === undefined && typeof swagger.openapi === 'string')) return;
  visit(swagger, undefined, ROOT, 'general');
  if (isObject(swagger.info)) visit(swagger.info, place(undefined, 'info'), INFO, 'general');
  const { paths, responses } = swagger;
  if (isObject(paths)) {
    const pathsPlace = place(undefined, 'paths');
    for (const path in paths) {
      const item = paths[path];
      // An x- key of the paths is an extension, whatever its value holds, not a path item.
      if (!isObject(item) || isExtensionName(path)) continue;
      const itemPlace = place(pathsPlace, path);
      visit(item, itemPlace, PATH_ITEM, 'definition');
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        const operationPlace = place(itemPlace, method);
        visit(operation, operationPlace, OPERATION, 'definition');
        if (isObject(operation.responses)) visitResponses(ctx, operation.responses, place(operationPlace, 'responses'), visit);
      }
    }
  }
  for (const { parameter, pointer } of declaredParametersOf(ctx)) visit(parameter, pointer, PARAMETER, 'definition');
  if (isObject(responses)) visitResponses(ctx, responses, place(undefined, 'responses'), visit);
}

function visitResponses(ctx: RuleContext, responses: JsonObject, at: Place, visit: Visit): void {
  for (const { code, response } of responseEntries(ctx, responses)) {
    if (isObject(response) && !isExtensionName(code)) visit(response, place(at, code), RESPONSE, 'definition');
  }
}

/** The pointers of the objects the rule checks (for the engine's schema check). */
export function fixedKeywordPointers(swagger: unknown): Set<string> {
  const pointers = new Set<string>();
  eachFixedKeywordObject({ swagger } as RuleContext, (_node, at) => pointers.add(typeof at === 'string' ? at : pointerOf(at)));
  return pointers;
}

function checkKeys(node: JsonObject, at: At, allowed: ReadonlySet<string>, report: Report, step: 'general' | 'definition'): void {
  for (const key in node) {
    if (allowed.has(key) || isExtensionName(key)) continue;
    report({
      message: `ExtensionNameNotValid: The property '${key}' is not valid. If this property is an extension, its name must begin with "x-"`,
      file: 'apiDefinition.swagger.json',
      path: typeof at === 'string' ? `${at}/${escapeSegment(key)}` : pointerOf(at, key),
      step,
    });
  }
}

/** "x-…" in any case. */
function isExtensionName(key: string): boolean {
  return (key.charCodeAt(0) | 32) === 120 /* x */ && key.charCodeAt(1) === 45 /* - */;
}
