/**
 * Legacy marking (CERTIFICATION.md rules 26 and 30): when a previous certified version is attached and the
 * same node already broke the rule there, the finding is pre-existing — reported as a legacy warning, not a
 * new error. Nodes are matched across versions by a stable key (operationId + parameter name, not pointers,
 * which move when paths are reordered).
 */
import { listOperations, type OperationRef } from '../../model/operations';
import type { Report, RuleContext } from '../rule';
import { shared } from './document-index';

export const PRE_EXISTING = ' This was already the case in the previously certified version (pre-existing, legacy).';

/** Reports `finding` as an error, or as a legacy warning when `existedBefore` says the previous version had it too. */
export function reportNewOrLegacy(
  ctx: RuleContext,
  report: Report,
  finding: Parameters<Report>[0],
  existedBefore: (previousSwagger: unknown) => boolean,
): void {
  if (ctx.previous !== undefined && existedBefore(ctx.previous.swagger)) {
    report({ ...finding, message: finding.message + PRE_EXISTING, severity: 'warning', legacy: true });
  } else {
    report(finding);
  }
}

/** The operation of the previous version matching `op`: same operationId, else same path and method. */
export function previousOperation(ctx: RuleContext, previousSwagger: unknown, op: OperationRef): OperationRef | undefined {
  const lookup = shared(ctx, operationLookup, previousSwagger);
  return op.operationId !== undefined ? lookup.byId.get(op.operationId) : lookup.byPlace.get(`${op.method} ${op.path}`);
}

/** The operations of a document by operationId and by "method path", the first one of each winning. */
function operationLookup(swagger: unknown): { byId: Map<string, OperationRef>; byPlace: Map<string, OperationRef> } {
  const byId = new Map<string, OperationRef>();
  const byPlace = new Map<string, OperationRef>();
  for (const op of listOperations(swagger)) {
    if (op.operationId !== undefined && !byId.has(op.operationId)) byId.set(op.operationId, op);
    const place = `${op.method} ${op.path}`;
    if (!byPlace.has(place)) byPlace.set(place, op);
  }
  return { byId, byPlace };
}
