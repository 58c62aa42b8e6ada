/**
 * The logo's own dominant colours as background candidates. A 64 px thumbnail and a 4-bit-per-channel
 * histogram take a few ms, where sharp's stats().dominant is slow and quantised (TOOLCHAIN.md).
 */
import { reviewBackground, type BackgroundReview } from '../model/icon/background';
import { rgbOf, toHex } from '../model/icon/color';
import { colorDistance } from '../model/icon/lab';
import { decodeRgba } from './input';

export interface ColorSuggestion extends BackgroundReview {
  /** Share of the logo's visible pixels, 0..1. */
  share: number;
}

const THUMBNAIL = 64;
/** Colours closer than this (CIEDE2000) are one colour: anti-aliased edges and JPEG noise, not a new hue. */
const MERGE_DELTA_E = 8;
const MIN_SHARE = 0.02;

interface Bin {
  count: number;
  r: number;
  g: number;
  b: number;
}

function histogram(data: Buffer): { bins: Bin[]; visible: number } {
  const bins = new Map<number, Bin>();
  let visible = 0;
  for (let o = 0; o < data.length; o += 4) {
    // Half-transparent edge pixels are a blend with whatever is behind: not the logo's colour.
    if (data[o + 3] < 192) continue;
    visible++;
    const key = ((data[o] >> 4) << 8) | ((data[o + 1] >> 4) << 4) | (data[o + 2] >> 4);
    const bin = bins.get(key) ?? { count: 0, r: 0, g: 0, b: 0 };
    bin.count++;
    bin.r += data[o];
    bin.g += data[o + 1];
    bin.b += data[o + 2];
    bins.set(key, bin);
  }
  return { bins: [...bins.values()].sort((a, b) => b.count - a.count), visible };
}

/** Up to `limit` dominant colours, most common first, each reviewed as an icon background. */
export async function suggestColors(logo: Uint8Array, limit = 5): Promise<ColorSuggestion[]> {
    // Nearest-neighbour keeps real logo colours: a smoothing kernel invents blends where two colours meet.
  const { data } = await decodeRgba(logo, 'logo', THUMBNAIL, { kernel: 'nearest' });
  const { bins, visible } = histogram(data);
  const merged: { hex: string; count: number }[] = [];
  for (const bin of bins) {
    const hex = toHex({ r: bin.r / bin.count, g: bin.g / bin.count, b: bin.b / bin.count });
    const near = merged.find((m) => colorDistance(rgbOf(m.hex), rgbOf(hex)) < MERGE_DELTA_E);
    if (near) near.count += bin.count;
    else merged.push({ hex, count: bin.count });
  }
  return merged
    .filter((m) => m.count / visible >= MIN_SHARE)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((m) => ({ ...reviewBackground(m.hex), share: Math.round((m.count / visible) * 1000) / 1000 }));
}
