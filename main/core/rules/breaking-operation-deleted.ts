/**
 * Catalogue 49 (E): an operation of the previously certified version is gone (compared by operationId).
 * Message of Microsoft's Change Validator (M:.pipelines/swagger_validation.yml; quoted in PPC#3470, PPC#4168).
 * A renamed operation is a deletion for existing flows too; breaking-other-changes (54) explains the rename.
 */
import type { Rule } from './rule';
import { operationsById, valuePath } from './support-package/swagger-shape';

export const breakingOperationDeleted: Rule = {
  id: 'breaking-operation-deleted',
  catalogue: [49],
  severity: 'error',
  step: 'definition',
  description: 'No operation of the previous version was deleted.',
  check(ctx, report) {
    if (ctx.previous?.swagger === undefined || ctx.swagger === undefined) return;
    const current = operationsById(ctx.swagger);
    for (const [id, before] of operationsById(ctx.previous.swagger)) {
      if (current.has(id)) continue;
      report({
        message: `The operation has been deleted. This change breaks existing flows. ValuePath: ${valuePath(id)}`,
        file: 'apiDefinition.swagger.json',
        // Where the operation was: the positions step falls back to the nearest existing parent.
        path: before.pointer,
      });
    }
  },
};
