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

/** Draws the icon at `scale` x 230 px: brand colour, then the logo fitted into `size`, nudged, optionally white. */
export function drawIcon(canvas: HTMLCanvasElement, logo: HTMLImageElement | null, settings: IconSettings, scale = 1): void {
  const size = Math.round(ICON_SIZE * scale);
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = settings.color;
  context.fillRect(0, 0, size, size);
  if (!logo) return;
  const natural = { width: logo.naturalWidth || logo.width || 1, height: logo.naturalHeight || logo.height || 1 };
  const fit = Math.min(settings.size / natural.width, settings.size / natural.height) * scale;
  const width = natural.width * fit;
  const height = natural.height * fit;
  const left = (size - width) / 2 + settings.offsetX * scale;
  const top = (size - height) / 2 + settings.offsetY * scale;
  if (!settings.white) {
    context.drawImage(logo, left, top, width, height);
    return;
  }
  // White logo keeping its alpha: paint the logo on a scratch canvas, then fill white only where it is.
  const scratch = document.createElement('canvas');
  scratch.width = size;
  scratch.height = size;
  const ink = scratch.getContext('2d')!;
  ink.drawImage(logo, left, top, width, height);
  ink.globalCompositeOperation = 'source-in';
  ink.fillStyle = '#ffffff';
  ink.fillRect(0, 0, size, size);
  context.drawImage(scratch, 0, 0);
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
