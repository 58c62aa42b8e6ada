/**
 * Typing latency benchmark (npm run bench typing): the built renderer in Chromium over the real handlers, as in the
 * e2e harness. For a 1.1 MB connector (Encodian, 219 operations) and a ~30 KB one (the corpus median), it measures
 * what the author feels: the time to open the Definition step, to switch operations in its list, and from each key
 * press to the next painted frame while typing in a form field (General title; an operation's summary and
 * description on the Definition step) and in Monaco (the Swagger editor). Prints plain "name: value" lines (p50/p95),
 * and with PROFILE=1 the functions that took the most time (self time) during each phase. Build first.
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../e2e/harness/static-server';
import { openBenchStudio } from './support/studio';

const ROOT = process.cwd();
const CORPUS = resolve(process.env.CORPUS_DIR ?? join(ROOT, '../shared/corpus/connectors'));
const KEYS = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrst';
const CONNECTORS = [
  { name: 'encodian-1.1MB', folder: 'certified-connectors__Encodian' },
  { name: 'star-wars-28KB', folder: 'independent-publisher-connectors__Star-Wars' },
];
/** How many operations the switch measure visits (spread over the list). */
const SWITCHES = 12;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function report(connector: string, measure: string, values: number[]): void {
  console.log(`${connector} ${measure} p50 ms: ${percentile(values, 50).toFixed(1)}`);
  console.log(`${connector} ${measure} p95 ms: ${percentile(values, 95).toFixed(1)}`);
}

/** With PROFILE set: a CPU profile around `fn`, printed as the top self times. */
async function profiled<T>(page: Page, label: string, fn: () => Promise<T>): Promise<T> {
  if (!process.env.PROFILE) return fn();
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // PROFILE=trace: also a timeline trace, summed by event on the renderer's main thread (paint, style, layout, script).
  const traceEvents: TraceEvent[] = [];
  if (process.env.PROFILE === 'trace') {
    cdp.on('Tracing.dataCollected', (data) => traceEvents.push(...(data.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  }
  // Where the native time went (style, layout, script), besides the sampled JavaScript functions.
  await cdp.send('Performance.enable');
  const metrics = async () => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const result = await fn();
  const after = await metrics();
  if (process.env.PROFILE === 'trace') {
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
  }
  for (const name of ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'RecalcStyleCount', 'LayoutCount', 'Nodes']) {
    const delta = (after.get(name) ?? 0) - (name === 'Nodes' ? 0 : (before.get(name) ?? 0));
    console.log(`profile ${label} metric ${name}: ${name.endsWith('Duration') ? `${(delta * 1000).toFixed(0)} ms` : delta}`);
  }
  const { profile } = await cdp.send('Profiler.stop');
  if (traceEvents.length) printTrace(label, traceEvents);
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n] as const)));
  const frame = (node: (typeof profile.nodes)[number]) =>
    `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id)!;
    // Native frames (no script) are named with their caller: "stringify <- send".
    let caller = parentOf.get(node.id);
    while (caller && !caller.callFrame.url && caller.callFrame.functionName !== '(root)' && parentOf.get(caller.id)) caller = parentOf.get(caller.id);
    const key = node.callFrame.url || !caller ? frame(node) : `${frame(node)} <- ${frame(caller)}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`profile ${label} ${key}: ${ms.toFixed(0)} ms`);
  await cdp.detach();
  return result;
}

interface TraceEvent { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }

/** Total time per event name on the renderer's main thread (complete events only; nested ones counted too). */
function printTrace(label: string, events: TraceEvent[]): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const totals = new Map<string, number>();
  for (const e of events) {
    if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue;
    totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  }
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`profile ${label} trace ${name}: ${ms.toFixed(0)} ms`);
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

/**
 * Clicks `selector` (the index-th match) inside the page and waits until `ready` matches an element (or, for
 * 'selected', until the clicked element's list item is selected), then measures to
 * the next painted frame: the click-to-visible time, without the test driver's round trips.
 */
async function clickToFrame(page: Page, selector: string, index: number, ready: string): Promise<number> {
  return page.evaluate(
    ([selector, index, ready]) =>
      new Promise<number>((done, fail) => {
        const target = document.querySelectorAll<HTMLElement>(selector)[index];
        if (!target) return fail(new Error(`no ${selector} #${index}`));
        const start = performance.now();
        target.click();
        // 'selected' waits for the clicked row itself to show as selected (a selection list).
        const isReady = () => (ready === 'selected' ? target.closest('[aria-selected]')?.getAttribute('aria-selected') === 'true' : document.querySelector(ready) !== null);
        const poll = () => {
          if (!isReady()) return void requestAnimationFrame(poll);
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
        };
        poll();
      }),
    [selector, index, ready] as const,
  );
}

async function typeInto(page: Page, testId: string): Promise<number[]> {
  await page.getByTestId(testId).click();
  await page.keyboard.press('End');
  return recordLatencies(page, () => page.keyboard.type(KEYS, { delay: 40 }));
}

async function run(): Promise<void> {
  const server = await startStaticServer(resolve(ROOT, 'dist/renderer'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  try {
    // ONLY=<name part> measures one connector (e.g. while profiling).
    for (const connector of CONNECTORS.filter((c) => !process.env.ONLY || c.name.includes(process.env.ONLY))) {
      const name = connector.name;
      const workDir = mkdtempSync(join(tmpdir(), 'cs-bench-'));
      const folder = join(workDir, connector.folder);
      cpSync(join(CORPUS, connector.folder), folder, { recursive: true });
      const { page, host, handlers } = await openBenchStudio(browser, server.url, workDir);
      host.nextOpen.push(folder);
      await page.getByTestId('welcome-open-folder').click();
      await page.getByTestId('general-title').waitFor().catch(async (error: Error) => {
        await page.screenshot({ path: join(ROOT, 'bench-results', `typing-${name}-failed.png`) });
        throw error;
      });
      await page.getByTestId('readiness').filter({ hasNotText: 'Checking…' }).waitFor();

      // A form field on the General step: the title.
      report(name, 'form-title', await profiled(page, `${name} form-title`, () => typeInto(page, 'general-title')));

      // Opening the Definition step (its forms: lists and counts), then switching operations in the list.
      await page.waitForTimeout(1500);
      const open = await profiled(page, `${name} open-definition`, () => clickToFrame(page, '[data-testid="nav-definition"]', 0, '[data-testid="operation-row"]'));
      console.log(`${name} open-definition ms: ${open.toFixed(1)}`);
      const rows = await page.getByTestId('operation-row').count();
      const switches: number[] = [];
      await profiled(page, `${name} switch-operation`, async () => {
        for (let i = 0; i < SWITCHES; i++) {
          const index = Math.floor(((i + 1) * rows) / (SWITCHES + 1)) % rows;
          switches.push(await clickToFrame(page, '[data-testid="operation-row"]', index, 'selected'));
          if (process.env.PROFILE) {
            const size = await page.evaluate(() => document.querySelector('[data-testid="operation-editor"]')?.querySelectorAll('*').length ?? 0);
            console.log(`profile ${name} switch #${index}: ${switches[switches.length - 1].toFixed(1)} ms, ${size} elements in the editor`);
          }
          await page.waitForTimeout(200);
        }
      });
      report(name, 'switch-operation', switches);
      if (process.env.PROFILE) {
        // How big the last operation's editor is, by section (what a switch builds).
        const sizes = await page.evaluate(() =>
          ['def-sidebar', 'operation-editor', 'general-section', 'request-section', 'responses-section'].map((id) => {
            const root = document.querySelector(`[data-testid="${id}"], .${id}`);
            return `${id}=${root ? root.querySelectorAll('*').length : 0}`;
          }),
        );
        console.log(`profile ${name} switch-operation elements: ${sizes.join(' ')}`);
      }
      console.log(`${name} operations: ${rows}`);

      // Form fields of the operation editor: summary (input) and description (textarea).
      await page.waitForTimeout(1500);
      report(name, 'form-op-summary', await profiled(page, `${name} form-op-summary`, () => typeInto(page, 'op-summary')));
      await page.waitForTimeout(1500);
      report(name, 'form-op-description', await profiled(page, `${name} form-op-description`, () => typeInto(page, 'op-description')));

      // Monaco: the Swagger editor, typing inside the description on line 5.
      await page.waitForTimeout(1500);
      await page.getByTestId('definition-view-swagger').click();
      const lines = page.locator('[data-testid="code-editor"] .view-lines');
      await lines.locator('.view-line').first().waitFor();
      await lines.click();
      await page.keyboard.press('ControlOrMeta+Home');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(1500);
      const code = await profiled(page, `${name} monaco`, () => recordLatencies(page, () => page.keyboard.type(KEYS, { delay: 40 })));
      report(name, 'monaco', code);
      console.log(`${name} keys: ${code.length}`);

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
