/**
 * Catalogue 52 (E): a field of an operation's 2xx response changed its type (e.g. string -> integer,
 * object -> array). Message of Microsoft's Change Validator (PPC#3910).
 */
import type { Rule } from './rule';
import { operationOutputs, pairedOperations, valuePath } from './support-package/swagger-shape';

export const breakingOutputTypeChanged: Rule = {
  id: 'breaking-output-type-changed',
  catalogue: [52],
  severity: 'error',
  step: 'definition',
  description: 'No field of an existing operation’s response changed type.',
  check(ctx, report) {
    if (ctx.previous?.swagger === undefined || ctx.swagger === undefined) return;
    for (const { id, before, after } of pairedOperations(ctx.previous.swagger, ctx.swagger)) {
      const old = operationOutputs(ctx.previous.swagger, before);
      const now = operationOutputs(ctx.swagger, after);
      if (!old || !now) continue;
      for (const field of now.fields.values()) {
        const was = old.fields.get(field.key);
        if (!was || was.type === undefined || field.type === undefined || was.type === field.type) continue;
        const name = field.key === '' ? 'response' : `response/${field.key}`;
        report({
          message: `The type has been changed for the output field. Existing flows may be broken. ValuePath: ${valuePath(id, name)} (was '${was.type}', now '${field.type}')`,
          file: 'apiDefinition.swagger.json',
          path: field.node.type !== undefined ? `${field.pointer}/type` : field.pointer,
        });
      }
    }
  },
};
