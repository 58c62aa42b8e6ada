/**
 * Catalogue 45 (W): a brand colour that is almost white or almost the default #007ee5 dodges rule 44 without
 * meeting its intent (15 certified connectors use #fefefe; also #fffff9, #f2f2f2, #eeeeee).
 *
 * Distance: CIE76 ΔE*ab on CIELAB, thresholds shared with the icon composer (model/icon/background.ts); ΔE ≈ 2.3 is a just-noticeable difference.
 * - near white: ΔE < 10 — such a colour still reads as "white" on a small tile. It flags #fefefe (0.4),
 *   #f7f7f7 (2.8), #f2f2f2 (4.5), #eeeeee (5.9), #e6e6e6 (8.7) and lets light brand tints such as #dcfffe (12.1)
 *   or #d2d2d2 (15.8) through.
 * - near the default #007ee5: ΔE < 5 — saturated blues are many brands' own colour: Recorded Future's #0071ce
 *   (7.0) is a real brand colour, #0080e6 (1.2) is the default nudged by one step.
 */
import type { Rule } from './rule';
import { DEFAULT_WIZARD_COLOR } from '../model/kind';
import { propertiesOf } from './support-package/api-properties';
import { HEX_COLOR, NEAR_DEFAULT_DELTA_E, NEAR_WHITE_DELTA_E, WHITE, deltaE76, sameColor } from './support-package/color';

export const brandColorNearDefault: Rule = {
  id: 'brand-color-near-default',
  catalogue: [45],
  severity: 'warning',
  step: 'general',
  description: 'iconBrandColor is not nearly white or nearly the default #007ee5.',
  check(ctx, report) {
    const color = propertiesOf(ctx.properties)?.iconBrandColor;
    if (typeof color !== 'string' || !HEX_COLOR.test(color)) return;
    const references = [
      [WHITE, 'white (#ffffff)', NEAR_WHITE_DELTA_E],
      [DEFAULT_WIZARD_COLOR, 'the default colour (#007ee5)', NEAR_DEFAULT_DELTA_E],
    ] as const;
    for (const [reference, name, threshold] of references) {
      if (sameColor(color, reference)) continue; // exact matches are rule 44's errors
      const distance = deltaE76(color, reference);
      if (distance >= threshold) continue;
      report({
        message: `iconBrandColor ${color} is nearly ${name} (ΔE ${distance.toFixed(1)}): reviewers treat it as ${name}. Use your brand colour.`,
        file: 'apiProperties.json',
        path: '/properties/iconBrandColor',
      });
    }
  },
};
