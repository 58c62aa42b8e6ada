/** Contract area: validation — the certification validator, run in main's worker. */
import type { ConnectorKindName } from '../../main/core/model/kind';
import type { Finding } from '../../main/core/model/findings';
import type { TextFileName } from '../../main/core/model/project';

export interface ValidateRequest {
  texts: Partial<Record<TextFileName, string>>;
  fileNames: string[];
  kind: ConnectorKindName;
  iconBase64?: string;
  previous?: { swagger?: string; properties?: string };
  /** Also run the heavier checks (swagger-parser's own validation): sent when the user pauses typing. */
  deep?: boolean;
}

export type ValidateResponse = { superseded: true } | { superseded?: false; findings: Finding[]; ms: number };

export interface ValidationApi {
  validate(request: ValidateRequest): Promise<ValidateResponse>;
}

export const VALIDATION_METHODS = ['validate'] as const satisfies readonly (keyof ValidationApi)[];
