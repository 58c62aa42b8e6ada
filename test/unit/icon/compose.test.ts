import { describe, expect, it } from 'vitest';
import { composeIcon, fixIcon, IconError, inspectIcon, logoBounds, measureIcon } from '../../../main/core/icon';
import { iconSpecChecks, type IconSettings, type LogoBox } from '../../../main/core/model/icon';
import { pixels, rasterLogo, solid, squareSvg, text } from './images';

/** Vector edges land between pixels, so a drawing fitted to N px measures N-2..N once faint edge pixels are ignored. */
function expectBox(actual: LogoBox | null, expected: LogoBox) {
  expect(actual).not.toBeNull();
  for (const key of ['left', 'top', 'width', 'height'] as const) expect(Math.abs(actual![key] - expected[key]), key).toBeLessThanOrEqual(2);
}

const settings = (change: Partial<IconSettings> = {}): IconSettings => ({
  color: '#3c1d6e',
  size: 160,
  offsetX: 0,
  offsetY: 0,
  white: true,
  ...change,
});

describe('composeIcon', () => {
  it.each(['png', 'jpeg', 'webp'] as const)('composes a %s logo into a passing 230×230 icon', async (format) => {
    const icon = await composeIcon(await rasterLogo(format), settings({ white: false }));
    const facts = await measureIcon(icon);
    expect(facts).toMatchObject({ format: 'png', width: 230, height: 230, opaque: true, borderColor: '#3c1d6e' });
    expect(iconSpecChecks(facts, '#3c1d6e', 'certified').filter((c) => !c.pass)).toEqual([]);
  });

  it('renders an SVG at the target size: crisp edges, exactly the box', async () => {
    // The square's empty margin is trimmed and it is rasterised at the size it is shown: edges stay 1 px wide.
    const icon = await composeIcon(squareSvg('#000000'), settings({ white: false }));
    const image = await pixels(icon);
    expect(image.channels).toBe(4); // ensureAlpha in the helper; the PNG itself is RGB
    expectBox(await logoBounds(icon), { left: 35, top: 35, width: 160, height: 160 });
    const soft = [];
    for (let x = 30; x < 200; x++) {
      const [r] = image.at(x, 115);
      if (r !== 0 && r !== 0x3c) soft.push(x);
    }
    expect(soft.length).toBeLessThanOrEqual(2);
  });

  it('writes an RGB PNG without an alpha channel', async () => {
    const icon = await composeIcon(squareSvg(), settings());
    const { default: sharp } = await import('sharp');
    expect((await sharp(icon).metadata()).channels).toBe(3);
  });

  it('recolours to white keeping the alpha edge', async () => {
    const icon = await composeIcon(text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#ff0000"/></svg>'), settings());
    const image = await pixels(icon);
    expect(image.at(115, 115)).toEqual([255, 255, 255, 255]);
    expect(image.at(2, 2)).toEqual([0x3c, 0x1d, 0x6e, 255]);
    // Anti-aliased edge: a blend of white and the background, never red.
    let blends = 0;
    for (let x = 30; x < 115; x++) {
      const [r, g, b] = image.at(x, 115);
      if (r > 0x3c && r < 255) {
        blends++;
        expect(r - g).toBeLessThan(40);
        expect(b).toBeGreaterThan(0x6e - 1);
      }
    }
    expect(blends).toBeGreaterThan(0);
  });

  it('honours size and offsets', async () => {
    const icon = await composeIcon(squareSvg(), settings({ size: 100, offsetX: 10, offsetY: -5 }));
    expectBox(await logoBounds(icon), { left: 75, top: 60, width: 100, height: 100 });
  });

  it('keeps an oversized nudge on the canvas', async () => {
    const icon = await composeIcon(squareSvg(), settings({ size: 200, offsetX: 500 }));
    const box = await logoBounds(icon);
    expect(box!.left + box!.width).toBeLessThanOrEqual(230);
  });

  it('renders an SVG declaring 100000×100000 px at the box size, not at 72 dpi', async () => {
    const huge = text('<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
    expectBox(await logoBounds(await composeIcon(huge, settings({ white: false }))), { left: 35, top: 35, width: 160, height: 160 });
  });

  it("keeps an opaque logo's own background (only transparent margins are trimmed)", async () => {
    // 160×120 JPEG: a red rectangle with a 20 px white margin, fitted to 160 px wide.
    const icon = await composeIcon(await rasterLogo('jpeg'), settings({ white: false }));
    expect(await logoBounds(icon)).toEqual({ left: 35, top: 55, width: 160, height: 120 });
    expect((await pixels(icon)).at(37, 115)).toEqual([255, 255, 255, 255]);
  });

  it('refuses a colour that is not #rrggbb', async () => {
    await expect(composeIcon(squareSvg(), settings({ color: 'blue' }))).rejects.toMatchObject({ code: 'invalid-settings' });
  });
});

describe('inspectIcon / logoBounds', () => {
  it('measures format, size, opacity and a uniform border', async () => {
    const facts = await inspectIcon(await solid(230, 230, '#112233'));
    expect(facts).toEqual({ format: 'png', width: 230, height: 230, bytes: expect.any(Number), opaque: true, borderColor: '#112233' });
  });

  it('reports transparency and a border that is not one colour', async () => {
    expect(await inspectIcon(await solid(100, 100, '#112233', 'png', 0.5))).toMatchObject({ opaque: false, borderColor: null });
    const circle = text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5"/></svg>');
    const logo = await composeIcon(circle, settings({ size: 230 }));
    expect((await inspectIcon(logo)).borderColor).toBeNull();
  });

  it('reads JPEG noise in the border as uniform when it stays within 2 levels', async () => {
    const facts = await inspectIcon(await solid(230, 230, '#3c1d6e', 'jpeg'));
    expect(facts.format).toBe('jpeg');
    expect(facts.borderColor).not.toBeNull();
  });

  it('finds no logo on a plain square', async () => {
    expect(await logoBounds(await solid(230, 230, '#112233'))).toBeNull();
  });
});

describe('fixIcon', () => {
  it('resizes to 230×230 and flattens transparency onto the brand colour', async () => {
    const fixed = await fixIcon(await solid(512, 300, '#00ff00', 'png', 0), '#3C1D6E');
    const facts = await measureIcon(fixed);
    expect(facts).toMatchObject({ format: 'png', width: 230, height: 230, opaque: true, borderColor: '#3c1d6e', logoBox: null });
  });

  it('keeps the whole picture and pads a non-square icon with the brand colour', async () => {
    const fixed = await fixIcon(await rasterLogo('png', 400, 200), '#3c1d6e');
    const facts = await measureIcon(fixed);
    // Placement is the composer's job: fixIcon only repairs size and transparency.
    expect(iconSpecChecks(facts, '#3c1d6e', 'certified').filter((c) => !c.pass).map((c) => c.id)).toEqual(['logo-box']);
    expect(facts.logoBox).toEqual({ left: 10, top: 62, width: 210, height: 105 });
  });

  it('refuses a bad colour and bad bytes with IconError', async () => {
    await expect(fixIcon(await solid(10, 10, '#000000'), '#12')).rejects.toBeInstanceOf(IconError);
    await expect(fixIcon(text('hello'), '#123456')).rejects.toMatchObject({ code: 'unsupported-format' });
  });
});
