import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRequest } from '../../../main/core/model/testing/build-request';
import { parseTolerant } from '../../../main/core/text/tolerant-json';
import { corpusDir } from '../../support/corpus';

function connector(name: string): { swagger: unknown; props: unknown } {
  const read = (file: string) => parseTolerant(readFileSync(join(corpusDir(name), file), 'utf8').replace(/^\uFEFF/, '')).value;
  return { swagger: read('apiDefinition.swagger.json'), props: read('apiProperties.json') };
}

const base = (paths: Record<string, unknown>) => ({ swagger: '2.0', host: 'api.example.com', basePath: '/', schemes: ['https'], paths });
const op = (operationId: string, parameters: unknown[] = []) => ({ operationId, parameters, responses: { '200': { description: 'ok' } } });
const policy = (templateId: string, parameters: Record<string, unknown>) => ({ properties: { policyTemplateInstances: [{ templateId, title: templateId, parameters }] } });

describe('request policies from real connectors', () => {
  it('routerequesttoendpoint rewrites the path under the base path, with connection parameters and path values (ExchangeRate)', () => {
    const { swagger, props } = connector('independent-publisher-connectors__ExchangeRate');
    const { request } = buildRequest(swagger, 'GetExchangeRates', { path: { basecurrency: 'EUR' } }, {
      apiProperties: props,
      connectionParameters: { apiKey: 'sekrit' },
      secretParameters: ['apiKey'],
    });
    expect(request.method).toBe('GET');
    expect(request.url).toBe('https://v6.exchangerate-api.com/v6/sekrit/latest/EUR');
  });

  it('dynamichosturl replaces scheme, host and base path with the expanded template (ModuleQ)', () => {
    const { swagger, props } = connector('certified-connectors__ModuleQ');
    const operationId = (Object.values((swagger as { paths: Record<string, Record<string, { operationId: string }>> }).paths['/trigger'])[0]).operationId;
    const { request } = buildRequest(swagger, operationId, {}, { apiProperties: props, connectionParameters: { host: 'tenant.moduleq.com' } });
    expect(request.url.startsWith('https://tenant.moduleq.com/sso/trigger')).toBe(true);
  });

  it('dynamichosturl uses the default of @connectionParameters(name, default) when the value is empty (Encodian shape)', () => {
    const props = policy('dynamichosturl', { 'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('region','https://api.apps-encodian.com')" });
    const { request } = buildRequest(base({ '/x': { get: op('X') } }), 'X', {}, { apiProperties: props, connectionParameters: {} });
    expect(request.url).toBe('https://api.apps-encodian.com/x');
  });

  it('setproperty wraps body properties into arrays, also for each element of an array parent (Blackbaud)', () => {
    const { swagger, props } = connector('certified-connectors__Blackbaud-Raiser-s-Edge-NXT');
    const gift = buildRequest(swagger, 'CreateGift', { body: { amount: 1, payments: { method: 'Cash' }, receipts: { status: 'NeedsReceipt' } } }, { apiProperties: props });
    expect(JSON.parse(gift.request.body as string)).toEqual({ amount: 1, payments: [{ method: 'Cash' }], receipts: [{ status: 'NeedsReceipt' }] });
    const batch = buildRequest(swagger, 'AddGiftToBatch', { path: { batch_id: '7' }, body: { gifts: { payments: { method: 'Cash' } } } }, { apiProperties: props });
    const sent = JSON.parse(batch.request.body as string);
    // Policies run in order: the gift's payments are wrapped first, then the gift itself.
    expect(sent.gifts).toEqual([{ payments: [{ method: 'Cash' }] }]);
  });

  it('setheader from a secret connection parameter overrides and is marked secret (Calendly)', () => {
    const { swagger, props } = connector('certified-connectors__Calendly');
    const { request } = buildRequest(swagger, 'CreateWebhookSubscriptionRoutingFormSubmission', { body: {} }, {
      auth: { kind: 'apiKey', key: 'raw-key' },
      apiProperties: props,
      connectionParameters: { api_key: 'raw-key' },
      secretParameters: ['api_key'],
    });
    expect(request.headers.Authorization).toBe('Bearer raw-key');
    expect(request.headers['X-Calendly-Consumer-Application']).toBe('ms_power_automate');
    expect(request.secretHeaders).toContain('Authorization');
    expect(request.url).toBe('https://api.calendly.com/webhook_subscriptions');
  });

  it('setqueryparameter adds a fixed query parameter to every operation (CPSC Recalls)', () => {
    const { swagger, props } = connector('independent-publisher-connectors__CPSC-Recalls-Retrieval');
    const { request } = buildRequest(swagger, 'RecallGet', { query: { format: 'xml' } }, { apiProperties: props });
    expect(new URL(request.url).searchParams.getAll('format')).toEqual(['json']);
  });

  it('setheader existsAction: skip keeps, append joins, override replaces; operation scoping applies', () => {
    const swagger = base({ '/x': { get: op('X', [{ name: 'H', in: 'header', type: 'string' }]) }, '/y': { get: op('Y', [{ name: 'H', in: 'header', type: 'string' }]) } });
    const run = (existsAction: string, scope?: string[]) =>
      buildRequest(swagger, 'X', { header: { H: 'user' } }, {
        apiProperties: policy('setheader', {
          'x-ms-apimTemplateParameter.name': 'h',
          'x-ms-apimTemplateParameter.value': 'policy',
          'x-ms-apimTemplateParameter.existsAction': existsAction,
          'x-ms-apimTemplate-policySection': 'Request',
          ...(scope ? { 'x-ms-apimTemplate-operationName': scope } : {}),
        }),
      }).request.headers;
    expect(run('skip')).toEqual({ H: 'user' });
    expect(run('append')).toEqual({ h: 'user,policy' });
    expect(run('override')).toEqual({ h: 'policy' });
    expect(run('override', ['Y'])).toEqual({ H: 'user' });
  });

  it('routerequesttoendpoint with a literal method changes the method', () => {
    const props = policy('routerequesttoendpoint', { 'x-ms-apimTemplateParameter.newPath': '/other/{id}', 'x-ms-apimTemplateParameter.httpMethod': 'PATCH' });
    const swagger = base({ '/x/{id}': { post: op('X', [{ name: 'id', in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single' }]) } });
    const { request } = buildRequest(swagger, 'X', { path: { id: '42' } }, { apiProperties: props });
    expect([request.method, request.url]).toEqual(['PATCH', 'https://api.example.com/other/42']);
  });
});
