/**
 * Catalogue 46 (E): icon.png is a PNG, square, 100–230 px (reviewers ask for 230×230, PPC#3473), under 1 MB,
 * without transparency, on a background that is not white and equals `iconBrandColor` (L:certification-submission
 * "Design an icon", PPC#3394). The icon arrives measured as ctx.icon (borderColor = the uniform 1 px border).
 */
import type { Report, Rule } from './rule';
import type { IconFacts } from '../model/icon-facts';
import { propertiesOf } from './support-package/api-properties';
import { HEX_COLOR, WHITE, sameColor } from './support-package/color';
import { ICON_COLOR_MESSAGE } from './brand-color';
import { DEFAULT_WIZARD_COLOR } from '../model/kind';

const MIN_SIZE = 100;
const MAX_SIZE = 230;
const MAX_BYTES = 1024 * 1024;

export const iconFormat: Rule = {
  id: 'icon-format',
  catalogue: [46],
  severity: 'error',
  step: 'general',
  description: 'icon.png: PNG, square 100–230 px, < 1 MB, opaque, background = iconBrandColor.',
  check(ctx, report) {
    const icon = ctx.icon;
    if (!icon) return;
    const at = (message: string, severity?: 'warning') => report({ message, file: 'icon.png', path: '', severity });
    if (icon.error) return at(`icon.png is not a readable image: ${icon.error}`);
    if (icon.format.toLowerCase() !== 'png') at(`The icon must be a PNG file (found ${icon.format}).`);
    checkSize(icon, at);
    if (icon.bytes >= MAX_BYTES) at(`The icon must be smaller than 1 MB (found ${(icon.bytes / MAX_BYTES).toFixed(1)} MB).`);
    checkBackground(icon, propertiesOf(ctx.properties)?.iconBrandColor, at, report);
  },
};

function checkSize(icon: IconFacts, at: (message: string, severity?: 'warning') => void): void {
  const size = `${icon.width}×${icon.height} px`;
  if (icon.width !== icon.height) at(`The icon must be square (found ${size}).`);
  else if (icon.width < MIN_SIZE || icon.width > MAX_SIZE) at(`The icon must be between ${MIN_SIZE} and ${MAX_SIZE} px square; 230×230 is expected (found ${size}).`);
  else if (icon.width !== MAX_SIZE) at(`Reviewers expect a 230×230 px icon (found ${size}).`, 'warning');
}

function checkBackground(icon: IconFacts, brand: unknown, at: (message: string, severity?: 'warning') => void, report: Report): void {
  if (!icon.opaque) return at(ICON_COLOR_MESSAGE);
  const border = icon.borderColor;
  if (border === null) {
    return at('The icon background could not be measured (its border is not one colour): use a solid background in the brand colour.', 'warning');
  }
  if (sameColor(border, WHITE) || sameColor(border, DEFAULT_WIZARD_COLOR)) return at(ICON_COLOR_MESSAGE);
  if (typeof brand !== 'string' || !HEX_COLOR.test(brand) || sameColor(border, brand)) return;
  report({
    message: ICON_COLOR_MESSAGE,
    file: 'icon.png',
    path: '',
    fix: {
      label: `Set iconBrandColor to the icon background ${border.toLowerCase()}`,
      edits: [{ file: 'apiProperties.json', path: '/properties/iconBrandColor', value: border.toLowerCase() }],
    },
  });
}
