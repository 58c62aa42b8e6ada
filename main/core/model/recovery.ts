/** An unsaved-work backup, written by main while the user edits and offered back after a crash. */
import type { Sidecar, TextFileData, TextFileName } from './project';

export interface RecoveryBackup {
  /** Stable per open project/window: [A-Za-z0-9_-]. */
  id: string;
  /** The project folder, or null for a project never saved. */
  projectPath: string | null;
  title: string;
  /** ISO time of the backup. */
  savedAt: string;
  files: Partial<Record<TextFileName, TextFileData>>;
  /** icon.png as base64, when the project has one. */
  iconBase64?: string;
  sidecar: Sidecar;
}
