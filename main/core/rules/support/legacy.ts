/**
 * Legacy marking (CERTIFICATION.md rules 26 and 30): when a previous certified version is attached and the
 * same node already broke the rule there, the finding is pre-existing — reported as a legacy warning, not a
 * new error. Nodes are matched across versions by a stable key (operationId + parameter name, not pointers,
 * which move when paths are reordered).
 */
import { listOperations, type OperationRef } from '../../model/operations';
import type { Report, RuleContext } from '../rule';

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
export function previousOperation(previousSwagger: unknown, op: OperationRef): OperationRef | undefined {
  return listOperations(previousSwagger).find((old) =>
    op.operationId !== undefined ? old.operationId === op.operationId : old.path === op.path && old.method === op.method,
  );
}
