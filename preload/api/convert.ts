/**
 * Contract area: convert (issue 9) — importing an OpenAPI 3.x description or a Postman collection as a Swagger 2.0
 * connector. Main converts in a worker (progress as 'convert-progress' events, cancellable) and keeps the converted
 * document: the renderer gets the report, the operation list and the platform limits, never the (possibly 10 MB)
 * swagger itself, and then names the operations to keep.
 */
import type { ConversionReport, PlatformLimits, ProgressPhase, ReportItem, ReportKind, SourceKind } from '../../main/core/convert/types';
import type { Result } from './result';
import type { ProjectDTO } from './project';

// The report is defined once, by the converter that writes it (main/core/convert/types.ts holds pure types and
// one Error class, nothing Node): the contract names it, the renderer reads it through the contract.
export type { SourceKind as ConvertSourceKind, ReportKind as ConvertReportKind, ReportItem as ConvertReportItem, ConversionReport as ConvertReport, PlatformLimits as ConvertLimits };

/** One operation of the converted definition, for the picker. */
export interface ConvertOperation {
  operationId: string;
  method: string;
  path: string;
  summary?: string;
  /** Estimated bytes of the operation plus the shared definitions it needs. */
  bytes: number;
}

export interface ConversionPreview {
  /** Name of the imported file. */
  fileName: string;
  report: ConversionReport;
  operations: ConvertOperation[];
  /** Limits of the definition with every operation kept. */
  limits: PlatformLimits;
}

export interface ConvertProgressEvent {
  /** 'read': main reads the file; then the worker's phases. */
  phase: 'read' | ProgressPhase;
  /** 0–100. */
  percent: number;
}

/** What the sidecar keeps about the import (`sidecar.conversion`). */
export interface ConversionSidecar {
  file: string;
  convertedAt: string;
  source: SourceKind;
  items: ReportItem[];
  stats: ConversionReport['stats'];
  /** Operations kept out of the converted total. */
  kept: { operations: number; of: number };
}

export interface ConvertApi {
  /** Converts the file in a worker ('convert-progress' events); a cancelled run answers error code 'cancelled'. */
  convertFile(path: string): Promise<Result<ConversionPreview>>;
  /** Stops a running conversion and forgets a finished one the user did not turn into a project. */
  cancelConversion(): Promise<void>;
  /** Platform limits of the last conversion keeping only these operations. */
  measureSelection(operationIds: string[]): Promise<Result<PlatformLimits>>;
  /** The untitled project (source kind 'new') from the last conversion, keeping only these operations. */
  createConvertedProject(operationIds: string[]): Promise<Result<ProjectDTO>>;
}

export const CONVERT_METHODS = ['convertFile', 'cancelConversion', 'measureSelection', 'createConvertedProject'] as const satisfies readonly (keyof ConvertApi)[];
