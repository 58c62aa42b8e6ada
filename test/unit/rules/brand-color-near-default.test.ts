import { describe, expect, it } from 'vitest';
import { brandColorNearDefault } from '../../../main/core/rules/brand-color-near-default';
import { deltaE76 } from '../../../main/core/rules/support-package/color';
import { apiKeyProperties, summary } from './support-package/fixtures';

const PATH = '/properties/iconBrandColor';

// Colours seen in certified connectors (CERTIFICATION.md rule 45) and real brand colours near the limits.
const rows: [string, string[]][] = [
  ['#fefefe', [`warning ${PATH}`]],
  ['#FEFEFE', [`warning ${PATH}`]],
  ['#fffff9', [`warning ${PATH}`]],
  ['#f2f2f2', [`warning ${PATH}`]],
  ['#eeeeee', [`warning ${PATH}`]],
  ['#0080e6', [`warning ${PATH}`]],
  ['#dcfffe', []],
  ['#d2d2d2', []],
  ['#0071ce', []],
  ['#ffffff', []], // exact white is rule 44's error
  ['#007ee5', []],
  ['#da3b01', []],
];

describe('brand-color-near-default (45)', () => {
  it.each(rows)('%s', (color, expected) => {
    const p = apiKeyProperties();
    p.properties.iconBrandColor = color;
    expect(summary(brandColorNearDefault, { properties: p })).toEqual(expected);
  });

  it('measures CIE76 distances on Lab', () => {
    expect(deltaE76('#ffffff', '#ffffff')).toBe(0);
    expect(deltaE76('#000000', '#ffffff')).toBeCloseTo(100, 1);
    expect(deltaE76('#fefefe', '#ffffff')).toBeLessThan(1);
  });
});
