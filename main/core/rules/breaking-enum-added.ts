/**
 * Catalogue 53 (W): an input of an existing operation gained a list of enum values. Message of Microsoft's
 * Change Validator (PPC#619).
 */
import type { Rule } from './rule';
import { operationInputs, pairedOperations, valuePath } from './support-package/swagger-shape';

export const breakingEnumAdded: Rule = {
  id: 'breaking-enum-added',
  catalogue: [53],
  severity: 'warning',
  step: 'definition',
  description: 'No enum list was added to an existing input.',
  check(ctx, report) {
    if (ctx.previous?.swagger === undefined || ctx.swagger === undefined) return;
    for (const { id, before, after } of pairedOperations(ctx.previous.swagger, ctx.swagger)) {
      const old = operationInputs(ctx.previous.swagger, before);
      for (const field of operationInputs(ctx.swagger, after).values()) {
        const was = old.get(field.key);
        if (!was || !Array.isArray(field.node.enum) || Array.isArray(was.node.enum)) continue;
        report({
          message: `The list of enum values has been added to the input field. Existing flows may use values outside of this list. ValuePath: ${valuePath(id, field.key)}`,
          file: 'apiDefinition.swagger.json',
          path: `${field.pointer}/enum`,
        });
      }
    }
  },
};
