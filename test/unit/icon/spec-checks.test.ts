import { describe, expect, it } from 'vitest';
import { iconSpecChecks, type MeasuredIcon, type SpecCheck } from '../../../main/core/model/icon';

const good: MeasuredIcon = {
  format: 'png',
  width: 230,
  height: 230,
  bytes: 5000,
  opaque: true,
  borderColor: '#3c1d6e',
  logoBox: { left: 35, top: 35, width: 160, height: 160 },
};

const failing = (checks: SpecCheck[]) => checks.filter((c) => !c.pass).map((c) => c.id);

describe('iconSpecChecks (certified)', () => {
  it('passes a well-made icon, one row per rule', () => {
    const checks = iconSpecChecks(good, '#3C1D6E', 'certified');
    expect(checks.map((c) => c.id)).toEqual(['png-230', 'opaque', 'not-white', 'not-default', 'border-matches', 'logo-box', 'under-1mb']);
    expect(failing(checks)).toEqual([]);
    expect(checks.every((c) => c.label && c.reason)).toBe(true);
  });

  it.each<[string, Partial<MeasuredIcon>, string, string[]]>([
    ['a JPEG', { format: 'jpeg' }, '#3c1d6e', ['png-230']],
    ['the wrong size', { width: 256, height: 256 }, '#3c1d6e', ['png-230']],
    ['transparency', { opaque: false }, '#3c1d6e', ['opaque']],
    ['a white brand colour', { borderColor: '#ffffff' }, '#ffffff', ['not-white']],
    ['a near-white brand colour', { borderColor: '#fefefe' }, '#fefefe', ['not-white']],
    ['the default colour', { borderColor: '#007ee5' }, '#007ee5', ['not-default']],
    ['a near-default colour', { borderColor: '#0080e6' }, '#0080e6', ['not-default']],
    ['a border unlike the brand colour', { borderColor: '#112233' }, '#3c1d6e', ['border-matches']],
    ['a mixed border', { borderColor: null }, '#3c1d6e', ['border-matches']],
    ['a logo past the box', { logoBox: { left: 10, top: 35, width: 200, height: 160 } }, '#3c1d6e', ['logo-box']],
    ['no visible logo', { logoBox: null }, '#3c1d6e', ['logo-box']],
    ['1 MB', { bytes: 1024 * 1024 }, '#3c1d6e', ['under-1mb']],
  ])('fails %s', (_name, change, brand, expected) => {
    expect(failing(iconSpecChecks({ ...good, ...change }, brand, 'certified'))).toEqual(expected);
  });

  it('accepts a border within 2 per channel of the brand colour and a logo ~10% over 160 px', () => {
    const checks = iconSpecChecks({ ...good, borderColor: '#3e1f6c', logoBox: { left: 28, top: 40, width: 174, height: 150 } }, '#3c1d6e', 'certified');
    expect(failing(checks)).toEqual([]);
  });

  it('omits the logo row when the logo was not measured', () => {
    const { logoBox: _, ...facts } = good;
    expect(iconSpecChecks(facts, '#3c1d6e', 'certified').map((c) => c.id)).not.toContain('logo-box');
  });

  it('reports unreadable bytes as one failing row with the reason', () => {
    const checks = iconSpecChecks({ ...good, error: 'The icon file is empty' }, '#3c1d6e', 'certified');
    expect(checks).toEqual([{ id: 'png-230', label: '230×230 PNG', pass: false, reason: 'The icon file is empty' }]);
  });
});

describe('iconSpecChecks (independent publisher)', () => {
  it('passes #da3b01 with no icon', () => {
    expect(failing(iconSpecChecks(null, '#DA3B01', 'independent-publisher'))).toEqual([]);
  });

  it('fails another colour and any submitted icon', () => {
    const checks = iconSpecChecks(good, '#3c1d6e', 'independent-publisher');
    expect(failing(checks)).toEqual(['ip-color', 'ip-no-icon']);
    expect(checks[1].reason).toMatch(/must not submit an icon/);
  });
});
