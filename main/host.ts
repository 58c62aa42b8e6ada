/**
 * The Electron side of the Host: dialogs, app paths, the system browser, OS secret storage. This file and the
 * window/ipc/menu glue are the only places that import 'electron'; everything they serve is in handlers.ts.
 */
import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron';
import { join } from 'node:path';
import type { DialogKind, Host } from './host-types';

export function electronHost(getWindow: () => BrowserWindow | null, allowClose: () => void): Host {
  const parent = () => getWindow() ?? undefined;
  return {
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    platform: process.platform,
    workerDir: __dirname,

    async showOpenDialog(kind: DialogKind) {
      const options: Electron.OpenDialogOptions =
        kind === 'image'
          ? { title: 'Choose your logo', properties: ['openFile'], filters: [{ name: 'Images', extensions: ['svg', 'png', 'jpg', 'jpeg', 'webp'] }] }
          : kind === 'folder'
          ? { title: 'Open connector folder', properties: ['openDirectory'] }
          : {
              title: 'Open a connector package or definition',
              properties: ['openFile'],
              filters: [
                { name: 'Connector packages and definitions', extensions: ['zip', 'json', 'yaml', 'yml'] },
                { name: 'All files', extensions: ['*'] },
              ],
            };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async showSaveFolderDialog(suggestedName: string) {
      const options: Electron.SaveDialogOptions = {
        title: 'Save connector project as a folder',
        defaultPath: join(app.getPath('documents'), suggestedName),
        buttonLabel: 'Save',
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async showSaveFileDialog(suggestedName: string, filters: { name: string; extensions: string[] }[]) {
      const options: Electron.SaveDialogOptions = {
        title: 'Save file',
        defaultPath: join(app.getPath('documents'), suggestedName),
        buttonLabel: 'Save',
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },

    async openExternal(url: string) {
      await shell.openExternal(url);
    },

    addRecentDocument(path: string) {
      app.addRecentDocument(path);
    },

    setWindowState(title: string, dirty: boolean) {
      const window = getWindow();
      if (!window) return;
      window.setTitle(title);
      window.setDocumentEdited(dirty);
    },

    allowClose,

    secretCipher: {
      isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
      backend: () => (process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os'),
      encrypt: (plain: string) => new Uint8Array(safeStorage.encryptString(plain)),
      decrypt: (data: Uint8Array) => safeStorage.decryptString(Buffer.from(data)),
    },
  };
}
