/**
 * The one way images enter sharp: sniffed by content (never by file name), SVG sanitised, always as a Buffer
 * (from a path an SVG can pull sibling files into the render), always with a pixel limit.
 */
import sharp, { type KernelEnum, type Sharp } from 'sharp';
import { IconError, MAX_INPUT_BYTES, MAX_INPUT_PIXELS, toIconError } from './errors';
import { sanitiseSvg } from './svg-sanitise';

export type ImageFormat = 'svg' | 'png' | 'jpeg' | 'webp';

/** Rendering stops after this long (a hostile SVG filter, say); real logos take milliseconds. */
const RENDER_TIMEOUT_SECONDS = 10;

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((value, i) => bytes[at + i] === value);

export function sniffFormat(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  // SVG is text: skip a BOM, the XML declaration, comments and a DOCTYPE, then expect <svg.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(/^\xef\xbb\xbf/, '');
  const rest = head.replace(/^(\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:"[^"]*"|'[^']*'|\[(?:"[^"]*"|'[^']*'|[^\]"'])*\]|[^>"'[])*>)*/i, '');
  return /^<(\w+:)?svg[\s>]/i.test(rest) ? 'svg' : null;
}

export interface OpenedImage {
  format: ImageFormat;
  /** The bytes sharp decodes (sanitised for SVG). */
  input: Buffer;
  /** A fresh pipeline; for SVG rendered at `density`. */
  pipeline(density?: number, limitInputPixels?: number | false): Sharp;
}

/** Checks and prepares untrusted bytes; throws IconError with a clear message. */
export function openImage(bytes: Uint8Array, what: string): OpenedImage {
  if (bytes.byteLength === 0) throw new IconError('empty', `The ${what} file is empty`);
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new IconError('too-large', `The ${what} file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; at most ${MAX_INPUT_BYTES / 1048576} MB is accepted`);
  }
  const format = sniffFormat(bytes);
  if (!format) throw new IconError('unsupported-format', `The ${what} is not a PNG, JPEG, WebP or SVG image`);
  const input = format === 'svg' ? sanitiseSvg(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    format,
    input,
    pipeline: (density, limitInputPixels = MAX_INPUT_PIXELS) =>
      sharp(input, { limitInputPixels, ...(format === 'svg' ? { density } : { autoOrient: true }) }).timeout({
        seconds: RENDER_TIMEOUT_SECONDS,
      }),
  };
}

/** Width and height as sharp reads them (for SVG: at 72 dpi), refusing anything over the pixel limit. */
export async function measure(image: OpenedImage, what: string): Promise<{ width: number; height: number; hasAlpha: boolean }> {
  try {
    // An SVG's size at 72 dpi says nothing about the pixels it will be rendered at (the density is chosen
    // from it), so only its render is held to the pixel limit. Raster headers are checked here, before decoding.
    const { width, height, hasAlpha } = await image.pipeline(undefined, image.format === 'svg' ? false : MAX_INPUT_PIXELS).metadata();
    if (!width || !height) throw new IconError('unreadable', `The ${what} has no width or height`);
    if (image.format !== 'svg' && width * height > MAX_INPUT_PIXELS) {
      throw new IconError('too-large', `The ${what} is ${width}×${height} px, over the ${MAX_INPUT_PIXELS / 1e6} megapixel limit`);
    }
    return { width, height, hasAlpha: Boolean(hasAlpha) || image.format === 'svg' };
  } catch (error) {
    throw toIconError(error, what);
  }
}

/**
 * Density that renders an SVG with its longer side at `target` px, so the vector is rasterised at the size
 * it is shown instead of being scaled as pixels. Clamped to sharp's accepted range.
 */
export function svgDensity(intrinsic: { width: number; height: number }, target: number): number {
  const density = (72 * target) / Math.max(intrinsic.width, intrinsic.height);
  return Math.min(100_000, Math.max(1, density));
}

/**
 * Decodes a logo to 8-bit RGBA fitted inside `box` px, after trimming its transparent margins so "the logo is
 * 160 px" means the drawing, not its canvas. Opaque pixels are never trimmed: a logo's own coloured badge stays.
 * Bounds are found by a JS scan of the alpha channel: sharp's trim() costs ~70 ms here against ~1 ms.
 */
export async function decodeRgba(
  bytes: Uint8Array,
  what: string,
  box: number,
  options: { shape?: (pipeline: Sharp) => Sharp; kernel?: keyof KernelEnum } = {},
): Promise<{ data: Buffer; width: number; height: number; format: ImageFormat }> {
  const image = openImage(bytes, what);
  const size = await measure(image, what);
  try {
    const trimmed = image.format === 'svg' ? await renderSvgDrawing(image, size, box, what) : await decodeRaster(image, size, box, what);
    let pipeline = sharp(trimmed.data, { raw: { width: trimmed.width, height: trimmed.height, channels: 4 } });
    if (trimmed.width > box || trimmed.height > box) {
      pipeline = pipeline.resize(box, box, { fit: 'inside', kernel: options.kernel ?? 'lanczos3' });
    }
    if (options.shape) pipeline = options.shape(pipeline);
    return { ...(await toRgba(pipeline, what)), format: image.format };
  } catch (error) {
    throw toIconError(error, what);
  }
}

type Rgba = { data: Buffer; width: number; height: number };

/**
 * Renders an SVG so that its drawing (not its canvas) is `box` px on the longer side: a first render finds
 * where the drawing sits, a second renders at the density that makes it exactly `box` px. Rasterising at the
 * final size is what keeps vector edges crisp; a resize after rendering would soften them.
 */
async function renderSvgDrawing(image: OpenedImage, size: { width: number; height: number }, box: number, what: string): Promise<Rgba> {
  const first = await toRgba(image.pipeline(svgDensity(size, box)), what);
  const bounds = opaqueBounds(first);
  if (!bounds || (bounds.width === first.width && bounds.height === first.height)) return first;
  // +1: a drawing of exactly `box` px whose edges fall between pixels covers box + 1 pixels.
  const scale = box / (Math.max(...drawingExtent(first, bounds)) + 1);
  const second = await toRgba(image.pipeline(svgDensity(size, Math.max(first.width, first.height) * scale)), what);
  return crop(second, opaqueBounds(second));
}

/**
 * The drawing's width and height to a fraction of a pixel: the edge rows and columns are only partly
 * covered, and their strongest alpha says by how much (exact for straight edges, close for curves).
 */
function drawingExtent(image: Rgba, bounds: { left: number; top: number; width: number; height: number }): [number, number] {
  const alphaAt = (x: number, y: number) => image.data[(y * image.width + x) * 4 + 3];
  const right = bounds.left + bounds.width - 1;
  const bottom = bounds.top + bounds.height - 1;
  let [leftA, rightA, topA, bottomA] = [0, 0, 0, 0];
  for (let y = bounds.top; y <= bottom; y++) {
    leftA = Math.max(leftA, alphaAt(bounds.left, y));
    rightA = Math.max(rightA, alphaAt(right, y));
  }
  for (let x = bounds.left; x <= right; x++) {
    topA = Math.max(topA, alphaAt(x, bounds.top));
    bottomA = Math.max(bottomA, alphaAt(x, bottom));
  }
  const partial = (alpha: number) => 1 - alpha / 255;
  return [
    bounds.width - (bounds.width > 1 ? partial(leftA) + partial(rightA) : 0),
    bounds.height - (bounds.height > 1 ? partial(topA) + partial(bottomA) : 0),
  ];
}

/** Rasters are fitted to twice the box first (cheap to scan), trimmed, then fitted to the box by the caller. */
async function decodeRaster(image: OpenedImage, size: { hasAlpha: boolean }, box: number, what: string): Promise<Rgba> {
  const large = await toRgba(image.pipeline().resize(box * 2, box * 2, { fit: 'inside', withoutEnlargement: true }), what);
  const fitted = size.hasAlpha ? crop(large, opaqueBounds(large)) : large;
  if (fitted.width >= box || fitted.height >= box) return fitted;
  // Small logos are enlarged to the box (lanczos3), as the settings' size asks.
  return toRgba(sharp(fitted.data, { raw: { ...fitted, channels: 4 } }).resize(box, box, { fit: 'inside' }), what);
}

function crop(image: Rgba, bounds: { left: number; top: number; width: number; height: number } | null): Rgba {
  if (!bounds || (bounds.width === image.width && bounds.height === image.height)) return image;
  const data = Buffer.alloc(bounds.width * bounds.height * 4);
  for (let y = 0; y < bounds.height; y++) {
    const from = ((bounds.top + y) * image.width + bounds.left) * 4;
    image.data.copy(data, y * bounds.width * 4, from, from + bounds.width * 4);
  }
  return { data, width: bounds.width, height: bounds.height };
}

async function toRgba(pipeline: Sharp, what: string): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await pipeline.toColourspace('srgb').ensureAlpha().raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  if (info.channels !== 4) throw new IconError('unreadable', `The ${what} decoded to ${info.channels} channels, expected RGBA`);
  return { data, width: info.width, height: info.height };
}

/** Bounding box of the pixels that are not fully transparent; null when there are none (keep the canvas). */
function opaqueBounds({ data, width, height }: { data: Buffer; width: number; height: number }) {
  let [minX, minY, maxX, maxY] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[(y * width + x) * 4 + 3] === 0) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return maxX < 0 ? null : { left: minX, top: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
}
