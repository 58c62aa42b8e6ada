/** Repairs a finished icon the way reviewers ask: 230×230, transparency flattened onto the brand colour. */
import { normaliseHex, rgbOf } from '../model/icon/color';
import { ICON_SIZE } from '../model/icon/settings';
import { encodeIcon } from './compose';
import { IconError, toIconError } from './errors';
import { measure, openImage, svgDensity } from './input';

export async function fixIcon(bytes: Uint8Array, brandColor: string): Promise<Uint8Array> {
  const color = normaliseHex(brandColor);
  if (!color) throw new IconError('invalid-settings', `"${brandColor}" is not a #rrggbb colour`);
  const background = rgbOf(color);
  const image = openImage(bytes, 'icon');
  const size = await measure(image, 'icon');
  const density = image.format === 'svg' ? svgDensity(size, ICON_SIZE) : undefined;
  try {
    // 'contain' keeps the whole picture and pads a non-square icon with the brand colour.
    const raw = await image
      .pipeline(density)
      .resize(ICON_SIZE, ICON_SIZE, { fit: 'contain', background })
      .toColourspace('srgb')
      .flatten({ background })
      .raw({ depth: 'uchar' })
      .toBuffer();
    return await encodeIcon(raw);
  } catch (error) {
    throw toIconError(error, 'icon');
  }
}
