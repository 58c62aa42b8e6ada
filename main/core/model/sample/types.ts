/** A Swagger 2.0 schema object, as plain JSON (unknown keywords and x-ms-* annotations are kept). */
export interface SchemaObject {
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  required?: string[];
  'x-ms-summary'?: string;
  [key: string]: unknown;
}

export interface SampleSchemaOptions {
  /** Add friendly `x-ms-summary` titles to properties (default true). */
  titles?: boolean;
  /** Add empty `description` fields for the author to fill in (default true). */
  descriptions?: boolean;
}
