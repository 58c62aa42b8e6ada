import { describe, expect, it } from 'vitest';
import { suggestColors } from '../../../main/core/icon';
import { rasterLogo, text } from './images';

describe('suggestColors', () => {
  it("returns the logo's dominant colours, most common first, each reviewed as a background", async () => {
    const logo = text(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">' +
        '<rect width="100" height="70" fill="#3c1d6e"/><rect y="70" width="100" height="25" fill="#ffde75"/><rect y="95" width="100" height="5" fill="#ffffff"/></svg>',
    );
    const colors = await suggestColors(logo);
    expect(colors.map((c) => c.color)).toEqual(['#3c1d6e', '#ffde75', '#ffffff']);
    expect(colors[0]).toMatchObject({ compliant: true, suggestion: null });
    expect(colors[0].share).toBeCloseTo(0.7, 1);
    expect(colors[1]).toMatchObject({ compliant: false, problems: [{ code: 'low-contrast' }] });
    expect(colors[1].suggestion).toMatch(/^#[0-9a-f]{6}$/);
    expect(colors[2].problems.map((p) => p.code)).toEqual(['white']);
  });

  it('ignores transparent pixels and merges anti-aliased shades into one colour', async () => {
    const circle = text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#e81123"/></svg>');
    const colors = await suggestColors(circle);
    expect(colors).toHaveLength(1);
    expect(colors[0]).toMatchObject({ color: '#e81123', compliant: true, share: 1 });
  });

  it('reads raster logos too', async () => {
    const colors = await suggestColors(await rasterLogo('webp'));
    expect(colors.map((c) => c.color)).toEqual(['#ff0000']);
  });

  it('limits the number of suggestions', async () => {
    const stripes = Array.from({ length: 8 }, (_, i) => `<rect x="${i * 10}" width="10" height="80" fill="hsl(${i * 45},80%,40%)"/>`).join('');
    const colors = await suggestColors(text(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80">${stripes}</svg>`), 3);
    expect(colors).toHaveLength(3);
  });
});
