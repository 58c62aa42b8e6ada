import { describe, expect, it } from 'vitest';
import { brandColor, ICON_COLOR_MESSAGE } from '../../../main/core/rules/brand-color';
import type { RuleContext } from '../../../main/core/rules/rule';
import { apiKeyProperties, findings, summary } from './support-package/fixtures';

const PATH = '/properties/iconBrandColor';

const rows: [string, string, RuleContext['kind'], string[]][] = [
  ['a brand colour', '#fc9206', 'certified', []],
  ['upper-case hex', '#3C1D6E', 'certified', []],
  ['white', '#ffffff', 'certified', [`error ${PATH}`]],
  ['white in capitals', '#FFFFFF', 'certified', [`error ${PATH}`]],
  ['the wizard default', '#007ee5', 'certified', [`error ${PATH}`]],
  ['the default on a custom (uncertified) connector', '#007ee5', 'custom', [`warning ${PATH}`]],
  ['not a hex colour', 'orange', 'certified', [`error ${PATH}`]],
  ['three-digit hex', '#fff', 'certified', [`error ${PATH}`]],
  ['independent publisher colour', '#da3b01', 'independent-publisher', []],
];

describe('brand-color (44)', () => {
  it.each(rows)('%s (%s, %s)', (_name, color, kind, expected) => {
    const p = apiKeyProperties();
    p.properties.iconBrandColor = color;
    expect(summary(brandColor, { properties: p, kind })).toEqual(expected);
  });

  it("uses Microsoft's reviewer wording", () => {
    const p = apiKeyProperties();
    p.properties.iconBrandColor = '#007ee5';
    expect(findings(brandColor, { properties: p })[0].message).toBe(ICON_COLOR_MESSAGE);
  });

  it('suggests the measured icon background, or #da3b01 for an independent publisher', () => {
    const p = apiKeyProperties();
    p.properties.iconBrandColor = '#ffffff';
    const icon = { format: 'png', width: 230, height: 230, bytes: 4000, opaque: true, borderColor: '#3C1D6E' };
    expect(findings(brandColor, { properties: p, icon })[0].fix?.edits[0].value).toBe('#3c1d6e');
    expect(findings(brandColor, { properties: p, kind: 'independent-publisher' })[0].fix?.edits[0].value).toBe('#da3b01');
  });
});
