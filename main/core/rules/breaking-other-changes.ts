/**
 * Catalogue 54 (W): other changes that break existing flows, each to be acknowledged by the submitter
 * (README "Breaking Change Detector"): an operationId renamed, an operation moved to another path or method,
 * an optional input made required, an input removed, an operation or input hidden as `internal`.
 * The safer way is versioning (L:openapi-extensions): keep the old operation, mark it `deprecated: true`
 * (and internal), and add the new one with `x-ms-api-annotation { family, revision }`.
 */
import type { Report, Rule } from './rule';
import type { OperationRef } from '../model/operations';
import { isInternal, operationInputs, operationsById, pairedOperations, type OperationPair } from './support-package/swagger-shape';

const VERSIONING =
  'Existing flows may be broken: keep the old version, mark it "deprecated": true and add the new one with x-ms-api-annotation { family, revision }.';

export const breakingOtherChanges: Rule = {
  id: 'breaking-other-changes',
  catalogue: [54],
  severity: 'warning',
  step: 'definition',
  description: 'Renamed or moved operations, inputs made required, removed or hidden.',
  check(ctx, report) {
    if (ctx.previous?.swagger === undefined || ctx.swagger === undefined) return;
    const previous = ctx.previous.swagger;
    reportRenames(operationsById(previous), operationsById(ctx.swagger), report);
    for (const pair of pairedOperations(previous, ctx.swagger)) {
      reportMoveAndVisibility(pair, report);
      reportInputChanges(previous, ctx.swagger, pair, report);
    }
  },
};

const where = (op: OperationRef) => `${op.method.toUpperCase()} ${op.path}`;

function reportRenames(before: Map<string, OperationRef>, after: Map<string, OperationRef>, report: Report): void {
  const afterByPlace = new Map([...after].map(([id, op]) => [where(op), { id, op }]));
  for (const [id, op] of before) {
    if (after.has(id)) continue;
    const renamed = afterByPlace.get(where(op));
    if (!renamed || before.has(renamed.id)) continue;
    report({
      message: `The operationId of ${where(op)} changed from '${id}' to '${renamed.id}'; flows refer to operations by id, so for them '${id}' is deleted. ${VERSIONING}`,
      file: 'apiDefinition.swagger.json',
      path: `${renamed.op.pointer}/operationId`,
    });
  }
}

function reportMoveAndVisibility({ id, before, after }: OperationPair, report: Report): void {
  if (where(before) !== where(after)) {
    report({
      message: `The operation '${id}' moved from ${where(before)} to ${where(after)}. ${VERSIONING}`,
      file: 'apiDefinition.swagger.json',
      path: after.pointer,
    });
  }
  if (isInternal(after.operation) && !isInternal(before.operation)) {
    report({
      message: `The operation '${id}' is now internal: existing flows can no longer show it. ${VERSIONING}`,
      file: 'apiDefinition.swagger.json',
      path: `${after.pointer}/x-ms-visibility`,
    });
  }
}

function reportInputChanges(previous: unknown, current: unknown, { id, before, after }: OperationPair, report: Report): void {
  const old = operationInputs(previous, before);
  const now = operationInputs(current, after);
  for (const field of now.values()) {
    const was = old.get(field.key);
    if (!was) continue;
    if (field.required && !was.required) {
      report({
        message: `The input '${field.key}' of '${id}' changed from optional to required: existing flows may not send it. ${VERSIONING}`,
        file: 'apiDefinition.swagger.json',
        path: field.pointer,
      });
    }
    if (isInternal(field.node) && !isInternal(was.node)) {
      report({
        message: `The input '${field.key}' of '${id}' is now internal: values set by existing flows are ignored. ${VERSIONING}`,
        file: 'apiDefinition.swagger.json',
        path: `${field.pointer}/x-ms-visibility`,
      });
    }
  }
  for (const field of old.values()) {
    if (now.has(field.key)) continue;
    const parent = field.parent === '' ? undefined : now.get(field.parent);
    if (field.parent !== '' && !parent) continue; // reported at the removed parent
    report({
      message: `The input '${field.key}' of '${id}' has been removed: existing flows still send it. ${VERSIONING}`,
      file: 'apiDefinition.swagger.json',
      path: parent ? `${parent.schemaPointer}/${field.step}` : `${after.pointer}/parameters`,
    });
  }
}

