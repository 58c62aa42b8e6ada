/** The export request from the open project and the submission form: what main needs to re-check and package it. */
import type { ExportRequest } from '../../../preload/contract';
import type { OpenProject } from '../../store/project-slice';
import { parsedJson } from '../../document/parsed';

export interface SubmissionDraft {
  instructions: string;
  username: string;
  environment: string;
  /** Never stored: only sent when the user ticked the opt-in. */
  password: string;
  includePassword: boolean;
}

/** The stored part of the submission details (sidecar.submission): never the password. */
export function storedSubmission(sidecarSubmission: Record<string, unknown> | undefined): Omit<SubmissionDraft, 'password' | 'includePassword'> {
  const account = (sidecarSubmission?.testAccount ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { instructions: text(account.instructions), username: text(account.username), environment: text(sidecarSubmission?.environment) };
}

export function connectorTitle(project: OpenProject): string {
  const swagger = parsedJson('apiDefinition.swagger.json', project.files['apiDefinition.swagger.json']?.text) as { info?: { title?: unknown } } | undefined;
  return typeof swagger?.info?.title === 'string' && swagger.info.title.trim() !== '' ? swagger.info.title : 'Connector';
}

export function buildExportRequest(project: OpenProject, draft: SubmissionDraft, allowErrors: boolean): ExportRequest {
  const present = Object.values(project.files).map((f) => f!.diskName);
  return {
    files: project.files,
    fileNames: [...new Set([...project.fileNames, ...present])],
    iconBase64: project.iconBase64,
    sidecar: project.sidecar,
    kind: project.sidecar.kind ?? 'certified',
    allowErrors,
    submission: {
      testAccount: {
        instructions: draft.instructions,
        username: draft.username,
        password: draft.includePassword ? draft.password : undefined,
      },
      includePassword: draft.includePassword && draft.password !== '',
      environment: draft.environment,
    },
    secretScope: { folder: project.folder, session: project.id },
    title: connectorTitle(project),
  };
}
