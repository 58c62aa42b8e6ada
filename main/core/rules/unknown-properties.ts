/**
 * Catalogue 10 (CERTIFICATION.md §3 B): a property that Swagger 2.0 does not define and that is not an
 * extension is refused with "ExtensionNameNotValid: The property 'scriptOperations' is not valid. If this
 * property is an extension, its name must begin with "x-"" (PPC#3810, PPC#3930). Checked on the objects whose
 * keywords are fixed: the root, info, path items, operations, parameters and responses.
 */
import { escapeSegment, toPointer, type PointerSegment } from '../model/json-pointer';
import { HTTP_METHODS, isObject, type JsonObject } from '../model/operations';
import type { Report, Rule } from './rule';
import { declaredParametersOf } from './support/document-index';

const ROOT = ['swagger', 'info', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'paths', 'definitions', 'parameters', 'responses', 'securityDefinitions', 'security', 'tags', 'externalDocs'];
const INFO = ['title', 'description', 'termsOfService', 'contact', 'license', 'version'];
const PATH_ITEM = ['$ref', 'parameters', ...HTTP_METHODS];
const OPERATION = ['tags', 'summary', 'description', 'externalDocs', 'operationId', 'consumes', 'produces', 'parameters', 'responses', 'schemes', 'deprecated', 'security'];
const PARAMETER = [
  'name', 'in', 'description', 'required', 'schema', 'type', 'format', 'allowEmptyValue', 'items', 'collectionFormat', 'default', 'maximum',
  'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength', 'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'enum', 'multipleOf',
];
const RESPONSE = ['description', 'schema', 'headers', 'examples', '$ref'];

export const unknownProperties: Rule = {
  id: 'unknown-properties',
  catalogue: [10],
  severity: 'error',
  step: 'definition',
  description: 'Properties Swagger 2.0 does not define must be extensions whose names begin with "x-".',
  check(ctx, report) {
    const swagger = ctx.swagger;
    if (!isObject(swagger)) return;
    checkKeys(swagger, [], ROOT, report, 'general');
    if (isObject(swagger.info)) checkKeys(swagger.info, ['info'], INFO, report, 'general');
    if (!isObject(swagger.paths)) return;
    for (const [path, item] of Object.entries(swagger.paths)) {
      if (!isObject(item)) continue;
      checkKeys(item, ['paths', path], PATH_ITEM, report, 'definition');
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        checkKeys(operation, ['paths', path, method], OPERATION, report, 'definition');
        for (const [code, response] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
          if (isObject(response)) checkKeys(response, ['paths', path, method, 'responses', code], RESPONSE, report, 'definition');
        }
      }
    }
    for (const { parameter, pointer } of declaredParametersOf(ctx)) checkKeys(parameter, pointer, PARAMETER, report, 'definition');
    for (const [name, response] of Object.entries(isObject(swagger.responses) ? swagger.responses : {})) {
      if (isObject(response)) checkKeys(response, ['responses', name], RESPONSE, report, 'definition');
    }
  },
};

/** `at`: the node's pointer segments, or its pointer. */
function checkKeys(node: JsonObject, at: PointerSegment[] | string, allowed: readonly string[], report: Report, step: 'general' | 'definition'): void {
  for (const key of Object.keys(node)) {
    if (allowed.includes(key) || key.toLowerCase().startsWith('x-')) continue;
    report({
      message: `ExtensionNameNotValid: The property '${key}' is not valid. If this property is an extension, its name must begin with "x-"`,
      file: 'apiDefinition.swagger.json',
      path: typeof at === 'string' ? `${at}/${escapeSegment(key)}` : toPointer([...at, key]),
      step,
    });
  }
}
