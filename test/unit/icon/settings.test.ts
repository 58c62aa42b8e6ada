import { describe, expect, it } from 'vitest';
import { DEFAULT_ICON_SETTINGS, normaliseIconSettings } from '../../../main/core/model/icon';

describe('normaliseIconSettings', () => {
  it('fills defaults: default colour, 160 px, centred, white logo', () => {
    expect(normaliseIconSettings({})).toEqual({ ...DEFAULT_ICON_SETTINGS, colorValid: true });
    expect(DEFAULT_ICON_SETTINGS).toEqual({ color: '#007ee5', size: 160, offsetX: 0, offsetY: 0, white: true });
  });

  it('normalises the colour and rounds to whole pixels', () => {
    expect(normaliseIconSettings({ color: '#ABC', size: 120.6, offsetX: 3.4, offsetY: -2.6, white: false })).toEqual({
      color: '#aabbcc',
      colorValid: true,
      size: 121,
      offsetX: 3,
      offsetY: -3,
      white: false,
    });
  });

  it('keeps the logo on the 230 px canvas', () => {
    expect(normaliseIconSettings({ size: 1000, offsetX: 50 })).toMatchObject({ size: 230, offsetX: 0 });
    expect(normaliseIconSettings({ size: 2 })).toMatchObject({ size: 16 });
    expect(normaliseIconSettings({ size: 160, offsetX: 999, offsetY: -999 })).toMatchObject({ offsetX: 35, offsetY: -35 });
  });

  it('flags a colour that is not hex instead of guessing', () => {
    expect(normaliseIconSettings({ color: 'teal' })).toMatchObject({ color: '#007ee5', colorValid: false });
  });

  it('survives JSON with junk values (a hand-edited sidecar)', () => {
    const junk = JSON.parse('{"size":"big","offsetX":null,"offsetY":1e400}');
    expect(normaliseIconSettings(junk)).toMatchObject({ size: 160, offsetX: 0, offsetY: 0 });
  });
});
