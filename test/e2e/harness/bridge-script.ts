/**
 * The init script that installs window.connector in the page: one method per contract method, each calling the
 * exposed binding, plus event listeners the harness can fire. It mirrors preload/index.ts.
 */
export function installBridge(methods: readonly string[]): void {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const invoke = (window as unknown as { __connectorInvoke(method: string, args: unknown[]): Promise<unknown> }).__connectorInvoke;
  const api: Record<string, unknown> = {};
  for (const method of methods) api[method] = (...args: unknown[]) => invoke(method, args);
  api.on = (event: string, listener: Listener) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return () => listeners.get(event)?.delete(listener);
  };
  // In tests a dropped File carries its absolute path as its name (Electron gives the real path via webUtils).
  api.pathForFile = (file: File) => file.name;
  (window as unknown as { connector: unknown }).connector = Object.freeze(api);
  (window as unknown as { __connectorEmit(event: string, payload: unknown): void }).__connectorEmit = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
}
