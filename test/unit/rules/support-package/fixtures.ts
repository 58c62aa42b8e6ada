/** Small real-looking documents for the package-rule tests, modelled on certified connectors (CERTIFICATION.md §2c). */
import type { Finding } from '../../../../main/core/model/findings';
import type { Rule, RuleContext } from '../../../../main/core/rules/rule';
import { makeContext, runRules } from './context';

/** apiProperties.json of an API-key connector (shape of 1Me Corporate / Africa's Talking SMS). */
export function apiKeyProperties(): Record<string, any> {
  return {
    properties: {
      connectionParameters: {
        api_key: {
          type: 'securestring',
          uiDefinition: {
            displayName: 'API Key',
            description: 'The API Key for this api',
            tooltip: 'Provide your API Key',
            constraints: { tabIndex: 2, clearText: false, required: 'true' },
          },
        },
      },
      iconBrandColor: '#fc9206',
      capabilities: [],
      publisher: 'Contoso',
      stackOwner: 'Contoso Ltd',
    },
  };
}

/** apiProperties.json of a generic OAuth 2.0 connector (shape of Adobe Creative Cloud Libraries). */
export function oauthProperties(): Record<string, any> {
  return {
    properties: {
      connectionParameters: {
        token: {
          type: 'oauthSetting',
          oAuthSettings: {
            identityProvider: 'oauth2',
            clientId: '{{ client id }}',
            scopes: ['read'],
            redirectMode: 'Global',
            redirectUrl: 'https://global.consent.azure-apim.net/redirect',
            properties: { IsFirstParty: 'False', IsOnbehalfofLoginSupported: false },
            customParameters: {
              authorizationUrl: { value: 'https://auth.contoso.com/authorize' },
              tokenUrl: { value: 'https://auth.contoso.com/token' },
              refreshUrl: { value: 'https://auth.contoso.com/token' },
            },
          },
        },
      },
      iconBrandColor: '#71bf43',
      capabilities: [],
    },
  };
}

/** A small swagger with one action, an API-key security definition and a typed response. */
export function swagger(): Record<string, any> {
  return {
    swagger: '2.0',
    info: { title: 'Contoso Orders', description: 'Manage Contoso orders from your flows and apps.', version: '1.0' },
    host: 'api.contoso.com',
    basePath: '/v1',
    schemes: ['https'],
    securityDefinitions: { 'API Key': { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    paths: {
      '/orders/{orderId}': {
        parameters: [{ name: 'orderId', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Order ID' }],
        get: {
          operationId: 'GetOrder',
          summary: 'Get an order',
          description: 'Gets one order by its id.',
          parameters: [{ name: 'expand', in: 'query', required: false, type: 'string', 'x-ms-summary': 'Expand' }],
          responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Order' } } },
        },
      },
      '/orders': {
        post: {
          operationId: 'CreateOrder',
          summary: 'Create an order',
          description: 'Creates an order.',
          parameters: [
            {
              name: 'body',
              in: 'body',
              required: true,
              schema: {
                type: 'object',
                required: ['customer'],
                properties: { customer: { type: 'string' }, note: { type: 'string' }, priority: { type: 'string' } },
              },
            },
          ],
          responses: { '201': { description: 'Created', schema: { $ref: '#/definitions/Order' } } },
        },
      },
    },
    definitions: {
      Order: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          total: { type: 'number' },
          lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' }, quantity: { type: 'integer' } } } },
        },
      },
    },
  };
}

export function findings(rule: Rule, ctx: Partial<RuleContext>): Finding[] {
  return runRules([rule], makeContext(ctx));
}

/** "severity path" of each finding, the usual thing a table row asserts. */
export function summary(rule: Rule, ctx: Partial<RuleContext>): string[] {
  return findings(rule, ctx).map((f) => `${f.severity} ${f.path}`);
}
