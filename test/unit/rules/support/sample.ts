/** A small, clean connector (modelled on the corpus' Contacts-style connectors) that every document rule accepts. */
import type { Finding } from '../../../../main/core/model/findings';
import type { Rule, RuleContext } from '../../../../main/core/rules/rule';
import { contextOf, runRules } from './corpus-context';

/** Parsed JSON as tests mutate it. */
export type Json = Record<string, any>;

export function sampleSwagger(): Json {
  return {
    swagger: '2.0',
    info: {
      title: 'Contoso Tasks',
      description: 'Contoso Tasks lets teams create, assign and track their tasks and projects.',
      version: '1.0',
      contact: { name: 'Contoso Support', url: 'https://contoso.com/support', email: 'support@contoso.com' },
    },
    host: 'tasks.contoso.com',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths: {
      '/tasks/{taskId}': {
        get: {
          summary: 'Get a task',
          description: 'Gets one task by its identifier.',
          operationId: 'GetTask',
          parameters: [
            { name: 'taskId', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Task ID', description: 'The task identifier.', 'x-ms-url-encoding': 'single' },
            { name: 'api_version', in: 'query', required: false, type: 'string', default: '2024-01-01', 'x-ms-summary': 'API Version', description: 'The API version.', 'x-ms-visibility': 'advanced' },
          ],
          responses: {
            '200': { description: 'OK', schema: { $ref: '#/definitions/Task' } },
            default: { description: 'Operation failed.' },
          },
        },
      },
      '/tasks': {
        post: {
          summary: 'Create a task',
          description: 'Creates a task in a project.',
          operationId: 'CreateTask',
          parameters: [
            { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Task' } },
          ],
          responses: { '201': { description: 'Created', schema: { $ref: '#/definitions/Task' } } },
        },
      },
      '/projects': {
        get: {
          summary: 'List projects',
          description: 'Lists the projects of the workspace.',
          operationId: 'ListProjects',
          'x-ms-visibility': 'internal',
          parameters: [{ name: 'top', in: 'query', type: 'integer', default: 50, 'x-ms-visibility': 'internal', required: true }],
          responses: {
            '200': {
              description: 'OK',
              schema: {
                type: 'array',
                items: { type: 'object', properties: { id: { type: 'string', 'x-ms-summary': 'Project ID', description: 'The project identifier.' } } },
              },
            },
          },
        },
      },
      '/hooks': {
        'x-ms-notification-content': { description: 'Task event', schema: { $ref: '#/definitions/Task' } },
        post: {
          summary: 'When a task is created',
          description: 'This operation triggers when a task is created.',
          operationId: 'OnTaskCreated',
          'x-ms-trigger': 'single',
          parameters: [
            {
              name: 'body',
              in: 'body',
              required: true,
              schema: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal', description: 'Callback URL.' } } },
            },
          ],
          responses: { '201': { description: 'Created' } },
        },
      },
    },
    definitions: {
      Task: {
        type: 'object',
        properties: {
          id: { type: 'string', 'x-ms-summary': 'Task ID', description: 'The task identifier.' },
          title: { type: 'string', 'x-ms-summary': 'Title', description: 'The title of the task.' },
          done: { type: 'boolean', default: false, 'x-ms-summary': 'Done', description: 'Whether the task is done.' },
          projectId: {
            type: 'string',
            'x-ms-summary': 'Project',
            description: 'The project of the task.',
            'x-ms-dynamic-values': { operationId: 'ListProjects', 'value-path': 'id', 'value-title': 'id' },
          },
        },
      },
    },
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    security: [{ api_key: [] }],
    'x-ms-connector-metadata': [
      { propertyName: 'Website', propertyValue: 'https://contoso.com' },
      { propertyName: 'Privacy policy', propertyValue: 'https://contoso.com/privacy' },
      { propertyName: 'Categories', propertyValue: 'Productivity;Collaboration' },
    ],
  };
}

export function sampleProperties(): Json {
  return {
    properties: {
      iconBrandColor: '#3a5f8c',
      capabilities: ['actions'],
      connectionParameters: { api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'Your API key', constraints: { required: 'true' } } } },
      publisher: 'Contoso',
      stackOwner: 'Contoso',
    },
  };
}

/** A context for the sample, optionally changed by `edit` (which mutates a fresh copy). */
export function sampleContext(edit?: (swagger: Json, properties: Json) => void, extra: Partial<RuleContext> = {}): RuleContext {
  const swagger = sampleSwagger();
  const properties = sampleProperties();
  edit?.(swagger, properties);
  return contextOf(swagger, { properties, ...extra });
}

/** The findings of one rule. */
export function findings(rule: Rule, ctx: RuleContext): Finding[] {
  return runRules([rule], ctx);
}

/** "severity path" of each finding: the compact shape table tests compare. */
export function summary(rule: Rule, ctx: RuleContext): string[] {
  return findings(rule, ctx).map((f) => `${f.severity} ${f.path}`);
}
