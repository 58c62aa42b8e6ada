/**
 * Typing latency benchmark (npm run bench typing): the built renderer in Chromium over the real handlers, as in the
 * e2e harness. For a 1.1 MB connector (Encodian) and a ~30 KB one (Star-Wars), it types into Monaco (the Swagger
 * editor) and into a form field (General title) and reports the p50/p95 time from each key press to the next
 * painted frame. Build first (npm run build). Prints plain "name: value" lines.
 */
import { chromium, type Page } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { API_METHODS } from '../../preload/contract';
import { createHandlers } from '../../main/handlers';
import { createTestHost } from '../support/test-host';
import { startStaticServer } from '../e2e/harness/static-server';
import { installBridge } from '../e2e/harness/bridge-script';

const ROOT = process.cwd();
const CORPUS = resolve(process.env.CORPUS_DIR ?? join(ROOT, '../shared/corpus/connectors'));
const KEYS = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst';
const CONNECTORS = [
  { name: 'encodian-1.1MB', folder: 'certified-connectors__Encodian' },
  { name: 'star-wars-28KB', folder: 'independent-publisher-connectors__Star-Wars' },
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Installs a recorder: for each keydown, the time until the next animation frame (the frame that shows it). */
async function recordLatencies(page: Page, type: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __recording?: boolean };
    w.__latencies = [];
    if (w.__recording) return;
    w.__recording = true;
    window.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
      },
      true,
    );
  });
  await type();
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}

async function run(): Promise<void> {
  const server = await startStaticServer(resolve(ROOT, 'dist/renderer'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  try {
    for (const connector of CONNECTORS) {
      const workDir = mkdtempSync(join(tmpdir(), 'cs-bench-'));
      const folder = join(workDir, connector.folder);
      cpSync(join(CORPUS, connector.folder), folder, { recursive: true });
      const host = createTestHost({ dataDir: join(workDir, 'app-data'), workerDir: resolve(ROOT, 'dist/main') });
      mkdirSync(host.dataDir, { recursive: true });
      const handlers = createHandlers(host, () => undefined);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.exposeBinding('__connectorInvoke', async (_source, method: string, args: unknown[]) =>
        (handlers as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method](...args),
      );
      await page.addInitScript(installBridge, [...API_METHODS]);
      await page.goto(server.url);
      host.nextOpen.push(folder);
      await page.getByTestId('welcome-open-folder').click();
      await page.getByTestId('general-title').waitFor().catch(async (error: Error) => {
        await page.screenshot({ path: join(ROOT, 'bench-results', `typing-${connector.name}-failed.png`) });
        throw error;
      });
      await page.getByTestId('readiness').filter({ hasNotText: 'Checking…' }).waitFor();

      // A form field: the General step's title.
      await page.getByTestId('general-title').click();
      await page.keyboard.press('End');
      const form = await recordLatencies(page, () => page.keyboard.type(KEYS, { delay: 40 }));
      console.log(`${connector.name} form-title p50 ms: ${percentile(form, 50).toFixed(1)}`);
      console.log(`${connector.name} form-title p95 ms: ${percentile(form, 95).toFixed(1)}`);

      // Monaco: the Swagger editor, typing inside the description on line 5.
      await page.getByTestId('nav-definition').click();
      await page.getByTestId('definition-view-swagger').click();
      const lines = page.locator('[data-testid="code-editor"] .view-lines');
      await lines.locator('.view-line').first().waitFor();
      await lines.click();
      await page.keyboard.press('ControlOrMeta+Home');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      const code = await recordLatencies(page, () => page.keyboard.type(KEYS, { delay: 40 }));
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        const self = new Map<string, number>();
        const dt = profile.timeDeltas ?? [];
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        (profile.samples ?? []).forEach((id, i) => {
          const node = byId.get(id)!;
          const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
          self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
        });
        for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`profile ${connector.name} ${key}: ${ms.toFixed(0)} ms`);
      }
      console.log(`${connector.name} monaco p50 ms: ${percentile(code, 50).toFixed(1)}`);
      console.log(`${connector.name} monaco p95 ms: ${percentile(code, 95).toFixed(1)}`);
      console.log(`${connector.name} keys: ${code.length}`);

      await page.close();
      await handlers.dispose();
      rmSync(workDir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await run();
