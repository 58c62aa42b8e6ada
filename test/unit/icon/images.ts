/** Test images made in the test: real sharp encodes, plus hand-built PNG bytes for headers sharp would not write. */
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

const u8 = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
export const text = (value: string) => new TextEncoder().encode(value);

/** A red 120×80 rectangle on transparency, in the given raster format (JPEG has no alpha: white behind). */
export async function rasterLogo(format: 'png' | 'jpeg' | 'webp', width = 120, height = 80): Promise<Uint8Array> {
  const image = sharp({ create: { width: width + 40, height: height + 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width, height, channels: 4, background: '#ff0000' } }, left: 20, top: 20 }]);
  const encoded = format === 'jpeg' ? image.flatten({ background: '#ffffff' }).jpeg() : format === 'webp' ? image.webp({ lossless: true }) : image.png();
  return u8(await encoded.toBuffer());
}

export const squareSvg = (fill = '#000000') =>
  text(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect x="2" y="2" width="20" height="20" fill="${fill}"/></svg>`);

/** A plain colour image of any size, as PNG/JPEG, optionally with transparency. */
export async function solid(width: number, height: number, color: string, format: 'png' | 'jpeg' = 'png', alpha = 1) {
  const image = sharp({ create: { width, height, channels: 4, background: { ...hexRgb(color), alpha } } });
  return u8(await (format === 'jpeg' ? image.jpeg() : image.png()).toBuffer());
}

function hexRgb(hex: string) {
  const v = Number.parseInt(hex.slice(1), 16);
  return { r: v >> 16, g: (v >> 8) & 255, b: v & 255 };
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

/** A greyscale PNG whose header declares width×height; `rows` of zero pixels are actually encoded. */
export function declaredPng(width: number, height: number, rows: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const idat = deflateSync(Buffer.alloc(rows * (width + 1)), { level: 9 });
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return u8(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]));
}

/** Decoded RGBA pixels of an encoded image, for pixel assertions. */
export async function pixels(bytes: Uint8Array) {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => {
    const o = (y * info.width + x) * 4;
    return [data[o], data[o + 1], data[o + 2], data[o + 3]];
  };
  return { data, width: info.width, height: info.height, channels: info.channels, at };
}
