/**
 * Catalogue 5 (CERTIFICATION.md §3 A): independent-publisher submissions carry no icon file and use the
 * brand colour #da3b01 (M:README.md, PR template, L:certification-submission). The "(Independent Publisher)"
 * suffix belongs to the pull-request title and the listing name, not to info.title: none of the 34
 * independent-publisher connectors in the corpus carries it in the swagger, and it would break the
 * 30-character title limit (catalogue 19), so it is not checked here.
 */
import { INDEPENDENT_PUBLISHER_COLOR } from '../model/kind';
import { getAt } from '../model/json-pointer';
import type { Rule } from './rule';

const COLOR_PATH = '/properties/iconBrandColor';

export const independentPublisher: Rule = {
  id: 'independent-publisher',
  catalogue: [5],
  severity: 'error',
  step: 'general',
  description: 'Independent-publisher connectors submit no icon and use the brand colour #da3b01.',
  check(ctx, report) {
    if (ctx.kind !== 'independent-publisher') return;
    if (ctx.fileNames.some((name) => name.toLowerCase() === 'icon.png')) {
      report({ message: 'Independent publishers must not submit an icon: remove icon.png.', file: 'icon.png', path: '', step: 'export' });
    }
    if (ctx.properties === undefined) return;
    const color = getAt(ctx.properties, COLOR_PATH);
    if (typeof color === 'string' && color.toLowerCase() === INDEPENDENT_PUBLISHER_COLOR) return;
    report({
      message: `The iconBrandColor of an independent-publisher connector must be "${INDEPENDENT_PUBLISHER_COLOR}".`,
      file: 'apiProperties.json',
      path: COLOR_PATH,
      fix: {
        label: `Set the brand colour to ${INDEPENDENT_PUBLISHER_COLOR}`,
        edits: [{ file: 'apiProperties.json', path: COLOR_PATH, value: INDEPENDENT_PUBLISHER_COLOR }],
      },
    });
  },
};
