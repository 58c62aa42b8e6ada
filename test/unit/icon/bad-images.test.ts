/** Pixel bombs, truncated and fake images: each a clear IconError (or facts.error), never a crash. */
import { describe, expect, it } from 'vitest';
import { composeIcon, fixIcon, IconError, inspectIcon, logoBounds, suggestColors } from '../../../main/core/icon';
import { MAX_INPUT_BYTES } from '../../../main/core/icon/errors';
import type { IconSettings } from '../../../main/core/model/icon';
import { declaredPng, rasterLogo, solid, text } from './images';

const SETTINGS: IconSettings = { color: '#3c1d6e', size: 160, offsetX: 0, offsetY: 0, white: true };

const cases: [string, () => Promise<Uint8Array>, string, RegExp][] = [
  ['a PNG header declaring 100000×100000', async () => declaredPng(100_000, 100_000, 1), 'too-large', /too large: .*25 megapixel limit/],
  // 6000×6000 of zeros deflates to ~35 KB: small file, 36 megapixels.
  ['a tiny, highly compressed 6000×6000 PNG', async () => declaredPng(6000, 6000, 6000), 'too-large', /too large: .*25 megapixel limit/],
  ['a truncated PNG', async () => (await rasterLogo('png', 300, 300)).subarray(0, 200), 'unreadable', /damaged or truncated/],
  ['a truncated JPEG', async () => { const jpeg = await solid(400, 400, '#123456', 'jpeg'); return jpeg.subarray(0, Math.floor(jpeg.length / 2)); }, 'unreadable', /damaged or truncated/],
  ['a text file named .png', async () => text('This is not a picture.\n'), 'unsupported-format', /not a PNG, JPEG, WebP or SVG image/],
  ['an empty file', async () => new Uint8Array(0), 'empty', /file is empty/],
  ['a PNG signature and nothing else', async () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'unreadable', /damaged or truncated/],
  ['a GIF (not an accepted format)', async () => text('GIF89a\x01\x00\x01\x00'), 'unsupported-format', /not a PNG/],
  ['an SVG that is not XML', async () => text('<svg xmlns="http://www.w3.org/2000/svg"><rect</svg'), 'unreadable', /damaged or truncated/],
];

describe.each(cases)('%s', (_name, build, code, message) => {
  let bytes: Uint8Array | undefined;
  const make = async () => (bytes ??= await build());

  it('composeIcon rejects with an IconError', async () => {
    const error = await composeIcon(await make(), SETTINGS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IconError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('inspectIcon returns facts with the error instead of throwing', async () => {
    const facts = await inspectIcon(await make());
    expect(facts).toMatchObject({ width: 0, height: 0, bytes: (await make()).byteLength, opaque: false, borderColor: null });
    expect(facts.error).toMatch(message);
  });

  it('fixIcon, logoBounds and suggestColors reject with an IconError', async () => {
    const image = await make();
    await expect(fixIcon(image, '#3c1d6e')).rejects.toBeInstanceOf(IconError);
    await expect(logoBounds(image)).rejects.toBeInstanceOf(IconError);
    await expect(suggestColors(image)).rejects.toBeInstanceOf(IconError);
  });
});

it('refuses a file over the byte cap before decoding it', async () => {
  const huge = new Uint8Array(MAX_INPUT_BYTES + 1);
  huge.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await expect(composeIcon(huge, SETTINGS)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/at most 20 MB/) });
});
