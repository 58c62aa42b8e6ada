/**
 * The result of importing an OpenAPI 3.x description or a Postman collection as a Swagger 2.0 connector.
 * The IPC contract (preload/api/convert.ts) names these types for the renderer: this file stays pure (types and
 * one Error class, no Node, no imports).
 */

export type InputKind = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'postman-2.0' | 'postman-2.1' | 'unknown';
export type SourceKind = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'postman-2.0' | 'postman-2.1';

export type ReportKind = 'dropped' | 'approximated' | 'renamed' | 'info';

export interface ReportItem {
  kind: ReportKind;
  message: string;
  /** JSON pointer in the source document ('' = the whole document). */
  sourcePointer: string;
  /** JSON pointer in the generated swagger (or "apiProperties.json#/..." for connection settings). */
  targetPointer?: string;
}

export interface ConversionReport {
  source: SourceKind;
  items: ReportItem[];
  stats: { operations: number; schemas: number; bytes: number };
}

export interface ConversionResult {
  swagger: Record<string, unknown>;
  /** apiProperties.json content ({ properties: { connectionParameters, policyTemplateInstances, … } }). */
  properties: Record<string, unknown>;
  report: ConversionReport;
}

/** The connector limits of a definition (CERTIFICATION.md: 1 MB swagger, 512 schemas). */
export interface PlatformLimits {
  bytes: number;
  schemas: number;
  over1MB: boolean;
  over512: boolean;
  /** For a selection: the operations kept as well, because a picked one fills a dropdown from them (x-ms-dynamic-*). */
  alsoKept?: string[];
}

export type ProgressPhase = 'parse' | 'convert' | 'finish';
export type ProgressListener = (phase: ProgressPhase, percent: number) => void;

/** A refusal with a message meant for the user (unsupported input, broken syntax). Anything else is a bug. */
export class ConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConversionError';
  }
}
