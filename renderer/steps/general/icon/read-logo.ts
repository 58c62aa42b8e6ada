/** Reading a dropped or pasted image file in the renderer (no path needed: the bytes go to main as base64). */
import type { LogoFile } from '../../../../preload/contract';

const ACCEPTED = ['image/svg+xml', 'image/png', 'image/jpeg', 'image/webp'];
const MAX_BYTES = 20 * 1024 * 1024;

export async function logoFromFile(file: File): Promise<LogoFile> {
  const mediaType = file.type || (file.name.toLowerCase().endsWith('.svg') ? 'image/svg+xml' : '');
  if (!ACCEPTED.includes(mediaType)) throw new Error(`${file.name || 'That file'} is not an SVG, PNG, JPEG or WebP image.`);
  if (file.size > MAX_BYTES) throw new Error(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; a logo should be well under 20 MB.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name || 'pasted-logo', mediaType, base64: btoa(binary) };
}
