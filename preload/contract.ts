/**
 * THE contract between the renderer and main (DESIGN.md, "One contract"). Main implements `ConnectorApi` as one
 * object (a missing method is a compile error); preload exposes one fixed method per entry of API_METHODS on
 * `window.connector`; the e2e harness installs the same surface over the same handlers. Payloads are plain
 * JSON-able data (binary as base64), so Electron IPC, the test bridge and project files carry them unchanged.
 */
import type { ConnectorKindName } from '../main/core/model/kind';
import type { Finding } from '../main/core/model/findings';
import type { LoadNotice, ProjectSourceKind, Sidecar, TextFileData, TextFileName } from '../main/core/model/project';
import type { RecentProject } from '../main/core/model/recent';
import type { RecoveryBackup } from '../main/core/model/recovery';

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
}

export interface ApiError {
  code: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface SaveRequest {
  /** Target folder; null asks the user where (Save As). */
  folder: string | null;
  files: Partial<Record<TextFileName, TextFileData>>;
  iconBase64?: string;
  sidecar: Sidecar;
  title: string;
}

export interface SaveResponse {
  folder: string;
  savedAt: string;
  /** Names written (including unchanged ones). */
  files: string[];
}

export interface ValidateRequest {
  texts: Partial<Record<TextFileName, string>>;
  fileNames: string[];
  kind: ConnectorKindName;
  iconBase64?: string;
  previous?: { swagger?: string; properties?: string };
}

export type ValidateResponse = { superseded: true } | { superseded?: false; findings: Finding[]; ms: number };

export interface AppInfo {
  version: string;
  platform: string;
  /** Whether secrets can be kept in OS storage across sessions, and why not when they cannot. */
  secretStorage: { persistent: boolean; reason?: string };
}

export type OpenKind = 'folder' | 'file';

export interface ConnectorApi {
  appInfo(): Promise<AppInfo>;
  newProject(title: string): Promise<ProjectDTO>;
  /** Shows the open dialog; resolves null when the user cancels. */
  openDialog(kind: OpenKind): Promise<Result<ProjectDTO> | null>;
  openPath(path: string): Promise<Result<ProjectDTO>>;
  saveProject(request: SaveRequest): Promise<Result<SaveResponse> | null>;
  listRecent(): Promise<RecentProject[]>;
  backupUnsaved(backup: RecoveryBackup): Promise<void>;
  discardBackup(id: string): Promise<void>;
  listBackups(): Promise<RecoveryBackup[]>;
  validate(request: ValidateRequest): Promise<ValidateResponse>;
  /** Window title and "document edited" state; main uses `dirty` to guard closing. */
  setWindowState(state: { title: string; dirty: boolean }): Promise<void>;
  /** The renderer has dealt with unsaved work (saved or discarded): main may close the window now. */
  confirmClose(): Promise<void>;
  /** Opens an https URL in the system browser (the renderer asks the user first). */
  openExternal(url: string): Promise<boolean>;
}

export type ApiMethod = keyof ConnectorApi;

export const API_METHODS = [
  'appInfo',
  'newProject',
  'openDialog',
  'openPath',
  'saveProject',
  'listRecent',
  'backupUnsaved',
  'discardBackup',
  'listBackups',
  'validate',
  'setWindowState',
  'confirmClose',
  'openExternal',
] as const satisfies readonly ApiMethod[];

// Compile-time check that API_METHODS lists every method exactly: a missing one makes this type `never`.
type Missing = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
export const API_METHODS_COMPLETE: Missing extends never ? true : never = true;

export function channel(method: ApiMethod): string {
  return `connector:${method}`;
}

/** Commands the native menu (and the renderer's own shortcuts) send. */
export type MenuCommand =
  | 'new'
  | 'open-folder'
  | 'open-file'
  | 'save'
  | 'save-as'
  | 'undo'
  | 'redo'
  | 'next-step'
  | 'previous-step'
  | 'toggle-findings';

/** Main -> renderer events. */
export interface ConnectorEvents {
  menu: { command: MenuCommand };
  'file-changed': { folder: string; file: string };
  'close-requested': Record<string, never>;
  'open-path': { path: string };
  autosave: { status: 'saved' | 'failed'; at: string; message?: string };
}

export type EventName = keyof ConnectorEvents;
export const EVENT_CHANNEL = 'connector:event';

/** What `window.connector` is: the API plus a subscription for events. */
export interface ConnectorBridge extends ConnectorApi {
  on<E extends EventName>(event: E, listener: (payload: ConnectorEvents[E]) => void): () => void;
  /** Path of a dropped File (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
}
