import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  contrastReadout,
  deltaE2000,
  normaliseHex,
  parseHex,
  relativeLuminance,
  rgbToLab,
} from '../../../main/core/model/icon';

describe('hex colours', () => {
  it.each([
    ['#007ee5', '#007ee5'],
    ['#007EE5', '#007ee5'],
    ['007ee5', '#007ee5'],
    ['#fff', '#ffffff'],
    [' #Da3B01 ', '#da3b01'],
  ])('normalises %j to %s', (input, expected) => expect(normaliseHex(input)).toBe(expected));

  it.each(['', '#ff', '#fffff', '#gggggg', 'red', '#ffffffff', 'rgb(0,0,0)'])('rejects %j', (input) => {
    expect(parseHex(input)).toBeNull();
    expect(normaliseHex(input)).toBeNull();
  });

  it('parses channels', () => expect(parseHex('#102030')).toEqual({ r: 16, g: 32, b: 48 }));
});

describe('WCAG luminance and contrast', () => {
  it('spans 0..1 and 1..21', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
    expect(contrastRatio({ r: 0, g: 0, b: 0 }, { r: 255, g: 255, b: 255 })).toBeCloseTo(21, 10);
  });

  it('matches known ratios (#767676 is the lightest grey with 4.5:1 on white)', () => {
    const white = { r: 255, g: 255, b: 255 };
    expect(contrastRatio({ r: 0x76, g: 0x76, b: 0x76 }, white)).toBeCloseTo(4.54, 2);
    expect(contrastRatio(white, { r: 0x76, g: 0x76, b: 0x76 })).toBeCloseTo(4.54, 2);
  });

  it('reads out whether a logo colour is visible on a background', () => {
    expect(contrastReadout('#ffffff', '#000000')).toEqual({ ratio: 21, readable: true, text: '21.0:1 — readable' });
    const weak = contrastReadout('#ffffff', '#eeeeee');
    expect(weak.readable).toBe(false);
    expect(weak.text).toMatch(/hard to see/);
  });
});

describe('CIE Lab and CIEDE2000', () => {
  it('converts sRGB white and black to L* 100 and 0', () => {
    const white = rgbToLab({ r: 255, g: 255, b: 255 });
    expect(white.L).toBeCloseTo(100, 3);
    expect(Math.abs(white.a) + Math.abs(white.b)).toBeLessThan(0.01);
    expect(rgbToLab({ r: 0, g: 0, b: 0 }).L).toBeCloseTo(0, 6);
  });

  // Test pairs 1, 2, 3, 7 and 17 from Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula".
  it.each([
    [{ L: 50, a: 2.6772, b: -79.7751 }, { L: 50, a: 0, b: -82.7485 }, 2.0425],
    [{ L: 50, a: 3.1571, b: -77.2803 }, { L: 50, a: 0, b: -82.7485 }, 2.8615],
    [{ L: 50, a: 2.8361, b: -74.02 }, { L: 50, a: 0, b: -82.7485 }, 3.4412],
    [{ L: 50, a: 0, b: 0 }, { L: 50, a: -1, b: 2 }, 2.3669],
    [{ L: 50, a: 2.5, b: 0 }, { L: 73, a: 25, b: -18 }, 27.1492],
  ])('ΔE00(%j, %j) = %d', (first, second, expected) => {
    expect(deltaE2000(first, second)).toBeCloseTo(expected, 4);
    expect(deltaE2000(second, first)).toBeCloseTo(expected, 4);
  });
});
