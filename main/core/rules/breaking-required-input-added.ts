/**
 * Catalogue 50 (E): an operation kept from the previous version gained a required input — a parameter or a
 * required body property. Message of Microsoft's Change Validator (PPC#3656, PPC#2641).
 * Not breaking, so not reported: an internal input with a default (the platform sends the default).
 * An input that existed but became required is breaking-other-changes (54).
 */
import type { Rule } from './rule';
import { isInternal, operationInputs, pairedOperations, valuePath } from './support-package/swagger-shape';

export const breakingRequiredInputAdded: Rule = {
  id: 'breaking-required-input-added',
  catalogue: [50],
  severity: 'error',
  step: 'definition',
  description: 'No required input was added to an existing operation.',
  check(ctx, report) {
    if (ctx.previous?.swagger === undefined || ctx.swagger === undefined) return;
    for (const { id, before, after } of pairedOperations(ctx.previous.swagger, ctx.swagger)) {
      const old = operationInputs(ctx.previous.swagger, before);
      for (const field of operationInputs(ctx.swagger, after).values()) {
        if (!field.required || old.has(field.key)) continue;
        if (isInternal(field.node) && field.node.default !== undefined) continue;
        // A new required property inside a new parent is reported once, at the parent.
        if (field.parent !== '' && !old.has(field.parent)) continue;
        report({
          message: `The required input field has been added. Existing flows will not send this new field. ValuePath: ${valuePath(id, field.key)}`,
          file: 'apiDefinition.swagger.json',
          path: field.pointer,
        });
      }
    }
  },
};
