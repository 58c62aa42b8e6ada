/**
 * Is a colour acceptable as the icon background / iconBrandColor, and if not, what is the nearest one that is?
 * Rule 44 (not #ffffff, not #007ee5) and rule 45 (near-white / near-default dodges) of CERTIFICATION.md §3F.
 */
import { DEFAULT_WIZARD_COLOR } from '../kind';
import { contrastRatio, GRAPHICS_CONTRAST, normaliseHex, rgbOf, toHex, type Rgb } from './color';
import { deltaE76, rgbToLab } from './lab';

const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/**
 * CIE76 thresholds, imported by the validator's rule 45 (main/core/rules/brand-color-near-default.ts), so the
 * icon checklist and the findings agree. Near white (ΔE < 10) covers the dodges seen in certified connectors:
 * #fefefe 0.4, #f2f2f2 4.5, #eeeeee 5.9, #e6e6e6 8.7, which all read as white on a small tile. Near default
 * (ΔE < 5) flags the default nudged a step or two (#0080e6 1.1) while brand blues such as #0071ce (7.0) pass.
 */
export const NEAR_WHITE_DELTA_E = 10;
export const NEAR_DEFAULT_DELTA_E = 5;

const distance = (a: Rgb, b: Rgb) => deltaE76(rgbToLab(a), rgbToLab(b));

export type BackgroundProblem = 'invalid' | 'white' | 'near-white' | 'default' | 'near-default' | 'low-contrast';

export interface BackgroundReview {
  /** The colour as '#rrggbb', or the input unchanged when it is not a hex colour. */
  color: string;
  /** True when the colour passes the certification checks and a white logo reads on it. */
  compliant: boolean;
  problems: { code: BackgroundProblem; message: string }[];
  /** The nearest compliant colour (same hue, darker) when this one is not compliant, else null. */
  suggestion: string | null;
}

/** Only the certification rules (44/45): white, near-white, #007ee5 or near it. */
export function certificationProblems(hex: string): { code: BackgroundProblem; message: string }[] {
  const color = normaliseHex(hex);
  if (!color) return [{ code: 'invalid', message: `"${hex}" is not a #rrggbb colour` }];
  const rgb = rgbOf(color);
  const defaultRgb = rgbOf(DEFAULT_WIZARD_COLOR);
  if (color === '#ffffff') return [{ code: 'white', message: 'The background must not be white (#ffffff)' }];
  if (color === DEFAULT_WIZARD_COLOR) {
    return [{ code: 'default', message: `The background must not be the wizard's default colour ${DEFAULT_WIZARD_COLOR}` }];
  }
  const problems: { code: BackgroundProblem; message: string }[] = [];
  const fromWhite = distance(rgb, WHITE);
  if (fromWhite < NEAR_WHITE_DELTA_E) {
    problems.push({
      code: 'near-white',
      message: `${color} is near-white (ΔE ${fromWhite.toFixed(1)} from #ffffff, needs ${NEAR_WHITE_DELTA_E} or more)`,
    });
  }
  const fromDefault = distance(rgb, defaultRgb);
  if (fromDefault < NEAR_DEFAULT_DELTA_E) {
    problems.push({
      code: 'near-default',
      message: `${color} is too close to the default ${DEFAULT_WIZARD_COLOR} (ΔE ${fromDefault.toFixed(1)}, needs ${NEAR_DEFAULT_DELTA_E} or more)`,
    });
  }
  return problems;
}

/** Certification problems plus "a white logo would be hard to see on it" (below 3:1 against white). */
export function backgroundProblems(hex: string): { code: BackgroundProblem; message: string }[] {
  const problems = certificationProblems(hex);
  const color = normaliseHex(hex);
  if (!color || problems.some((p) => p.code === 'white')) return problems;
  const ratio = contrastRatio(rgbOf(color), WHITE);
  if (ratio < GRAPHICS_CONTRAST) {
    problems.push({
      code: 'low-contrast',
      message: `${color} is too light for a white logo (contrast ${ratio.toFixed(2)}:1, needs ${GRAPHICS_CONTRAST}:1)`,
    });
  }
  return problems;
}

/** RGB -> HSL with h in degrees, s and l in 0..1. */
function toHsl({ r, g, b }: Rgb): { h: number; s: number; l: number } {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  h *= 60;
  return { h, s, l };
}

function fromHsl(h: number, s: number, l: number): Rgb {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return { r: (r + m) * 255, g: (g + m) * 255, b: (b + m) * 255 };
}

/**
 * The nearest compliant background: the same hue and saturation, darkened step by step until the
 * certification checks pass and a white logo has 3:1 contrast. Already-compliant colours come back unchanged.
 * Darkening always ends somewhere compliant: black passes every check.
 */
export function compliantColorFor(hex: string): string {
  const color = normaliseHex(hex) ?? '#000000';
  if (backgroundProblems(color).length === 0) return color;
  const { h, s, l } = toHsl(rgbOf(color));
  for (let lightness = l - 0.005; lightness > 0; lightness -= 0.005) {
    const candidate = toHex(fromHsl(h, s, lightness));
    if (backgroundProblems(candidate).length === 0) return candidate;
  }
  return '#000000';
}

export function reviewBackground(hex: string): BackgroundReview {
  const color = normaliseHex(hex) ?? hex;
  const problems = backgroundProblems(hex);
  const compliant = problems.length === 0;
  return { color, compliant, problems, suggestion: compliant || !normaliseHex(hex) ? null : compliantColorFor(color) };
}
