/**
 * Colour helpers for the brand-colour and icon rules (catalogue 44–46). The colour science (sRGB → CIELAB,
 * CIE76 ΔE*ab) and the near-white / near-default thresholds live in the icon model, so the validator's
 * findings and the icon composer's checklist always agree.
 */
import { rgbOf } from '../../model/icon/color';
import { deltaE76 as labDeltaE76, rgbToLab } from '../../model/icon/lab';

export { NEAR_DEFAULT_DELTA_E, NEAR_WHITE_DELTA_E } from '../../model/icon/background';

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export const WHITE = '#ffffff';

export function sameColor(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** CIE76 ΔE*ab between two #rrggbb colours (0 = identical; ~2.3 = just noticeable). */
export function deltaE76(a: string, b: string): number {
  return labDeltaE76(rgbToLab(rgbOf(a)), rgbToLab(rgbOf(b)));
}
