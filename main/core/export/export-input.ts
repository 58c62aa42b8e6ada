/** What the export is given and what it answers: plain data, so IPC and the CLI carry it unchanged. */
import type { Finding } from '../model/findings';
import type { ConnectorKindName } from '../model/kind';
import type { Sidecar } from '../model/project';
import type { SecretHit } from './secret-scan';
import type { TestAccount } from './submission-sheet';

/** The connector files, as the PowerPlatformConnectors layout names them. */
export type ExportFileName = 'apiDefinition.swagger.json' | 'apiProperties.json' | 'readme.md' | 'script.csx' | 'intro.md';

export interface SubmissionDetails {
  testAccount?: TestAccount;
  /** Explicit opt-in to write the test password into the submission sheet. */
  includePassword?: boolean;
  /** Power Platform environment GUID for settings.json (left out unless given). */
  environment?: string;
  connectorId?: string;
}

export interface ExportInput {
  /** Exact bytes of each file present: they are packaged byte for byte, never re-serialised. */
  files: Partial<Record<ExportFileName, Uint8Array>>;
  /** Names on disk where they differ from the canonical one (e.g. "README.md"), kept in the PR folder. */
  diskNames?: Partial<Record<ExportFileName, string>>;
  icon?: Uint8Array;
  sidecar: Sidecar;
  kind: ConnectorKindName;
  /** From the validator (the caller runs it). */
  findings: Finding[];
  /** The user's secrets from OS storage: none of them may leave in the package. */
  knownSecrets: string[];
  /** Markdown from the Test step, copied into the submission sheet. */
  testReport?: string;
  submission?: SubmissionDetails;
  /** Export despite error findings (recorded in the sheet). Never overrides the secret gate. */
  allowErrors?: boolean;
}

export type ExportStage = 'checking' | 'scanning' | 'zipping' | 'writing' | 'done';
export interface ExportProgress {
  stage: ExportStage;
  /** Output bytes so far (zipping) or files written so far (writing). */
  done?: number;
}

export interface ExportOptions {
  /** The date written on an override line (defaults to now); tests fix it for identical bytes. */
  now?: Date;
  onProgress?: (progress: ExportProgress) => void;
}

export type GateCode = 'missing-file' | 'missing-readme' | 'validation-errors' | 'swagger-too-large' | 'too-many-schemas' | 'secrets';

export interface GateReason {
  code: GateCode;
  message: string;
  /** allowErrors lets the export go ahead despite this reason (never true for secrets). */
  overridable: boolean;
  findings?: Finding[];
  secrets?: SecretHit[];
}

export type ExportResult =
  | { blocked: true; reasons: GateReason[] }
  | { blocked: false; zip: Uint8Array; entries: string[]; overridden: GateReason[] };

export type PullRequestResult =
  | { blocked: true; reasons: GateReason[] }
  | {
      blocked: false;
      written: string[];
      overridden: GateReason[];
      /** Files already in the folder that this export would not write (e.g. icon.png for IP, settings.json): left alone, worth a warning. */
      leftAlone: string[];
    };
