/**
 * Connector Studio's main process, read top to bottom: the app:// scheme, one window, the IPC contract, the menu,
 * and the guard that keeps unsaved work from being closed away.
 */
import { app, BrowserWindow, Menu } from 'electron';
import { join } from 'node:path';
import { registerAppScheme, serveRenderer, APP_ORIGIN } from './protocol';
import { createMainWindow, denyAllPermissions } from './window';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { electronHost } from './host';
import { createHandlers, type Emit } from './handlers';
import { EVENT_CHANNEL } from '../preload/contract';
import { recentList } from './core/project/recent';

const HELP_URL = 'https://learn.microsoft.com/en-us/connectors/custom-connectors/certification-submission';
const isDev = !app.isPackaged;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  let closeAllowed = false;
  let dirty = false;
  const pendingPaths = process.argv.slice(isDev ? 2 : 1).filter((a) => !a.startsWith('-'));

  const emit: Emit = (event, payload) => window?.webContents.send(EVENT_CHANNEL, event, payload);
  const host = electronHost(
    () => window,
    () => {
      closeAllowed = true;
      window?.close();
    },
  );
  const handlers = createHandlers(host, emit);
  const api = {
    ...handlers,
    async setWindowState(state: { title: string; dirty: boolean }) {
      dirty = state.dirty;
      await handlers.setWindowState(state);
      await refreshMenu();
    },
  };

  const refreshMenu = async () => {
    const recent = await recentList(host.dataDir).list();
    Menu.setApplicationMenu(
      buildMenu(
        {
          command: (command) => emit('menu', { command }),
          openRecent: (path) => emit('open-path', { path }),
          openHelp: () => void host.openExternal(HELP_URL),
        },
        recent,
        isDev,
      ),
    );
  };

  const openWindow = () => {
    window = createMainWindow();
    closeAllowed = false;
    window.on('close', (event) => {
      if (dirty && !closeAllowed) {
        event.preventDefault();
        emit('close-requested', {});
      }
    });
    window.on('closed', () => {
      window = null;
    });
    window.webContents.on('did-finish-load', () => {
      for (const path of pendingPaths.splice(0)) emit('open-path', { path });
    });
    void window.loadURL(`${APP_ORIGIN}/index.html`);
  };

  app.on('second-instance', (_event, argv) => {
    const path = argv.slice(1).filter((a) => !a.startsWith('-')).pop();
    if (path) emit('open-path', { path });
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  // macOS: a file or folder dropped on the dock icon or opened with the app.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (window) emit('open-path', { path });
    else pendingPaths.push(path);
  });

  app.whenReady().then(async () => {
    denyAllPermissions();
    serveRenderer(join(__dirname, '../renderer'));
    registerIpc(() => window, api);
    await refreshMenu();
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    void handlers.dispose();
    if (process.platform !== 'darwin') app.quit();
  });
}
