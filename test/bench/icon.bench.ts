/**
 * Icon composer benchmark: composes every simple-icons logo from SVG with its brand colour (or the suggested
 * compliant colour), and times composeIcon against a bare sharp render + composite of the same logo, interleaved
 * in the same run so machine load affects both alike. Goal: composeIcon median within 1.5× of the bare pipeline.
 * Prints "name: value" lines.
 */
import sharp from 'sharp';
import { composeIcon, measureIcon } from '../../main/core/icon';
import { iconSpecChecks, reviewBackground } from '../../main/core/model/icon';

interface SimpleIcon {
  slug: string;
  hex: string;
  svg: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = Object.values(require('simple-icons') as Record<string, SimpleIcon>);

/** The minimum a composer must do: render the logo into 160 px, centre it on the colour, encode a PNG. */
async function bare(svg: Buffer, color: string): Promise<Buffer> {
  // simple-icons are all 24×24 user units: 480 dpi renders them at 160 px.
  const logo = await sharp(svg, { density: 480 }).resize(160, 160, { fit: 'inside' }).png().toBuffer();
  return sharp({ create: { width: 230, height: 230, channels: 3, background: color } })
    .composite([{ input: logo, gravity: 'centre' }])
    .png()
    .toBuffer();
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const composeMs: number[] = [];
  const bareMs: number[] = [];
  const measureMs: number[] = [];
  let composed = 0;
  let passed = 0;
  let suggested = 0;
  const failures: string[] = [];

  // Warm sharp/librsvg so the first icon does not carry start-up costs.
  for (const icon of icons.slice(0, 20)) {
    await bare(Buffer.from(icon.svg), `#${icon.hex}`);
    await composeIcon(new TextEncoder().encode(icon.svg), { color: '#3c1d6e', size: 160, offsetX: 0, offsetY: 0, white: true });
  }

  for (const icon of icons) {
    const review = reviewBackground(`#${icon.hex}`);
    const color = review.compliant ? review.color : review.suggestion!;
    if (!review.compliant) suggested++;
    const bytes = new TextEncoder().encode(icon.svg);

    let started = performance.now();
    await bare(Buffer.from(bytes), color);
    bareMs.push(performance.now() - started);

    started = performance.now();
    const png = await composeIcon(bytes, { color, size: 160, offsetX: 0, offsetY: 0, white: true });
    composeMs.push(performance.now() - started);
    composed++;

    started = performance.now();
    const facts = await measureIcon(png);
    measureMs.push(performance.now() - started);
    const failed = iconSpecChecks(facts, color, 'certified').filter((c) => !c.pass);
    if (failed.length === 0) passed++;
    else failures.push(`${icon.slug}: ${failed.map((c) => c.id).join(', ')}`);
  }

  const ratio = median(composeMs) / median(bareMs);
  const lines: [string, string | number][] = [
    ['icon.simple-icons', icons.length],
    ['icon.composed', composed],
    ['icon.passed-checks', passed],
    ['icon.needed-suggested-colour', suggested],
    ['icon.compose-median-ms', median(composeMs).toFixed(2)],
    ['icon.bare-sharp-median-ms', median(bareMs).toFixed(2)],
    ['icon.compose-vs-bare', `${ratio.toFixed(2)}x (goal <= 1.5x)`],
    ['icon.measure-and-check-median-ms', median(measureMs).toFixed(2)],
  ];
  for (const [name, value] of lines) console.log(`${name}: ${value}`);
  for (const failure of failures.slice(0, 10)) console.log(`icon.failure: ${failure}`);
  if (failures.length > 0 || composed !== icons.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
