/**
 * Catalogue 36 (CERTIFICATION.md §3 D): `x-ms-pageable` names the response property holding the next-page
 * link in `nextLinkName` (required by the schema). Warning: the next link usually needs an `updatenextlink`
 * policy so the platform can follow it (the schema's description of x-ms-pageable).
 */
import { isObject } from '../model/operations';
import type { Rule } from './rule';
import { operationsOf } from './support/document-index';

const FILE = 'apiDefinition.swagger.json';

export const pageable: Rule = {
  id: 'pageable',
  catalogue: [36],
  severity: 'error',
  step: 'definition',
  description: 'x-ms-pageable has a nextLinkName (and an updatenextlink policy).',
  check(ctx, report) {
    const props = isObject(ctx.properties) && isObject(ctx.properties.properties) ? ctx.properties.properties : {};
    const policies = Array.isArray(props.policyTemplateInstances) ? props.policyTemplateInstances : [];
    const hasPolicy = policies.some((p) => isObject(p) && p.templateId === 'updatenextlink');
    for (const op of operationsOf(ctx)) {
      const value = op.operation['x-ms-pageable'];
      if (value === undefined) continue;
      const path = `${op.pointer}/x-ms-pageable`;
      if (!isObject(value) || typeof value.nextLinkName !== 'string' || value.nextLinkName.trim() === '') {
        report({ message: "x-ms-pageable needs 'nextLinkName': the response property that holds the next page's link.", file: FILE, path: `${path}/nextLinkName` });
      } else if (!hasPolicy && ctx.properties !== undefined) {
        report({
          message: `'${op.operationId ?? op.path}' is pageable but apiProperties.json has no updatenextlink policy to rewrite its next link.`,
          file: FILE,
          path,
          severity: 'warning',
        });
      }
    }
  },
};
