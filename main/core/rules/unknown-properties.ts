/**
 * Catalogue 10 (CERTIFICATION.md §3 B): a property that Swagger 2.0 does not define and that is not an
 * extension is refused with "ExtensionNameNotValid: The property 'scriptOperations' is not valid. If this
 * property is an extension, its name must begin with "x-"" (PPC#3810, PPC#3930). Checked on the objects whose
 * keywords are fixed: the root, info, path items, operations, parameters and responses.
 */
import { escapeSegment, toPointer, type PointerSegment } from '../model/json-pointer';
import { HTTP_METHODS, isObject, type JsonObject } from '../model/operations';
import type { Report, Rule, RuleContext } from './rule';
import { declaredParametersOf } from './support/document-index';

const ROOT = new Set(['swagger', 'info', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'paths', 'definitions', 'parameters', 'responses', 'securityDefinitions', 'security', 'tags', 'externalDocs']);
const INFO = new Set(['title', 'description', 'termsOfService', 'contact', 'license', 'version']);
const PATH_ITEM = new Set(['$ref', 'parameters', ...HTTP_METHODS]);
const OPERATION = new Set(['tags', 'summary', 'description', 'externalDocs', 'operationId', 'consumes', 'produces', 'parameters', 'responses', 'schemes', 'deprecated', 'security']);
const PARAMETER = new Set([
  'name', 'in', 'description', 'required', 'schema', 'type', 'format', 'allowEmptyValue', 'items', 'collectionFormat', 'default', 'maximum',
  'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'enum', 'multipleOf',
]);
const RESPONSE = new Set(['description', 'schema', 'headers', 'examples', '$ref']);

export const unknownProperties: Rule = {
  id: 'unknown-properties',
  catalogue: [10],
  severity: 'error',
  step: 'definition',
  description: 'Properties Swagger 2.0 does not define must be extensions whose names begin with "x-".',
  check(ctx, report) {
    for (const { node, at, allowed, step } of fixedKeywordObjects(ctx)) checkKeys(node, at, allowed, report, step);
  },
};

/** An object whose keywords Swagger 2.0 fixes, as this rule checks it. */
export interface FixedKeywordObject {
  node: JsonObject;
  /** Its pointer segments, or its pointer. */
  at: PointerSegment[] | string;
  allowed: ReadonlySet<string>;
  step: 'general' | 'definition';
}

/**
 * The objects this rule checks: the root, info, path items, operations, their responses, the declared
 * parameters and the shared responses. The engine's schema check leaves an unknown property of these to
 * the rule (one finding per problem) and still reports those of every other object (schemas, security…).
 */
export function fixedKeywordObjects(ctx: RuleContext): FixedKeywordObject[] {
  const swagger = ctx.swagger;
  const out: FixedKeywordObject[] = [];
  // An OpenAPI 3 document has other keywords: swagger-version says what is wrong with it.
  if (!isObject(swagger) || (swagger.swagger === undefined && typeof swagger.openapi === 'string')) return out;
  out.push({ node: swagger, at: [], allowed: ROOT, step: 'general' });
  if (isObject(swagger.info)) out.push({ node: swagger.info, at: ['info'], allowed: INFO, step: 'general' });
  if (isObject(swagger.paths)) {
    for (const [path, item] of Object.entries(swagger.paths)) {
      if (!isObject(item)) continue;
      out.push({ node: item, at: ['paths', path], allowed: PATH_ITEM, step: 'definition' });
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        out.push({ node: operation, at: ['paths', path, method], allowed: OPERATION, step: 'definition' });
        for (const [code, response] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
          if (isObject(response)) out.push({ node: response, at: ['paths', path, method, 'responses', code], allowed: RESPONSE, step: 'definition' });
        }
      }
    }
  }
  for (const { parameter, pointer } of declaredParametersOf(ctx)) out.push({ node: parameter, at: pointer, allowed: PARAMETER, step: 'definition' });
  for (const [name, response] of Object.entries(isObject(swagger.responses) ? swagger.responses : {})) {
    if (isObject(response)) out.push({ node: response, at: ['responses', name], allowed: RESPONSE, step: 'definition' });
  }
  return out;
}

/** The pointers of the objects the rule checks (for the engine's schema check). */
export function fixedKeywordPointers(swagger: unknown): Set<string> {
  return new Set(fixedKeywordObjects({ swagger } as RuleContext).map(({ at }) => (typeof at === 'string' ? at : toPointer(at))));
}
/** `at`: the node's pointer segments, or its pointer. */
function checkKeys(node: JsonObject, at: PointerSegment[] | string, allowed: ReadonlySet<string>, report: Report, step: 'general' | 'definition'): void {
  for (const key in node) {
    if (allowed.has(key) || isExtensionName(key)) continue;
    report({
      message: `ExtensionNameNotValid: The property '${key}' is not valid. If this property is an extension, its name must begin with "x-"`,
      file: 'apiDefinition.swagger.json',
      path: typeof at === 'string' ? `${at}/${escapeSegment(key)}` : toPointer([...at, key]),
      step,
    });
  }
}

/** "x-…" in any case. */
function isExtensionName(key: string): boolean {
  return (key.charCodeAt(0) | 32) === 120 /* x */ && key.charCodeAt(1) === 45 /* - */;
}
