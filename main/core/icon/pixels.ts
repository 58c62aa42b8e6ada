/** Small scans over decoded RGBA pixels: the border colour and the logo's bounding box. */
import { toHex } from '../model/icon/color';
import type { LogoBox } from '../model/icon/spec-checks';

export interface Rgba {
  data: Buffer;
  width: number;
  height: number;
}

/** A border pixel may differ from the border's mean by this much per channel and still count as uniform. */
export const UNIFORM_TOLERANCE = 2;
/** A pixel belongs to the logo when a channel differs from the background by more than this (ignores JPEG noise). */
export const LOGO_THRESHOLD = 24;

function borderOffsets({ width, height }: Rgba): number[] {
  const offsets: number[] = [];
  for (let x = 0; x < width; x++) {
    offsets.push(x * 4);
    if (height > 1) offsets.push(((height - 1) * width + x) * 4);
  }
  for (let y = 1; y < height - 1; y++) {
    offsets.push(y * width * 4);
    if (width > 1) offsets.push((y * width + width - 1) * 4);
  }
  return offsets;
}

/** Everything fully opaque? */
export function isOpaque({ data }: Rgba): boolean {
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}

/** The 1 px border's colour when it is opaque and uniform (within UNIFORM_TOLERANCE), else null. */
export function borderColor(image: Rgba): string | null {
  const offsets = borderOffsets(image);
  const sum = [0, 0, 0];
  for (const o of offsets) {
    if (image.data[o + 3] !== 255) return null;
    for (let c = 0; c < 3; c++) sum[c] += image.data[o + c];
  }
  const mean = sum.map((s) => Math.round(s / offsets.length));
  for (const o of offsets) {
    for (let c = 0; c < 3; c++) if (Math.abs(image.data[o + c] - mean[c]) > UNIFORM_TOLERANCE) return null;
  }
  return toHex({ r: mean[0], g: mean[1], b: mean[2] });
}

/** Bounding box of pixels that differ from `background` (an RGBA of the border), or null when none do. */
export function differingBounds(image: Rgba, background: [number, number, number, number]): LogoBox | null {
  const { data, width, height } = image;
  let [minX, minY, maxX, maxY] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      let differs = false;
      for (let c = 0; c < 4 && !differs; c++) differs = Math.abs(data[o + c] - background[c]) > LOGO_THRESHOLD;
      if (!differs) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return maxX < 0 ? null : { left: minX, top: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}
