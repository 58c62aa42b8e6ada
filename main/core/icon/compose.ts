/** The icon composer: brand-colour square, logo scaled into the ~160 px box, centred, optionally white. */
import sharp, { type Sharp } from 'sharp';
import { rgbOf, type Rgb } from '../model/icon/color';
import { ICON_SIZE, normaliseIconSettings, type IconSettings } from '../model/icon/settings';
import { IconError, toIconError } from './errors';
import { decodeRgba } from './input';

/** Keeps alpha and sets every colour channel to 255 (TOOLCHAIN.md: the recipe that keeps anti-aliasing). */
export const toWhite = (pipeline: Sharp) => pipeline.linear([0, 0, 0, 1], [255, 255, 255, 0]);

/** Decodes a logo to RGBA fitted inside `box` px, white when asked. Exported for the benchmark and previews. */
export function renderLogo(logo: Uint8Array, box: number, white: boolean) {
  return decodeRgba(logo, 'logo', box, { shape: white ? toWhite : undefined });
}

/** Encodes a 230×230 opaque RGB PNG. */
export async function encodeIcon(raw: Buffer): Promise<Uint8Array> {
  try {
    const png = await sharp(raw, { raw: { width: ICON_SIZE, height: ICON_SIZE, channels: 3 } }).png().toBuffer();
    return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
  } catch (error) {
    throw toIconError(error, 'icon');
  }
}

/**
 * "Over" compositing of an RGBA logo onto a solid background, in JS: for 230×230 this is well under a
 * millisecond, cheaper than another sharp pipeline, and the result is opaque RGB by construction.
 */
export function paintOver(background: Rgb, logo: { data: Buffer; width: number; height: number }, left: number, top: number): Buffer {
  const out = Buffer.alloc(ICON_SIZE * ICON_SIZE * 3);
  for (let o = 0; o < out.length; o += 3) {
    out[o] = background.r;
    out[o + 1] = background.g;
    out[o + 2] = background.b;
  }
  const bg = [background.r, background.g, background.b];
  for (let y = 0; y < logo.height; y++) {
    const ty = top + y;
    if (ty < 0 || ty >= ICON_SIZE) continue;
    for (let x = 0; x < logo.width; x++) {
      const tx = left + x;
      if (tx < 0 || tx >= ICON_SIZE) continue;
      const s = (y * logo.width + x) * 4;
      const alpha = logo.data[s + 3];
      if (alpha === 0) continue;
      const d = (ty * ICON_SIZE + tx) * 3;
      for (let c = 0; c < 3; c++) out[d + c] = Math.round((logo.data[s + c] * alpha + bg[c] * (255 - alpha)) / 255);
    }
  }
  return out;
}

/** Composes the icon.png certification asks for: 230×230, opaque, background = settings.color. */
export async function composeIcon(logo: Uint8Array, settings: IconSettings): Promise<Uint8Array> {
  const valid = normaliseIconSettings(settings);
  if (!valid.colorValid) throw new IconError('invalid-settings', `"${settings.color}" is not a #rrggbb colour`);
  const rendered = await renderLogo(logo, valid.size, valid.white);
  const left = Math.round((ICON_SIZE - rendered.width) / 2) + valid.offsetX;
  const top = Math.round((ICON_SIZE - rendered.height) / 2) + valid.offsetY;
  return encodeIcon(paintOver(rgbOf(valid.color), rendered, left, top));
}
