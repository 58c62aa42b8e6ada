/** Loads Monaco on first use (a dynamic import: the app starts without its ~6 MB). */
import type { MonacoApi } from './monaco-setup';

let loading: Promise<MonacoApi> | undefined;

export function loadMonaco(): Promise<MonacoApi> {
  loading ??= import('./monaco-setup').then((m) => m.monaco);
  return loading;
}

export type { MonacoApi };
