/** Contract area: validation — the certification validator, run in main's worker. */
import type { ConnectorKindName } from '../../main/core/model/kind';
import type { Finding } from '../../main/core/model/findings';
import type { TextFileName } from '../../main/core/model/project';
import type { PackageZip } from '../../main/core/rules/rule';
import type { TextChange } from '../../main/core/model/text-changes';

export type { TextChange };

export interface ValidateRequest {
  texts: Partial<Record<TextFileName, string>>;
  fileNames: string[];
  kind: ConnectorKindName;
  iconBase64?: string;
  previous?: { swagger?: string; properties?: string };
  /** Also run the heavier checks (swagger-parser's own validation): sent when the user pauses typing. */
  deep?: boolean;
  /** The project was opened from a zip: that zip's structure (ProjectDTO.package), for the portal-package rule. */
  package?: PackageZip;
  /**
   * Typing into a 1 MB definition sends the change, not the text: `version` numbers this request's texts; with
   * `since` (the version the handler received last), the texts are `texts` plus, for each file in `textChanges`,
   * that version's text with the change applied. A handler without that version answers `{ resend: true }`.
   */
  version?: number;
  since?: number;
  textChanges?: Partial<Record<TextFileName, TextChange>>;
}

export type ValidateResponse =
  | { superseded: true }
  /** The handler does not have the version a change was made to: send whole texts. */
  | { resend: true; superseded?: false }
  | { superseded?: false; resend?: false; findings: Finding[]; ms: number };

export interface ValidationApi {
  validate(request: ValidateRequest): Promise<ValidateResponse>;
}

export const VALIDATION_METHODS = ['validate'] as const satisfies readonly (keyof ValidationApi)[];
