/**
 * What the handlers need from the outside world. Electron provides it in host.ts; tests provide one that works in a
 * temp folder (test/support/test-host.ts), so no test needs to mock 'electron'.
 */
import type { OpenKind } from '../preload/contract';

/** What an open dialog asks for: a project folder, a package or definition file, or a logo image. */
export type DialogKind = OpenKind | 'image';

export interface SecretCipher {
  isEncryptionAvailable(): boolean;
  /** Electron's storage backend on Linux ('basic_text' means secrets would not really be protected). */
  backend(): string;
  encrypt(plain: string): Uint8Array;
  decrypt(data: Uint8Array): string;
}

export interface Host {
  /** The app's own data folder (recovery backups, recent list, secret store): never a project folder. */
  dataDir: string;
  appVersion: string;
  platform: string;
  /** Folder holding the bundled worker scripts (validate-worker.js, convert-worker.js). */
  workerDir: string;
  showOpenDialog(kind: DialogKind): Promise<string | null>;
  /** Asks where to save a project folder; returns the folder path (created by the caller). */
  showSaveFolderDialog(suggestedName: string): Promise<string | null>;
  /** Asks where to save one file (e.g. the submission zip); returns its path, or null when the user cancels. */
  showSaveFileDialog(suggestedName: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  openExternal(url: string): Promise<void>;
  addRecentDocument(path: string): void;
  setWindowState(title: string, dirty: boolean): void;
  /** Lets the window close after the renderer dealt with unsaved work. */
  allowClose(): void;
  secretCipher: SecretCipher;
}
