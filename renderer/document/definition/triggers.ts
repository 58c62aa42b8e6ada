/**
 * Guided trigger creation, shaped like certified connectors (Calendly for webhooks, Huddle for polling):
 * - webhook: POST with x-ms-trigger, a body whose callback property has x-ms-notification-url: true and
 *   x-ms-visibility internal, x-ms-notification-content on the path item, and the internal DELETE on
 *   "<path>/{id}" the platform calls to unsubscribe (the API's 201 Location header points at it);
 * - polling: GET with x-ms-trigger and x-ms-trigger-metadata {kind: query, mode: polling}, or a pollingtrigger
 *   policy in apiProperties.
 */
import { toPointer } from '../../../main/core/model/json-pointer';
import type { DocEdit } from '../../../main/core/model/findings';
import { addOperation, uniqueOperationId, uniquePath, SWAGGER } from './operation-edits';
import { addPolicyEdits, newPolicy, PARAMETER_PREFIX } from './policy-templates';

export interface WebhookOptions {
  path: string;
  summary: string;
  description: string;
  kind: 'single' | 'batch';
  /** Name of the body property that carries the callback URL (Calendly: "url"). */
  callbackProperty: string;
}

export interface CreatedTrigger {
  pointer: string;
  edits: DocEdit[];
}

export function webhookTrigger(swagger: unknown, options: WebhookOptions): CreatedTrigger {
  const path = uniquePath(swagger, options.path, 'post');
  const operationId = uniqueOperationId(swagger, 'WebhookTrigger');
  const deleteId = uniqueOperationId(swagger, 'DeleteTrigger');
  const pointer = toPointer(['paths', path, 'post']);
  const subscribe = {
    'x-ms-trigger': options.kind,
    summary: options.summary,
    description: options.description,
    operationId,
    parameters: [
      {
        name: 'body',
        in: 'body',
        required: true,
        schema: {
          type: 'object',
          properties: {
            [options.callbackProperty]: {
              type: 'string',
              description: 'The callback URL the service posts events to.',
              'x-ms-notification-url': true,
              'x-ms-visibility': 'internal',
              title: options.callbackProperty,
            },
          },
          required: [options.callbackProperty],
        },
      },
    ],
    responses: { '201': { description: 'Created' } },
  };
  const unsubscribe = {
    'x-ms-visibility': 'internal',
    summary: 'Delete webhook subscription',
    description: 'Deletes the webhook subscription: called by the platform when the flow is turned off or deleted.',
    operationId: deleteId,
    parameters: [
      { name: 'id', in: 'path', description: 'ID of the webhook subscription being deleted', required: true, type: 'string', 'x-ms-url-encoding': 'single' },
    ],
    responses: { '204': { description: 'No Content' } },
  };
  const edits: DocEdit[] = [
    ...addOperation(swagger, path, 'post', subscribe).edits,
    {
      file: SWAGGER,
      path: toPointer(['paths', path, 'x-ms-notification-content']),
      value: { description: 'Webhook payload', schema: { type: 'object', properties: {} } },
    },
  ];
  const deletePath = `${path}/{id}`;
  edits.push({ file: SWAGGER, path: toPointer(['paths', deletePath]), value: { delete: unsubscribe } });
  return { pointer, edits };
}

export interface PollingOptions {
  path: string;
  summary: string;
  description: string;
  kind: 'single' | 'batch';
  /** 'metadata': x-ms-trigger-metadata on the operation; 'policy': a pollingtrigger policy in apiProperties. */
  mechanism: 'metadata' | 'policy';
  /** For the policy: the query parameter that carries the remembered state, and where the items are. */
  stateParameter: string;
  itemsPath: string;
}

export function pollingTrigger(swagger: unknown, properties: unknown, options: PollingOptions): CreatedTrigger {
  const path = uniquePath(swagger, options.path, 'get');
  const operationId = uniqueOperationId(swagger, 'PollingTrigger');
  const pointer = toPointer(['paths', path, 'get']);
  const operation: Record<string, unknown> = {
    summary: options.summary,
    description: options.description,
    operationId,
    'x-ms-trigger': options.kind,
    ...(options.mechanism === 'metadata' ? { 'x-ms-trigger-metadata': { kind: 'query', mode: 'polling' } } : {}),
    parameters: [
      { name: options.stateParameter, in: 'query', required: false, type: 'string', 'x-ms-visibility': 'internal', description: 'The state remembered between polls.' },
    ],
    responses: { '200': { description: 'OK', schema: pollingSchema(options) } },
  };
  const edits = addOperation(swagger, path, 'get', operation).edits;
  if (options.mechanism === 'policy') {
    const policy = newPolicy('pollingtrigger', `${operationId}PollingTriggerPolicy`, [operationId]);
    const parameters = policy.parameters as Record<string, unknown>;
    const items = options.itemsPath.replace(/^\/+/, '');
    parameters[PARAMETER_PREFIX + 'triggerConfig'] = { [options.stateParameter]: `@{triggerBody()${items ? '.' + items : ''}[0].${options.stateParameter}}` };
    parameters[PARAMETER_PREFIX + 'triggerDataPath'] = `@triggerBody()${items ? '.' + items : ''}`;
    edits.push(...addPolicyEdits(properties, policy).edits);
  }
  return { pointer, edits };
}

/** The polled response: a list of items, at the items path when the policy reads them from one. */
function pollingSchema(options: PollingOptions): Record<string, unknown> {
  const list = { type: 'array', items: { type: 'object', properties: {} } };
  const items = options.itemsPath.replace(/^\/+/, '');
  return options.mechanism === 'policy' && items && !items.includes('.') ? { type: 'object', properties: { [items]: list } } : list;
}
