/**
 * The e2e fixture: the real renderer in Debian's Chromium, with window.connector provided by exposeBinding over
 * the real createHandlers(testHost) — real validation worker, real files in a per-test temp folder.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectorEvents, EventName } from '../../../preload/contract';
import { createHandlers, type Handlers } from '../../../main/handlers';
import { createTestHost, type TestHost } from '../../support/test-host';
import { startStaticServer } from './static-server';
import { bridgeHandlers } from './bridge';
import { StudioPage } from '../pages/studio-page';

export interface Studio {
  page: Page;
  host: TestHost;
  handlers: Handlers;
  ui: StudioPage;
  /** A fresh temp folder for this test's files. */
  workDir: string;
  emit<E extends EventName>(event: E, payload: ConnectorEvents[E]): Promise<void>;
  /** Saves a screenshot to test-results/screens/<name>.png. */
  screenshot(name: string): Promise<void>;
}

type Fixtures = { studio: Studio; appUrl: string };

export const test = base.extend<Fixtures, { server: { url: string; close(): Promise<void> } }>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  appUrl: async ({ server }, use) => use(server.url),
  studio: async ({ page, appUrl }, use) => {
    const workDir = mkdtempSync(join(tmpdir(), 'cs-e2e-'));
    const host = createTestHost({ dataDir: join(workDir, 'app-data') });
    mkdirSync(host.dataDir, { recursive: true });
    const emit = async <E extends EventName>(event: E, payload: ConnectorEvents[E]) => {
      await page.evaluate(([e, p]) => (window as unknown as { __connectorEmit(e: string, p: unknown): void }).__connectorEmit(e, p), [event, payload] as const);
    };
    const handlers = createHandlers(host, (event, payload) => void emit(event, payload).catch(() => undefined));
    await bridgeHandlers(page, handlers);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('favicon')) errors.push(message.text());
    });
    await page.goto(appUrl);
    const ui = new StudioPage(page);
    await use({
      page,
      host,
      handlers,
      ui,
      workDir,
      emit,
      screenshot: async (name) => {
        await page.screenshot({ path: join('test-results', 'screens', `${name}.png`) });
      },
    });
    await handlers.dispose();
    expect(errors, 'the page logged errors').toEqual([]);
  },
});

export { expect };
