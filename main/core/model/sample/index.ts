/** Import from sample: pure, shared by the Definition step (renderer) and the converters (main). */
export { schemaFromSample, mergeShapes } from './schema-from-sample';
export { mergeSchema } from './merge-schema';
export { requestFromSample, looksLikeId, STANDARD_HEADERS } from './request-from-sample';
export type { RequestSample, RequestFromSample, SampleParameter } from './request-from-sample';
export { friendlyTitle, pascalCase, singular } from './titles';
export { stringFormat, primitiveOf, primitiveOfText } from './infer';
export type { SchemaObject, SampleSchemaOptions } from './types';
