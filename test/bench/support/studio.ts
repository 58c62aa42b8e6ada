/**
 * A benchmark's Studio: the built renderer in a new Chromium page over the real handlers (the workers from
 * dist/main, as the app runs them), with app data in `workDir`. Build first (npm run build).
 */
import type { Browser, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHandlers, type Handlers } from '../../../main/handlers';
import { createTestHost, type TestHost } from '../../support/test-host';
import { bridgeHandlers } from '../../e2e/harness/bridge';

export interface BenchStudio {
  page: Page;
  host: TestHost;
  handlers: Handlers;
}

export async function openBenchStudio(browser: Browser, url: string, workDir: string): Promise<BenchStudio> {
  const host = createTestHost({ dataDir: join(workDir, 'app-data'), workerDir: resolve(process.cwd(), 'dist/main') });
  mkdirSync(host.dataDir, { recursive: true });
  const handlers = createHandlers(host, () => undefined);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await bridgeHandlers(page, handlers);
  await page.goto(url);
  return { page, host, handlers };
}
