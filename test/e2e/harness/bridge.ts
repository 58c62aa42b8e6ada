/**
 * The Node side of the test bridge: the page's window.connector calls land in the real handlers through
 * Playwright's exposeBinding, as they land in main through ipcMain in the app. Used by the e2e fixture and the
 * Chromium benchmarks.
 */
import type { Page } from '@playwright/test';
import { API_METHODS } from '../../../preload/contract';
import type { Handlers } from '../../../main/handlers';
import { installBridge } from './bridge-script';

/** Call before the page loads the renderer. */
export async function bridgeHandlers(page: Page, handlers: Handlers): Promise<void> {
  await page.exposeBinding('__connectorInvoke', async (_source, method: string, args: unknown[]) =>
    (handlers as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method](...args),
  );
  await page.addInitScript(installBridge, [...API_METHODS]);
}
