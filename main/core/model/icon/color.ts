/**
 * Colour maths shared by the icon composer (main) and the icon step (renderer): pure, no Node APIs.
 * Colours travel as '#rrggbb' strings everywhere (apiProperties.iconBrandColor uses that form).
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** '#ABC', 'abc', '#AABBCC' -> { r, g, b }; null for anything else. */
export function parseHex(text: string): Rgb | null {
  const match = HEX.exec(text.trim());
  if (!match) return null;
  let digits = match[1];
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  const value = Number.parseInt(digits, 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

export function toHex({ r, g, b }: Rgb): string {
  const channel = (v: number) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/** The canonical '#rrggbb' (lower case) form of a colour, or null when it is not a hex colour. */
export function normaliseHex(text: string): string | null {
  const rgb = parseHex(text);
  return rgb ? toHex(rgb) : null;
}

/** Like parseHex, for callers that have already validated the colour. */
export function rgbOf(hex: string): Rgb {
  const rgb = parseHex(hex);
  if (!rgb) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return rgb;
}

/** sRGB channel (0..255) -> linear light (0..1). */
export function linearChannel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance (0 black .. 1 white). */
export function relativeLuminance(color: Rgb): number {
  return 0.2126 * linearChannel(color.r) + 0.7152 * linearChannel(color.g) + 0.0722 * linearChannel(color.b);
}

/** WCAG 2 contrast ratio, 1..21, symmetric in its arguments. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG 2.1 SC 1.4.11: graphical objects such as a logo need 3:1 against what surrounds them. */
export const GRAPHICS_CONTRAST = 3;

export interface ContrastReadout {
  /** Rounded to two decimals, e.g. 4.53. */
  ratio: number;
  /** True when the logo meets the 3:1 contrast WCAG asks of graphics. */
  readable: boolean;
  /** For the UI, e.g. "4.5:1 — readable" or "1.2:1 — the logo will be hard to see". */
  text: string;
}

/** How well a logo colour stands out from the icon background. Both colours are hex strings. */
export function contrastReadout(logoColor: string, background: string): ContrastReadout {
  const ratio = contrastRatio(rgbOf(logoColor), rgbOf(background));
  const readable = ratio >= GRAPHICS_CONTRAST;
  const shown = `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
  return {
    ratio: Math.round(ratio * 100) / 100,
    readable,
    text: readable ? `${shown} — readable` : `${shown} — the logo will be hard to see (3:1 is the minimum)`,
  };
}
