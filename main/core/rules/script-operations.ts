/**
 * Catalogue 43 (W): `scriptOperations` lists operationIds of the swagger (an empty list means all operations,
 * paconn README), and only makes sense with a script.csx.
 */
import type { Rule } from './rule';
import { operationsOf } from './support/document-index';
import { propertiesOf } from './support-package/api-properties';

export const scriptOperations: Rule = {
  id: 'script-operations',
  catalogue: [43],
  severity: 'warning',
  step: 'code',
  description: 'scriptOperations names existing operations and comes with a script.csx.',
  check(ctx, report) {
    const list = propertiesOf(ctx.properties)?.scriptOperations;
    if (!Array.isArray(list)) return;
    if (!ctx.fileNames.some((name) => name.toLowerCase() === 'script.csx')) {
      report({ message: "apiProperties.json lists 'scriptOperations' but the connector has no script.csx.", file: 'apiProperties.json', path: '/properties/scriptOperations' });
    }
    if (ctx.swagger === undefined) return;
    const ids = new Set(operationsOf(ctx).flatMap((op) => (op.operationId ? [op.operationId] : [])));
    list.forEach((id, index) => {
      if (typeof id === 'string' && ids.has(id)) return;
      report({
        message: `scriptOperations names '${String(id)}', which is not an operationId of the swagger.`,
        file: 'apiProperties.json',
        path: `/properties/scriptOperations/${index}`,
      });
    });
  },
};
