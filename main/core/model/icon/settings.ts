/** The icon composer's settings: JSON-able, stored in the project sidecar next to the source logo. */
import { DEFAULT_WIZARD_COLOR } from '../kind';
import { normaliseHex } from './color';

/** Certification asks for a 230×230 icon with a ~160 px logo centred in it (CERTIFICATION.md rule 46). */
export const ICON_SIZE = 230;
export const LOGO_BOX = 160;
export const MIN_LOGO_SIZE = 16;

export interface IconSettings {
  /** Background = iconBrandColor, '#rrggbb'. */
  color: string;
  /** The logo is scaled to fit a square of this many pixels, centred. */
  size: number;
  /** Nudges in pixels from the centred position (positive = right / down). */
  offsetX: number;
  offsetY: number;
  /** Recolour the logo to white, keeping its alpha. */
  white: boolean;
}

export const DEFAULT_ICON_SETTINGS: IconSettings = {
  color: DEFAULT_WIZARD_COLOR,
  size: LOGO_BOX,
  offsetX: 0,
  offsetY: 0,
  white: true,
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const whole = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;

/**
 * Settings as read from a sidecar or a form: fills defaults, rounds to whole pixels, keeps the logo on the
 * canvas. A colour that is not hex falls back to the default with `colorValid: false`, so callers can say
 * which field is wrong instead of composing something else silently.
 */
export function normaliseIconSettings(input: Partial<IconSettings>): IconSettings & { colorValid: boolean } {
  const color = normaliseHex(String(input.color ?? DEFAULT_ICON_SETTINGS.color));
  const size = clamp(whole(input.size, LOGO_BOX), MIN_LOGO_SIZE, ICON_SIZE);
  const reach = Math.floor((ICON_SIZE - size) / 2);
  return {
    color: color ?? DEFAULT_ICON_SETTINGS.color,
    colorValid: color !== null,
    size,
    offsetX: clamp(whole(input.offsetX, 0), -reach, reach),
    offsetY: clamp(whole(input.offsetY, 0), -reach, reach),
    white: typeof input.white === 'boolean' ? input.white : DEFAULT_ICON_SETTINGS.white,
  };
}
