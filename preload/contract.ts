/**
 * THE contract between the renderer and main (DESIGN.md, "One contract"), composed from one file per area in
 * preload/api/. Main implements `ConnectorApi` as one object (a missing method is a compile error); preload
 * exposes one fixed method per entry of API_METHODS on `window.connector`; the e2e harness installs the same
 * surface over the same handlers. Payloads are plain JSON-able data (binary as base64).
 */
import { PROJECT_METHODS, type ProjectApi } from './api/project';
import { VALIDATION_METHODS, type ValidationApi } from './api/validation';
import { SECRETS_METHODS, type SecretsApi } from './api/secrets';
import { EXPORT_METHODS, type ExportApi, type ExportProgressEvent } from './api/export';
import { TESTING_METHODS, type TestingApi } from './api/testing';
import { CONVERT_METHODS, type ConvertApi, type ConvertProgressEvent } from './api/convert';
import { ICON_METHODS, type IconApi } from './api/icon';

export type * from './api/result';
export type * from './api/project';
export type * from './api/validation';
export type * from './api/secrets';
export type * from './api/export';
export type * from './api/testing';
export type * from './api/convert';
export type * from './api/icon';

export interface ConnectorApi extends ProjectApi, ValidationApi, SecretsApi, ExportApi, TestingApi, ConvertApi, IconApi {}

export type ApiMethod = keyof ConnectorApi;

export const API_METHODS = [...PROJECT_METHODS, ...VALIDATION_METHODS, ...SECRETS_METHODS, ...EXPORT_METHODS, ...TESTING_METHODS, ...CONVERT_METHODS, ...ICON_METHODS] as const satisfies readonly ApiMethod[];

// Compile-time check that API_METHODS lists every method: a missing one makes this type `never`.
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
  'export-progress': ExportProgressEvent;
  'convert-progress': ConvertProgressEvent;
}

export type EventName = keyof ConnectorEvents;
export const EVENT_CHANNEL = 'connector:event';

/** What `window.connector` is: the API plus a subscription for events. */
export interface ConnectorBridge extends ConnectorApi {
  on<E extends EventName>(event: E, listener: (payload: ConnectorEvents[E]) => void): () => void;
  /** Path of a dropped File (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
}
