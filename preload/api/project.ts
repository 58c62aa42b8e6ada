/** Contract area: projects — open, create, save, recent list, crash backups, window state. */
import type { LoadNotice, ProjectSourceKind, Sidecar, TextFileData, TextFileName } from '../../main/core/model/project';
import type { RecentProject } from '../../main/core/model/recent';
import type { RecoveryBackup } from '../../main/core/model/recovery';
import type { PackageZip } from '../../main/core/rules/rule';
import type { TextsDelta } from '../../main/core/model/text-changes';
import type { Result } from './result';

/** A project as the renderer holds it. */
export interface ProjectDTO {
  source: { kind: ProjectSourceKind; path: string | null };
  /** The folder the project saves to (null until first saved). */
  folder: string | null;
  files: Partial<Record<TextFileName, TextFileData>>;
  iconBase64?: string;
  sidecar: Sidecar;
  notices: LoadNotice[];
  fileNames: string[];
  /** Opened from a zip: its structure, sent with every validation (the portal-package rule); never saved. */
  package?: PackageZip;
}

export interface SaveRequest {
  /** Target folder; null asks the user where (Save As). */
  folder: string | null;
  files: Partial<Record<TextFileName, TextFileData>>;
  iconBase64?: string;
  sidecar: Sidecar;
  title: string;
}

/**
 * A crash backup as the renderer sends it after each pause in typing: the files' texts as changes since the last
 * backup (main/core/model/text-changes), the rest of each file (BOM, name on disk) in `files`. Main writes the whole
 * backup every time.
 */
export interface BackupRequest extends Omit<RecoveryBackup, 'files'>, TextsDelta<TextFileName> {
  files: Partial<Record<TextFileName, Omit<TextFileData, 'text'>>>;
}

/** `resend`: main does not have the version the changes were made to (nothing was written): send the texts whole. */
export interface BackupResponse {
  resend?: boolean;
}

export interface SaveResponse {
  folder: string;
  savedAt: string;
  /** Names written (including unchanged ones). */
  files: string[];
}

export interface AppInfo {
  version: string;
  platform: string;
  /** Whether secrets can be kept in OS storage across sessions, and why not when they cannot. */
  secretStorage: { persistent: boolean; reason?: string };
}

export type OpenKind = 'folder' | 'file';

export interface ProjectApi {
  appInfo(): Promise<AppInfo>;
  newProject(title: string): Promise<ProjectDTO>;
  /** Shows the open dialog; resolves null when the user cancels. */
  openDialog(kind: OpenKind): Promise<Result<ProjectDTO> | null>;
  openPath(path: string): Promise<Result<ProjectDTO>>;
  saveProject(request: SaveRequest): Promise<Result<SaveResponse> | null>;
  listRecent(): Promise<RecentProject[]>;
  backupUnsaved(backup: BackupRequest): Promise<BackupResponse>;
  discardBackup(id: string): Promise<void>;
  listBackups(): Promise<RecoveryBackup[]>;
  /** Window title and "document edited" state; main uses `dirty` to guard closing. */
  setWindowState(state: { title: string; dirty: boolean }): Promise<void>;
  /** The renderer has dealt with unsaved work (saved or discarded): main may close the window now. */
  confirmClose(): Promise<void>;
  /** Opens an https URL in the system browser (the renderer asks the user first). */
  openExternal(url: string): Promise<boolean>;
  /** Asks for the previously certified version (folder, package zip or swagger file) for the breaking-change checks. */
  readPreviousVersion(kind: OpenKind): Promise<Result<PreviousVersion> | null>;
}

/** The previously certified version of a connector, kept in the sidecar for breaking-change checks. */
export interface PreviousVersion {
  source: string;
  swagger: string;
  properties?: string;
}

export const PROJECT_METHODS = [
  'appInfo',
  'newProject',
  'openDialog',
  'openPath',
  'saveProject',
  'listRecent',
  'backupUnsaved',
  'discardBackup',
  'listBackups',
  'setWindowState',
  'confirmClose',
  'openExternal',
  'readPreviousVersion',
] as const satisfies readonly (keyof ProjectApi)[];
