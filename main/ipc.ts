/**
 * Registers each contract method with ipcMain. Every call is checked: it must come from our window's main frame,
 * loaded from app://, or it is refused.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, channel, type ConnectorApi } from '../preload/contract';
import { APP_ORIGIN } from './protocol';

export function registerIpc(getWindow: () => BrowserWindow | null, api: ConnectorApi): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channel(method), (event, ...args: unknown[]) => {
      assertTrustedSender(event, getWindow());
      const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
      return fn(...args);
    });
  }
}

export function unregisterIpc(): void {
  for (const method of API_METHODS) ipcMain.removeHandler(channel(method));
}

function assertTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): void {
  const frame = event.senderFrame;
  const trusted =
    window !== null &&
    event.sender === window.webContents &&
    frame !== null &&
    frame === window.webContents.mainFrame &&
    frame.url.startsWith(APP_ORIGIN + '/');
  if (!trusted) throw new Error('Refused: this request did not come from the Connector Studio window.');
}
