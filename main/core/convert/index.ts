/** Import OpenAPI 3.x and Postman collections as Swagger 2.0 connectors (issue 9): the public surface. */
export { convertText, convertDocument } from './convert';
export type { ConversionInput } from './convert';
export { detectInputKind, parseDocument, classifyDocument } from './detect';
export { convertOpenApi3 } from './openapi3';
export { convertPostman } from './postman';
export { summariseOperations, keepOperations, operationsKeptFor, platformLimits, sharedRefsIn, SWAGGER_BYTES_LIMIT, SCHEMA_COUNT_LIMIT } from './selection';
export type { OperationSummary } from './selection';
export { convertInWorker, defaultWorkerPath } from './worker';
export type { ConvertInWorkerOptions, ProgressCallback } from './worker';
export { ConversionError } from './types';
export type { ConversionReport, ConversionResult, InputKind, PlatformLimits, ReportItem, ReportKind, SourceKind, ProgressPhase } from './types';
