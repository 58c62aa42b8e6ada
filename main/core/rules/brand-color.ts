/**
 * Catalogue 44 (E): `iconBrandColor` is a `#RRGGBB` colour, not white (#ffffff) and not the wizard's default
 * (#007ee5) — PR template of M:.github/pull_request_template.md; reviewer wording from PPC#3394.
 * Custom (non-certified) connectors get a warning: the default colour only matters once they are submitted.
 */
import type { Rule } from './rule';
import { DEFAULT_WIZARD_COLOR, INDEPENDENT_PUBLISHER_COLOR } from '../model/kind';
import { propertiesOf } from './support-package/api-properties';
import { HEX_COLOR, WHITE, sameColor } from './support-package/color';

export const ICON_COLOR_MESSAGE =
  'Icon color must contain a non-transparent, non-white color (#ffffff) background and not-default color (#007ee5) that matches your specified icon background color';

const PATH = '/properties/iconBrandColor';

export const brandColor: Rule = {
  id: 'brand-color',
  catalogue: [44],
  severity: 'error',
  step: 'general',
  description: 'iconBrandColor is #RRGGBB, not white and not the default #007ee5.',
  check(ctx, report) {
    const color = propertiesOf(ctx.properties)?.iconBrandColor;
    if (typeof color !== 'string') return; // missing: the schema rule (38) reports it
    const severity = ctx.kind === 'custom' ? 'warning' : 'error';
    const fix = suggestion(ctx.kind, ctx.icon?.borderColor ?? null);
    if (!HEX_COLOR.test(color)) {
      report({ severity, message: `iconBrandColor must be a hex colour like #1f6fb2 (found '${color}').`, file: 'apiProperties.json', path: PATH, fix });
    } else if (sameColor(color, WHITE) || sameColor(color, DEFAULT_WIZARD_COLOR)) {
      report({ severity, message: ICON_COLOR_MESSAGE, file: 'apiProperties.json', path: PATH, fix });
    }
  },
};

/** A mechanical fix when the right colour is known: the IP colour, or the measured icon background. */
function suggestion(kind: string, iconBackground: string | null) {
  const value =
    kind === 'independent-publisher'
      ? INDEPENDENT_PUBLISHER_COLOR
      : iconBackground && HEX_COLOR.test(iconBackground) && !sameColor(iconBackground, WHITE) && !sameColor(iconBackground, DEFAULT_WIZARD_COLOR)
        ? iconBackground.toLowerCase()
        : undefined;
  if (value === undefined) return undefined;
  return { label: `Use ${value}`, edits: [{ file: 'apiProperties.json' as const, path: PATH, value }] };
}
