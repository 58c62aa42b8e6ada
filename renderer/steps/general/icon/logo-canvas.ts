/**
 * The live preview, drawn on a canvas so it follows the size slider at display rate. The saved icon.png is always
 * sharp's rendering in main; this only has to look the same.
 */
import type { IconSettings } from '../../../../main/core/model/icon';
import { ICON_SIZE } from '../../../../main/core/model/icon';

export function loadLogoImage(mediaType: string, base64: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The logo cannot be shown in the preview.'));
    image.src = `data:${mediaType};base64,${base64}`;
  });
}

/**
 * The logo rasterised once per logo, ink and canvas size, at the largest size the preview draws it: a redraw while
 * the size slider moves only scales this bitmap, where drawing the image itself would render an SVG from scratch.
 */
const rasters = new WeakMap<HTMLImageElement, Map<string, HTMLCanvasElement>>();

function logoRaster(logo: HTMLImageElement, box: number, white: boolean): HTMLCanvasElement {
  const byKey = rasters.get(logo) ?? new Map<string, HTMLCanvasElement>();
  rasters.set(logo, byKey);
  const key = `${box} ${white}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const natural = naturalSize(logo);
  const fit = Math.min(box / natural.width, box / natural.height);
  const raster = document.createElement('canvas');
  raster.width = Math.max(1, Math.round(natural.width * fit));
  raster.height = Math.max(1, Math.round(natural.height * fit));
  const ink = raster.getContext('2d')!;
  ink.drawImage(logo, 0, 0, raster.width, raster.height);
  if (white) {
    // White logo keeping its alpha: fill white only where the logo is.
    ink.globalCompositeOperation = 'source-in';
    ink.fillStyle = '#ffffff';
    ink.fillRect(0, 0, raster.width, raster.height);
  }
  byKey.set(key, raster);
  return raster;
}

function naturalSize(logo: HTMLImageElement): { width: number; height: number } {
  return { width: logo.naturalWidth || logo.width || 1, height: logo.naturalHeight || logo.height || 1 };
}

/** Draws the icon at `scale` x 230 px: brand colour, then the logo fitted into `size`, nudged, optionally white. */
export function drawIcon(canvas: HTMLCanvasElement, logo: HTMLImageElement | null, settings: IconSettings, scale = 1): void {
  const size = Math.round(ICON_SIZE * scale);
  // Assigning the size clears and reallocates the canvas: only when it changes.
  if (canvas.width !== size) canvas.width = size;
  if (canvas.height !== size) canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = settings.color;
  context.fillRect(0, 0, size, size);
  if (!logo) return;
  const natural = naturalSize(logo);
  const fit = Math.min(settings.size / natural.width, settings.size / natural.height) * scale;
  const width = natural.width * fit;
  const height = natural.height * fit;
  const left = (size - width) / 2 + settings.offsetX * scale;
  const top = (size - height) / 2 + settings.offsetY * scale;
  context.imageSmoothingQuality = 'high';
  context.drawImage(logoRaster(logo, Math.max(size, Math.ceil(Math.max(width, height))), settings.white), left, top, width, height);
}

/**
 * Draws the small previews, each at its display size (its data-size, in CSS px) in device pixels. Each scales its own
 * small raster of the logo: downscaling the big preview into them at every slider move costs several times more. The
 * size comes from the attribute, not from layout: reading clientWidth right after React's update would force a reflow.
 */
export function drawSmallIcons(canvases: Iterable<HTMLCanvasElement>, logo: HTMLImageElement | null, settings: IconSettings): void {
  const ratio = window.devicePixelRatio || 1;
  for (const canvas of canvases) drawIcon(canvas, logo, settings, (Number(canvas.dataset.size) * ratio || ICON_SIZE) / ICON_SIZE);
}

/** The colour under a point of the logo (the eyedropper), as #rrggbb, or null on a transparent pixel. */
export function colorAt(logo: HTMLImageElement, x: number, y: number, box: number): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = box;
  canvas.height = box;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const natural = { width: logo.naturalWidth || 1, height: logo.naturalHeight || 1 };
  const fit = Math.min(box / natural.width, box / natural.height);
  context.drawImage(logo, (box - natural.width * fit) / 2, (box - natural.height * fit) / 2, natural.width * fit, natural.height * fit);
  const [r, g, b, a] = context.getImageData(Math.floor(x), Math.floor(y), 1, 1).data;
  if (a < 128) return null;
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}
