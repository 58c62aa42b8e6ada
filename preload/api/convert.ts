/**
 * Contract area: convert (issue 9) — importing an OpenAPI 3.x description or a Postman collection as a Swagger 2.0
 * connector. Main converts in a worker (progress as 'convert-progress' events, cancellable) and keeps the converted
 * document: the renderer gets the report, the operation list and the platform limits, never the (possibly 10 MB)
 * swagger itself, and then names the operations to keep.
 */
import type { Result } from './result';
import type { ProjectDTO } from './project';

export type ConvertSourceKind = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'postman-2.0' | 'postman-2.1';
export type ConvertReportKind = 'dropped' | 'approximated' | 'renamed' | 'info';

export interface ConvertReportItem {
  kind: ConvertReportKind;
  message: string;
  /** JSON pointer in the source document ('' = the whole document). */
  sourcePointer: string;
  /** JSON pointer in the generated swagger (or "apiProperties.json#/..." for connection settings). */
  targetPointer?: string;
}

export interface ConvertReport {
  source: ConvertSourceKind;
  items: ConvertReportItem[];
  stats: { operations: number; schemas: number; bytes: number };
}

/** One operation of the converted definition, for the picker. */
export interface ConvertOperation {
  operationId: string;
  method: string;
  path: string;
  summary?: string;
  /** Estimated bytes of the operation plus the shared definitions it needs. */
  bytes: number;
}

/** The connector limits of a definition (CERTIFICATION.md: 1 MB swagger, 512 schemas). */
export interface ConvertLimits {
  bytes: number;
  schemas: number;
  over1MB: boolean;
  over512: boolean;
}

export interface ConversionPreview {
  /** Name of the imported file. */
  fileName: string;
  report: ConvertReport;
  operations: ConvertOperation[];
  /** Limits of the definition with every operation kept. */
  limits: ConvertLimits;
}

export interface ConvertProgressEvent {
  phase: 'read' | 'parse' | 'convert' | 'finish';
  /** 0–100. */
  percent: number;
}

/** What the sidecar keeps about the import (`sidecar.conversion`). */
export interface ConversionSidecar {
  file: string;
  convertedAt: string;
  source: ConvertSourceKind;
  items: ConvertReportItem[];
  stats: ConvertReport['stats'];
  /** Operations kept out of the converted total. */
  kept: { operations: number; of: number };
}

export interface ConvertApi {
  /** Converts the file in a worker ('convert-progress' events); a cancelled run answers error code 'cancelled'. */
  convertFile(path: string): Promise<Result<ConversionPreview>>;
  /** Stops a running conversion and forgets a finished one the user did not turn into a project. */
  cancelConversion(): Promise<void>;
  /** Platform limits of the last conversion keeping only these operations. */
  measureSelection(operationIds: string[]): Promise<Result<ConvertLimits>>;
  /** The untitled project (source kind 'new') from the last conversion, keeping only these operations. */
  createConvertedProject(operationIds: string[]): Promise<Result<ProjectDTO>>;
}

export const CONVERT_METHODS = ['convertFile', 'cancelConversion', 'measureSelection', 'createConvertedProject'] as const satisfies readonly (keyof ConvertApi)[];
