import type { ConnectorEvents, EventName } from '../../preload/contract';

/** Sends a main -> renderer event (webContents.send in the app; page.evaluate in e2e tests). */
export type Emit = <E extends EventName>(event: E, payload: ConnectorEvents[E]) => void;
