import { describe, expect, it } from 'vitest';
import {
  backgroundProblems,
  certificationProblems,
  compliantColorFor,
  contrastRatio,
  parseHex,
  reviewBackground,
} from '../../../main/core/model/icon';

const codes = (hex: string) => backgroundProblems(hex).map((p) => p.code);
const hue = (hex: string) => {
  const { r, g, b } = parseHex(hex)!;
  return Math.atan2(Math.sqrt(3) * (g - b), 2 * r - g - b);
};

describe('certification problems of a background colour', () => {
  it.each([
    ['#ffffff', ['white']],
    ['#FFF', ['white']],
    ['#007ee5', ['default']],
    ['#007EE5', ['default']],
    // Near-white dodges seen in certified connectors (CERTIFICATION.md rule 45).
    ['#fefefe', ['near-white']],
    ['#fffff9', ['near-white']],
    ['#f2f2f2', ['near-white']],
    ['#eeeeee', ['near-white']],
    ['#e6e6e6', ['near-white']],
    ['#0080e6', ['near-default']],
    ['#007ee6', ['near-default']],
    ['not a colour', ['invalid']],
  ])('%s -> %j', (hex, expected) => expect(certificationProblems(hex).map((p) => p.code)).toEqual(expected));

  it.each(['#0088da', '#0071ce', '#0078d4', '#da3b01', '#000000', '#d2d2d2', '#3c1d6e'])(
    'accepts %s (blues certified connectors were accepted with, greys, the IP colour)',
    (hex) => expect(certificationProblems(hex)).toEqual([]),
  );

  it('adds low contrast with a white logo on top of the certification rules', () => {
    expect(codes('#d2d2d2')).toEqual(['low-contrast']);
    expect(codes('#ffde75')).toEqual(['low-contrast']);
    expect(codes('#eeeeee')).toEqual(['near-white', 'low-contrast']);
    expect(codes('#ffffff')).toEqual(['white']);
    expect(codes('#3c1d6e')).toEqual([]);
  });

  it('explains each problem with the measured numbers', () => {
    expect(backgroundProblems('#0080e6')[0].message).toMatch(/too close to the default #007ee5 \(ΔE 1\.1, needs 5 or more\)/);
    expect(backgroundProblems('#d2d2d2')[0].message).toMatch(/too light for a white logo \(contrast 1\.5\d:1/);
  });
});

describe('compliantColorFor', () => {
  it('returns compliant colours unchanged (normalised)', () => {
    expect(compliantColorFor('#3C1D6E')).toBe('#3c1d6e');
    expect(compliantColorFor('#da3b01')).toBe('#da3b01');
  });

  it.each(['#ffffff', '#fefefe', '#eeeeee', '#007ee5', '#0080e6', '#ffde75', '#dcfffe', '#FCDFE4', '#45A1F7', '#ffff00'])(
    'darkens %s, keeping its hue, until every check passes',
    (hex) => {
      const suggestion = compliantColorFor(hex);
      expect(backgroundProblems(suggestion)).toEqual([]);
      expect(contrastRatio(parseHex(suggestion)!, { r: 255, g: 255, b: 255 })).toBeGreaterThanOrEqual(3);
      const original = parseHex(hex)!;
      if (new Set([original.r, original.g, original.b]).size > 1) expect(Math.abs(hue(suggestion) - hue(hex))).toBeLessThan(0.05);
    },
  );

  it('turns white into the lightest grey a white logo reads on', () => {
    expect(compliantColorFor('#ffffff')).toBe('#949494');
  });

  it('reviews a colour with problems and a suggestion', () => {
    expect(reviewBackground('#FFFFFF')).toEqual({
      color: '#ffffff',
      compliant: false,
      problems: [{ code: 'white', message: 'The background must not be white (#ffffff)' }],
      suggestion: '#949494',
    });
    expect(reviewBackground('#3c1d6e')).toEqual({ color: '#3c1d6e', compliant: true, problems: [], suggestion: null });
  });
});
