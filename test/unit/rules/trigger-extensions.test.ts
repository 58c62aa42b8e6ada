import { describe, expect, it } from 'vitest';
import { triggerExtensions } from '../../../main/core/rules/trigger-extensions';
import { findings, sampleContext, summary, type Json } from './support/sample';

const hook = (edit: (op: Json) => void) => (s: Json) => edit(s.paths['/hooks'].post);
const pollingTrigger = (metadata?: unknown) => (s: Json) => {
  s.paths['/tasks/recent'] = {
    get: {
      summary: 'When a task is added', description: 'This operation triggers when a task is added.', operationId: 'OnNewTask', 'x-ms-trigger': 'batch',
      ...(metadata === undefined ? {} : { 'x-ms-trigger-metadata': metadata }),
      responses: { '200': { description: 'OK', schema: { type: 'array', items: { $ref: '#/definitions/Task' } } } },
    },
  };
};

describe('trigger-extensions (catalogue 34)', () => {
  it.each([
    ['a webhook with a notification URL', () => undefined, []],
    ['a webhook whose URL lives in a referenced definition', hook((op) => { op.parameters[0].schema = { $ref: '#/definitions/Hook' }; }), []],
    ['a polling trigger with query/polling metadata', pollingTrigger({ kind: 'query', mode: 'polling' }), []],
    ['x-ms-trigger "Single"', hook((op) => { op['x-ms-trigger'] = 'Single'; }), ['error /paths/~1hooks/post/x-ms-trigger']],
    ['a webhook without notification URL', hook((op) => { delete op.parameters[0].schema.properties.url['x-ms-notification-url']; }), ['error /paths/~1hooks/post/parameters']],
    ['polling metadata of the wrong kind', pollingTrigger({ kind: 'push', mode: 'polling' }), ['error /paths/~1tasks~1recent/get/x-ms-trigger-metadata']],
    ['a polling trigger without metadata or policy', pollingTrigger(), ['error /paths/~1tasks~1recent/get/x-ms-trigger-metadata']],
    ['notification content without schema', (s: Json) => { delete s.paths['/hooks']['x-ms-notification-content'].schema; }, ['error /paths/~1hooks/x-ms-notification-content']],
  ])('%s', (_name, edit, expected) => {
    const ctx = sampleContext((s) => {
      s.definitions.Hook = { type: 'object', properties: { callback: { type: 'string', 'x-ms-notification-url': true } } };
      edit(s);
    });
    expect(summary(triggerExtensions, ctx)).toEqual(expected);
  });

  it('accepts a polling trigger backed by a pollingtrigger policy', () => {
    const ctx = sampleContext((s, p) => {
      pollingTrigger()(s);
      p.properties.policyTemplateInstances = [{ templateId: 'pollingtrigger', title: 'Poll', parameters: { 'x-ms-apimTemplate-operationName': ['OnNewTask'] } }];
    });
    expect(summary(triggerExtensions, ctx)).toEqual([]);
  });

  it('lowercases the trigger kind', () => {
    const [finding] = findings(triggerExtensions, sampleContext(hook((op) => { op['x-ms-trigger'] = 'Batch'; })));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: '/paths/~1hooks/post/x-ms-trigger', value: 'batch' }]);
  });
});
