/**
 * The ONE module that reads window.connector (DESIGN.md, "One contract"): in the app it is the preload's bridge,
 * in e2e tests the harness's bridge over the same handlers.
 */
import type { ConnectorBridge } from '../preload/contract';

declare global {
  interface Window {
    connector?: ConnectorBridge;
  }
}

export function bridgeAvailable(): boolean {
  return typeof window !== 'undefined' && window.connector !== undefined;
}

export const connector: ConnectorBridge = new Proxy({} as ConnectorBridge, {
  get(_target, property) {
    const bridge = window.connector;
    if (!bridge) throw new Error('Connector Studio must run inside its desktop app: the bridge to the app is missing.');
    return bridge[property as keyof ConnectorBridge];
  },
});
