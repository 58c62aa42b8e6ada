/**
 * The preload: exposes window.connector with one fixed method per contract method, plus event subscription and the
 * path of a dropped file. Nothing else crosses the bridge. Bundled into ONE file (a sandboxed preload can only
 * require 'electron').
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_METHODS, EVENT_CHANNEL, channel, type ConnectorBridge, type ConnectorEvents, type EventName } from './contract';

const api = Object.fromEntries(API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channel(method), ...args)]));

const bridge: Pick<ConnectorBridge, 'on' | 'pathForFile'> = {
  on<E extends EventName>(event: E, listener: (payload: ConnectorEvents[E]) => void) {
    const handler = (_e: unknown, name: EventName, payload: ConnectorEvents[E]) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
  pathForFile: (file: File) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('connector', Object.freeze({ ...api, ...bridge }));
