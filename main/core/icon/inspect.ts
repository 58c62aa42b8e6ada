/** Measures an existing icon for the certification checks. Never throws for bad bytes: facts carry `error`. */
import type { IconFacts } from '../model/icon-facts';
import { rgbOf } from '../model/icon/color';
import type { LogoBox, MeasuredIcon } from '../model/icon/spec-checks';
import { IconError, toIconError } from './errors';
import { measure, openImage, sniffFormat, svgDensity } from './input';
import { borderColor, differingBounds, isOpaque, type Rgba } from './pixels';

/** Full-size RGBA of an icon (an icon is small; the pixel limit still applies). */
async function decodeIcon(bytes: Uint8Array): Promise<Rgba & { format: string }> {
  const image = openImage(bytes, 'icon');
  const size = await measure(image, 'icon');
  const density = image.format === 'svg' ? svgDensity(size, Math.max(size.width, size.height)) : undefined;
  try {
    const { data, info } = await image
      .pipeline(density)
      .toColourspace('srgb')
      .ensureAlpha()
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 4) throw new IconError('unreadable', `The icon decoded to ${info.channels} channels, expected RGBA`);
    return { data, width: info.width, height: info.height, format: image.format };
  } catch (error) {
    throw toIconError(error, 'icon');
  }
}

function factsOf(image: Rgba & { format: string }, bytes: Uint8Array): IconFacts {
  return {
    format: image.format,
    width: image.width,
    height: image.height,
    bytes: bytes.byteLength,
    opaque: isOpaque(image),
    borderColor: borderColor(image),
  };
}

function failedFacts(bytes: Uint8Array, error: unknown): IconFacts {
  return {
    format: sniffFormat(bytes) ?? 'unknown',
    width: 0,
    height: 0,
    bytes: bytes.byteLength,
    opaque: false,
    borderColor: null,
    error: toIconError(error, 'icon').message,
  };
}

/** Logo pixels = those that differ from the border colour (or the top-left pixel when the border is mixed). */
function boundsOf(image: Rgba, border: string | null): LogoBox | null {
  const { r, g, b } = border ? rgbOf(border) : { r: image.data[0], g: image.data[1], b: image.data[2] };
  return differingBounds(image, [r, g, b, border ? 255 : image.data[3]]);
}

export async function inspectIcon(bytes: Uint8Array): Promise<IconFacts> {
  try {
    return factsOf(await decodeIcon(bytes), bytes);
  } catch (error) {
    return failedFacts(bytes, error);
  }
}

/** Where the logo sits in a finished icon; null when nothing stands out from the background. Throws IconError. */
export async function logoBounds(png: Uint8Array): Promise<LogoBox | null> {
  const image = await decodeIcon(png);
  return boundsOf(image, borderColor(image));
}

/** Facts plus the logo box from one decode, ready for iconSpecChecks. Never throws for bad bytes. */
export async function measureIcon(bytes: Uint8Array): Promise<MeasuredIcon> {
  try {
    const image = await decodeIcon(bytes);
    const facts = factsOf(image, bytes);
    return { ...facts, logoBox: boundsOf(image, facts.borderColor) };
  } catch (error) {
    return failedFacts(bytes, error);
  }
}
