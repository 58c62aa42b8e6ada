/**
 * Contract area: export (issue 7) — the submission zip to email and the pull-request folder, plus the readme
 * helpers the Export step needs (the readme generator lives in main/core/export, outside what the renderer may
 * import). Main re-runs validation and every gate itself: the renderer's findings are never trusted for a gate.
 */
import type { ConnectorKindName } from '../../main/core/model/kind';
import type { Sidecar, TextFileData, TextFileName } from '../../main/core/model/project';
import type { WizardStep } from '../../main/core/model/findings';
import type { Result } from './result';
import type { SecretScope } from './secrets';

export interface ExportSubmission {
  testAccount?: { instructions?: string; username?: string; password?: string };
  /** The user ticked the explicit opt-in: the password is written into submission.md. Without it main drops the password. */
  includePassword?: boolean;
  /** Power Platform environment GUID for settings.json (optional). */
  environment?: string;
}

export interface ExportRequest {
  /** The project's texts with their BOM flag and name on disk: they leave byte for byte. */
  files: Partial<Record<TextFileName, TextFileData>>;
  fileNames: string[];
  iconBase64?: string;
  sidecar: Sidecar;
  kind: ConnectorKindName;
  /** Export despite validation errors (recorded in submission.md). Never overrides the secret gate. */
  allowErrors: boolean;
  submission?: ExportSubmission;
  /** Whose stored secrets must not leave (all stored secrets are checked, this project's unsaved ones too). */
  secretScope: SecretScope;
  /** Suggested zip / folder name. */
  title: string;
}

/** Where a gate problem is, in the file the user edits, and where in the app it is fixed. */
export interface ExportLocation {
  file: string;
  line?: number;
  column?: number;
  /** JSON pointer of the value ('' when unknown). */
  path: string;
  step: WizardStep;
  rule?: string;
  /** Plain words; a secret is only ever shown masked. */
  message: string;
}

export interface ExportBlock {
  code: 'missing-file' | 'missing-readme' | 'validation-errors' | 'swagger-too-large' | 'too-many-schemas' | 'secrets';
  message: string;
  /** "Export anyway" may override it (validation errors and package limits; never secrets). */
  overridable: boolean;
  locations: ExportLocation[];
}

export type ExportOutcome =
  | { status: 'blocked'; blocks: ExportBlock[] }
  | {
      status: 'written';
      /** The zip file or the pull-request folder. */
      path: string;
      /** Files in the zip or written to the folder. */
      entries: string[];
      /** Gate messages the user chose to override (recorded in submission.md for the zip). */
      overridden: string[];
      /** Pull-request folder only: connector files already there that this export did not write. */
      leftAlone: string[];
      bytes?: number;
    };

export interface ExportProgressEvent {
  target: 'zip' | 'folder';
  stage: 'validating' | 'checking' | 'scanning' | 'zipping' | 'writing' | 'done';
  /** Bytes of zip output so far, or files written so far. */
  done?: number;
}

export interface ReadmePlaceholderInfo {
  line: number;
  column: number;
  hint: string;
}

export interface ExportApi {
  /** Asks where to save the zip (null when the user cancels), validates, gates, writes atomically. */
  exportZip(request: ExportRequest): Promise<Result<ExportOutcome> | null>;
  /** Asks for the pull-request folder (null when the user cancels), same gates. */
  writePullRequestFolder(request: ExportRequest): Promise<Result<ExportOutcome> | null>;
  /** A readme drafted from the definition, following Microsoft's template for the connector's kind. */
  generateReadme(request: { swagger?: string; properties?: string; kind: ConnectorKindName; hasScript: boolean }): Promise<string>;
  /** The "[FILL IN: …]" marks the author still has to replace. */
  readmePlaceholders(text: string): Promise<ReadmePlaceholderInfo[]>;
}

export const EXPORT_METHODS = ['exportZip', 'writePullRequestFolder', 'generateReadme', 'readmePlaceholders'] as const satisfies readonly (keyof ExportApi)[];
