/**
 * Colour helpers for the brand-colour and icon rules (catalogue 44–46): hex parsing and the CIE76 colour
 * difference ΔE*ab between two sRGB colours (sRGB -> linear -> XYZ (D65) -> CIELAB, Euclidean distance).
 */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export const WHITE = '#ffffff';

export function sameColor(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function toLab(hex: string): [number, number, number] {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [channel(0), channel(1), channel(2)];
  // D65 reference white.
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 ΔE*ab between two #rrggbb colours (0 = identical; ~2.3 = just noticeable). */
export function deltaE76(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
