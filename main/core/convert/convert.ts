/**
 * The import entry point: text in, Swagger 2.0 connector + report out. Runs in the conversion worker
 * (worker-entry.ts) so a 10 MB description never blocks the app.
 */
import { classifyDocument, parseDocument } from './detect';
import { convertOpenApi3 } from './openapi3';
import { convertPostman } from './postman';
import { Reporter } from './report';
import { emptyProperties } from './security';
import { finishResult } from './result';
import { ConversionError, type ConversionResult, type ProgressListener } from './types';
import type { JsonObject } from './util';

export interface ConversionInput {
  text: string;
  fileName?: string;
}

export function convertText(input: ConversionInput, onProgress?: ProgressListener): ConversionResult {
  onProgress?.('parse', 0);
  const detected = classifyDocument(parseDocument(input.text, input.fileName));
  if (detected.kind === 'unknown' || !detected.document) throw new ConversionError(detected.message);
  onProgress?.('parse', 15);
  const result = convertDocument(detected.kind, detected.document, onProgress);
  onProgress?.('finish', 100);
  return result;
}

export function convertDocument(kind: Exclude<ReturnType<typeof classifyDocument>['kind'], 'unknown'>, document: JsonObject, onProgress?: ProgressListener): ConversionResult {
  switch (kind) {
    case 'swagger-2.0': {
      // Already the connector format: passed through untouched.
      const report = new Reporter();
      report.info('The file is already Swagger 2.0: it was imported unchanged.', '');
      return finishResult(document, emptyProperties(), 'swagger-2.0', report);
    }
    case 'openapi-3.0':
    case 'openapi-3.1':
      return convertOpenApi3(document, onProgress);
    case 'postman-2.0':
    case 'postman-2.1':
      return convertPostman(document, kind, onProgress);
  }
}
