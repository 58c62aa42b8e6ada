/**
 * Catalogue 51 (E): a field of an operation's 2xx response (followed through local $refs) is gone.
 * Message of Microsoft's Change Validator (PPC#3656). Dynamic schemas (x-ms-dynamic-schema/-properties) are
 * not compared; a deleted object is reported once, not once per nested field.
 */
import type { Rule } from './rule';
import { escapeSegment } from '../model/json-pointer';
import { operationOutputs, pairedOperations, valuePath } from './support-package/swagger-shape';

export const OUTPUT_DELETED = 'The output field has been deleted. Existing flows may be broken.';

export const breakingOutputDeleted: Rule = {
  id: 'breaking-output-deleted',
  catalogue: [51],
  severity: 'error',
  step: 'definition',
  description: 'No field of an existing operation’s response was deleted.',
  check(ctx, report) {
    if (ctx.previous?.swagger === undefined || ctx.swagger === undefined) return;
    for (const { id, before, after } of pairedOperations(ctx.previous.swagger, ctx.swagger)) {
      const old = operationOutputs(ctx.previous.swagger, before);
      if (!old || old.fields.size === 0) continue;
      const now = operationOutputs(ctx.swagger, after);
      if (!now || now.fields.size === 0) {
        const code = now?.code ?? old.code;
        const path = now ? `${after.pointer}/responses/${escapeSegment(code)}/schema` : `${after.pointer}/responses/${escapeSegment(old.code)}`;
        report({ message: `${OUTPUT_DELETED} ValuePath: ${valuePath(id, 'response')}`, file: 'apiDefinition.swagger.json', path });
        continue;
      }
      for (const field of old.fields.values()) {
        if (field.key === '' || now.fields.has(field.key)) continue;
        const parent = now.fields.get(field.parent);
        // A deleted parent is reported itself; a parent that changed type is rule 52's finding.
        if (!parent || parent.type !== old.fields.get(field.parent)?.type) continue;
        report({
          message: `${OUTPUT_DELETED} ValuePath: ${valuePath(id, `response/${field.key}`)}`,
          file: 'apiDefinition.swagger.json',
          path: `${parent.schemaPointer}/${field.step}`,
        });
      }
    }
  },
};
