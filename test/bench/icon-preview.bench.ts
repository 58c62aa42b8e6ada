/**
 * Icon preview while dragging the size slider (npm run bench icon-preview), issue 6: "preview updates at display rate
 * while dragging the size slider (measured in Chromium)". The built renderer in Chromium over the real handlers, as in
 * the e2e harness: a corpus connector, the icon composer with a real SVG logo (simple-icons), then a drag of the
 * logo-size slider with real mouse events at a steady pace. In the page, a requestAnimationFrame loop samples which
 * size the canvas shows (its data-drawn-size, set after each draw) at every display frame. Reported: display frames
 * during the drag against the frame cadence (dropped frames), input-to-frame latency (pointer event to the first
 * painted frame showing that slider value) p50/p95, and the share of frames after new input that carried the fresh
 * preview. Build first (npm run build). Prints plain "name: value" lines.
 */
import { chromium, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../e2e/harness/static-server';
import { openBenchStudio } from './support/studio';

const ROOT = process.cwd();
const CORPUS = resolve(process.env.CORPUS_DIR ?? join(ROOT, '../shared/corpus/connectors'));
const CONNECTOR = 'certified-connectors__BulkSMS';
/** A detailed real logo: many path segments make each redraw do real work. */
const LOGO = resolve(ROOT, 'node_modules/simple-icons/icons/github.svg');
const STEPS = 180;
/** Pause between mouse moves: faster than the display, so every frame has fresh input to show. */
const STEP_MS = 8;
/** Latency budget beyond one frame interval, for the input dispatch and the paint itself. */
const SLACK_MS = 8;

interface Recording {
  /** t: the pointer event's time; v: the slider value; handled: time spent handling the input (React render, redraw). */
  inputs: { t: number; v: number; handled: number }[];
  frames: { start: number; presented: number; drawn: number }[];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** In the page: records each slider value with the time of the pointer event behind it, and every display frame. */
/**
 * `slider`: the test id of the range input dragged. What a frame shows is the canvas's drawn size for the composer,
 * or the slider's own value for the plain peer slider (the browser paints its thumb itself).
 */
async function startRecording(page: Page, slider: string): Promise<void> {
  await page.evaluate((sliderId) => {
    const slider = document.querySelector<HTMLInputElement>(`[data-testid="${sliderId}"]`)!;
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="icon-canvas"]')!;
    const shows = sliderId === 'icon-size' ? () => Number(canvas.dataset.drawnSize) : () => Number(slider.value);
    const w = window as unknown as { __rec: Recording & { on: boolean } };
    const rec = { inputs: [], frames: [], on: true } as Recording & { on: boolean };
    w.__rec = rec;
    let pointerAt = 0;
    let inputAt = 0;
    window.addEventListener('pointermove', (event) => (pointerAt = event.timeStamp), true);
    slider.addEventListener('input', () => (inputAt = performance.now()), true);
    // Bubbling to the window comes after React's root listener and the render it flushes.
    window.addEventListener('input', () => rec.inputs.push({ t: pointerAt, v: Number(slider.value), handled: performance.now() - inputAt }));
    const frame = () => {
      if (!rec.on) return;
      // At the start of a frame's callbacks: what this frame will paint (the composer draws in its input handling).
      const entry = { start: performance.now(), presented: 0, drawn: shows() };
      rec.frames.push(entry);
      // After the frame's rendering: close to when it reached the screen.
      setTimeout(() => (entry.presented = performance.now()), 0);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, slider);
}

/**
 * The peer, in the same page and run: a plain range input of the same size laid over the composer, with nothing
 * listening to it. Its figures are what this browser on this machine manages for a slider drag at all.
 */
async function addPeerSlider(page: Page): Promise<void> {
  const box = (await page.getByTestId('icon-size').boundingBox())!;
  await page.evaluate(({ x, y, width, height }) => {
    const peer = document.createElement('input');
    peer.type = 'range';
    peer.min = '32';
    peer.max = '230';
    peer.value = '32';
    peer.dataset.testid = 'bench-peer-slider';
    Object.assign(peer.style, { position: 'fixed', left: `${x}px`, top: `${y}px`, width: `${width}px`, height: `${height}px`, margin: '0', zIndex: '10000' });
    document.body.append(peer);
  }, box);
}

async function stopRecording(page: Page): Promise<Recording> {
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const rec = (window as unknown as { __rec: Recording & { on: boolean } }).__rec;
    rec.on = false;
    return { inputs: rec.inputs, frames: rec.frames };
  });
}

/** Presses the thumb at the track's left end and drags right in small steps at a steady pace. */
async function drag(page: Page, steps: number, onStep?: (step: number) => Promise<void>, slider = 'icon-size'): Promise<void> {
  const box = (await page.getByTestId(slider).boundingBox())!;
  const y = box.y + box.height / 2;
  const from = box.x + 4;
  const to = box.x + box.width - 4;
  await page.mouse.move(from, y);
  await page.mouse.down();
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(from + ((to - from) * step) / steps, y);
    await onStep?.(step);
    await new Promise((done) => setTimeout(done, STEP_MS));
  }
  await page.mouse.up();
}

function printProfile(profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }): void {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id)!;
    const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`profile ${key}: ${ms.toFixed(0)} ms`);
}

/** The page's frame cadence with nothing happening: dropped frames that are the machine's, not the composer's. */
async function idleCadence(page: Page, ms: number): Promise<{ dropped: number }> {
  const starts = await page.evaluate(
    (duration) =>
      new Promise<number[]>((done) => {
        const times: number[] = [];
        const end = performance.now() + duration;
        const frame = (t: number) => {
          times.push(t);
          if (t < end) requestAnimationFrame(frame);
          else done(times);
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
  const gaps = starts.slice(1).map((t, i) => t - starts[i]);
  const interval = percentile(gaps, 50);
  const expected = Math.round((starts[starts.length - 1] - starts[0]) / interval) + 1;
  return { dropped: Math.max(0, expected - starts.length) / expected };
}

function analyse({ inputs, frames }: Recording) {
  const moves = inputs.filter((input, i) => i === 0 || input.v !== inputs[i - 1].v);
  const first = moves[0].t;
  const last = moves[moves.length - 1].t;
  const during = frames.filter((f) => f.start >= first && f.start <= last + 50);
  const gaps = during.slice(1).map((f, i) => f.start - during[i].start);
  const interval = percentile(gaps, 50);
  const expected = Math.round((during[during.length - 1].start - during[0].start) / interval) + 1;
  const latencies: number[] = [];
  for (const input of moves) {
    // Values only grow during the drag, so a frame showing this value or a later one shows this input.
    const shown = frames.find((f) => f.start >= input.t && f.drawn >= input.v);
    if (shown) latencies.push(shown.presented - input.t);
  }
  let withNewInput = 0;
  let fresh = 0;
  for (const [i, f] of during.entries()) {
    const previous = i === 0 ? first : during[i - 1].start;
    const arrived = moves.filter((m) => m.t > previous && m.t <= f.start);
    if (arrived.length === 0) continue;
    withNewInput++;
    if (f.drawn >= arrived[arrived.length - 1].v) fresh++;
  }
  return {
    handledP95: percentile(inputs.map((i) => i.handled), 95),
    moves: moves.length,
    unshown: moves.length - latencies.length,
    interval,
    frames: during.length,
    expected,
    dropped: Math.max(0, expected - during.length) / expected,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    fresh: fresh / Math.max(1, withNewInput),
    withNewInput,
  };
}

async function run(): Promise<void> {
  const server = await startStaticServer(resolve(ROOT, 'dist/renderer'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  const workDir = mkdtempSync(join(tmpdir(), 'cs-bench-icon-'));
  try {
    const folder = join(workDir, CONNECTOR);
    cpSync(join(CORPUS, CONNECTOR), folder, { recursive: true });
    const logo = join(workDir, 'logo.svg');
    writeFileSync(logo, readFileSync(LOGO));
    const { page, host, handlers } = await openBenchStudio(browser, server.url, workDir);
    host.nextOpen.push(folder);
    await page.getByTestId('welcome-open-folder').click();
    await page.getByTestId('open-icon-composer').click();
    host.nextOpen.push(logo);
    await page.getByTestId('icon-pick').click();
    await page.getByTestId('icon-checks').waitFor();
    await page.locator('[data-testid="icon-canvas"][data-drawn-size]').waitFor();

    // A first drag warms up the page (JIT, image decode caches), as a user's first touch would.
    await drag(page, 40);
    await page.waitForTimeout(500);

    await startRecording(page, 'icon-size');
    // PROFILE=1 prints where the page's main thread spent the drag (a CDP CPU profile, self time per function).
    const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : undefined;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.start');
    await drag(page, STEPS);
    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
    const result = analyse(await stopRecording(page));
    const idle = await idleCadence(page, 2000);
    await addPeerSlider(page);
    await startRecording(page, 'bench-peer-slider');
    await drag(page, STEPS, undefined, 'bench-peer-slider');
    const peer = analyse(await stopRecording(page));
    await page.evaluate(() => document.querySelector('[data-testid="bench-peer-slider"]')?.remove());

    // A screenshot half-way through another drag, with the button still down.
    await page.waitForTimeout(300);
    await drag(page, 60, async (step) => {
      if (step === 30) await page.screenshot({ path: join(ROOT, 'bench-results', 'icon-preview-mid-drag.png') });
    });

    const budget = result.interval + SLACK_MS;
    const pass = result.p95 <= budget && result.dropped <= 0.05 && result.fresh >= 0.95 && result.unshown === 0;
    // On a loaded machine even the plain slider misses frames: the composer is held to what the peer achieved.
    const peerBudget = Math.max(budget, peer.p95 + SLACK_MS);
    // Fresh frames too: a move that reaches the page after a frame began shows one frame later, for the plain slider as well.
    const passVsPeer = result.p95 <= peerBudget && result.dropped <= peer.dropped + 0.05 && result.fresh >= Math.min(0.95, peer.fresh - 0.05) && result.unshown === 0;
    console.log(`icon-preview.slider_inputs: ${result.moves}`);
    console.log(`icon-preview.frame_interval_ms: ${result.interval.toFixed(1)}`);
    console.log(`icon-preview.frames_during_drag: ${result.frames}`);
    console.log(`icon-preview.display_frames_expected: ${result.expected}`);
    console.log(`icon-preview.dropped_frames: ${(result.dropped * 100).toFixed(1)}%`);
    console.log(`icon-preview.input_to_frame_p50_ms: ${result.p50.toFixed(1)}`);
    console.log(`icon-preview.input_to_frame_p95_ms: ${result.p95.toFixed(1)}`);
    console.log(`icon-preview.input_to_frame_max_ms: ${result.max.toFixed(1)}`);
    console.log(`icon-preview.inputs_never_shown: ${result.unshown}`);
    console.log(`icon-preview.input_handling_p95_ms: ${result.handledP95.toFixed(1)}`);
    console.log(`icon-preview.idle_dropped_frames: ${(idle.dropped * 100).toFixed(1)}% (no input, same page, same run: the machine's own share)`);
    console.log(`icon-preview.fresh_frames: ${(result.fresh * 100).toFixed(1)}% of ${result.withNewInput} frames after new input`);
    console.log(`icon-preview.peer_plain_slider.frame_interval_ms: ${peer.interval.toFixed(1)}`);
    console.log(`icon-preview.peer_plain_slider.dropped_frames: ${(peer.dropped * 100).toFixed(1)}%`);
    console.log(`icon-preview.peer_plain_slider.input_to_frame_p50_ms: ${peer.p50.toFixed(1)}`);
    console.log(`icon-preview.peer_plain_slider.input_to_frame_p95_ms: ${peer.p95.toFixed(1)}`);
    console.log(`icon-preview.peer_plain_slider.fresh_frames: ${(peer.fresh * 100).toFixed(1)}% of ${peer.withNewInput} frames after new input`);
    console.log(`icon-preview.p95_ratio_vs_plain_slider: ${(result.p95 / peer.p95).toFixed(2)}`);
    console.log(
      `icon-preview.goal (p95 <= frame + ${SLACK_MS} ms = ${budget.toFixed(1)} ms, dropped <= 5%, fresh >= 95%): ${pass ? 'pass' : 'FAIL'}`,
    );
    console.log(
      `icon-preview.goal_vs_plain_slider (p95 <= max(that, peer p95 + ${SLACK_MS} ms) = ${peerBudget.toFixed(1)} ms, dropped <= peer + 5 points, fresh >= min(95%, peer - 5 points)): ${passVsPeer ? 'pass' : 'FAIL'}`,
    );
    await page.close();
    await handlers.dispose();
  } finally {
    await browser.close();
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await run();
