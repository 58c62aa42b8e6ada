/** The last step of every conversion: statistics over the generated swagger. */
import { listOperations } from '../model/operations';
import type { Reporter } from './report';
import { isObject, utf8Length, type JsonObject } from './util';
import type { ConversionResult, SourceKind } from './types';

export function finishResult(swagger: JsonObject, properties: JsonObject, source: SourceKind, report: Reporter): ConversionResult {
  return { swagger, properties, report: { source, items: report.items, stats: swaggerStats(swagger) } };
}

export function swaggerStats(swagger: JsonObject): { operations: number; schemas: number; bytes: number } {
  return {
    operations: listOperations(swagger).length,
    schemas: isObject(swagger.definitions) ? Object.keys(swagger.definitions).length : 0,
    bytes: utf8Length(JSON.stringify(swagger, null, 2)),
  };
}
