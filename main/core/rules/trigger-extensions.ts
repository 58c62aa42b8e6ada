/**
 * Catalogue 34 (CERTIFICATION.md §3 D): `x-ms-trigger` is "batch" or "single"; a webhook trigger has a
 * parameter or body property with `x-ms-notification-url: true`, and `x-ms-notification-content`, where
 * used, describes the callback with a schema (Learn "Use a webhook trigger",
 * M:certified-connectors/Calendly); a polling trigger has `x-ms-trigger-metadata {kind: query, mode:
 * polling}` or a `pollingtrigger` policy in apiProperties.json.
 * Webhook triggers with "responses": {} are accepted (CERTIFICATION.md, accepted patterns).
 */
import { toPointer } from '../model/json-pointer';
import { isObject, type OperationRef } from '../model/operations';
import type { Report, Rule, RuleContext } from './rule';
import { operationsOf } from './support/document-index';
import { containsKeyValue } from './support/refs';

const FILE = 'apiDefinition.swagger.json';

export const triggerExtensions: Rule = {
  id: 'trigger-extensions',
  catalogue: [34],
  severity: 'error',
  step: 'definition',
  description: 'Triggers are batch or single; webhooks declare their notification URL; polling triggers declare how they poll.',
  check(ctx, report) {
    checkNotificationContent(ctx.swagger, report);
    for (const op of operationsOf(ctx)) {
      if (!op.isTrigger) continue;
      const kind = op.operation['x-ms-trigger'];
      if (kind !== 'batch' && kind !== 'single') {
        const path = `${op.pointer}/x-ms-trigger`;
        const lower = typeof kind === 'string' ? kind.trim().toLowerCase() : '';
        report({
          message: `The x-ms-trigger value '${String(kind)}' is not valid: use "batch" or "single".`,
          file: FILE,
          path,
          fix: lower === 'batch' || lower === 'single' ? { label: `Write it "${lower}"`, edits: [{ file: FILE, path, value: lower }] } : undefined,
        });
      }
      const metadata = op.operation['x-ms-trigger-metadata'];
      if (metadata !== undefined) {
        checkMetadata(metadata, `${op.pointer}/x-ms-trigger-metadata`, report);
      } else if (op.method === 'get') {
        if (!hasPollingPolicy(ctx, op)) {
          report({
            message: 'This polling trigger needs x-ms-trigger-metadata {"kind": "query", "mode": "polling"} or a pollingtrigger policy.',
            file: FILE,
            path: `${op.pointer}/x-ms-trigger-metadata`,
          });
        }
      } else if (!containsKeyValue(ctx.swagger, op.operation.parameters, 'x-ms-notification-url', true)) {
        report({
          message: 'This webhook trigger needs a parameter or body property marked "x-ms-notification-url": true (the callback URL the service calls).',
          file: FILE,
          path: `${op.pointer}/parameters`,
        });
      }
    }
  },
};

function checkMetadata(metadata: unknown, path: string, report: Report): void {
  const ok = isObject(metadata) && metadata.kind === 'query' && metadata.mode === 'polling';
  if (ok) return;
  report({
    message: 'x-ms-trigger-metadata must be {"kind": "query", "mode": "polling"}.',
    file: FILE,
    path,
    fix: isObject(metadata)
      ? { label: 'Set kind "query" and mode "polling"', edits: [{ file: FILE, path: `${path}/kind`, value: 'query' }, { file: FILE, path: `${path}/mode`, value: 'polling' }] }
      : undefined,
  });
}

/** x-ms-notification-content sits on the path item of the webhook (70 of 70 uses in the corpus). */
function checkNotificationContent(swagger: unknown, report: Report): void {
  const paths = isObject(swagger) && isObject(swagger.paths) ? swagger.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    const content = isObject(item) ? item['x-ms-notification-content'] : undefined;
    if (content === undefined || (isObject(content) && isObject(content.schema))) continue;
    report({
      message: 'x-ms-notification-content must describe the callback payload with a "schema".',
      file: FILE,
      path: `${toPointer(['paths', path])}/x-ms-notification-content`,
    });
  }
}

/** A pollingtrigger policy instance naming this operation (x-ms-apimTemplate-operationName). */
function hasPollingPolicy(ctx: RuleContext, op: OperationRef): boolean {
  const props = isObject(ctx.properties) && isObject(ctx.properties.properties) ? ctx.properties.properties : undefined;
  const instances = props && Array.isArray(props.policyTemplateInstances) ? props.policyTemplateInstances : [];
  return instances.some((instance) => {
    if (!isObject(instance) || instance.templateId !== 'pollingtrigger') return false;
    const names = isObject(instance.parameters) ? instance.parameters['x-ms-apimTemplate-operationName'] : undefined;
    return names === undefined || (Array.isArray(names) && names.includes(op.operationId));
  });
}
