/**
 * Injection: for every document rule, take a real corpus connector, inject that rule's violation into the
 * parsed files and check the rule reports one new finding at the exact JSON pointer of the injected node (the
 * engine turns that pointer into the line and column the user sees).
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_RULES } from '../../../main/core/rules/document-rules';
import type { RuleContext } from '../../../main/core/rules/rule';
import { corpusContext, runRules } from './support/corpus-context';
import type { Json } from './support/sample';

const CALENDLY = 'certified-connectors__Calendly';
const EVENT_TYPES = '/paths/~1event_types/get';
const EVENT_TYPE = '/paths/~1event_types~1{uuid}/get';
const SUBSCRIBE = '/paths/~1webhook_subscriptions/post';

interface Injection {
  rule: string;
  connector?: string;
  inject: (swagger: Json, properties: Json, ctx: RuleContext) => void;
  file?: string;
  path: string;
}

const op = (s: Json, path: string, method = 'get') => s.paths[path][method];

const INJECTIONS: Injection[] = [
  { rule: 'required-files', inject: (_s, _p, ctx) => { ctx.fileNames = ctx.fileNames.filter((n) => n !== 'apiProperties.json'); }, file: 'apiProperties.json', path: '' },
  { rule: 'swagger-size', inject: (_s, _p, ctx) => { ctx.swaggerBytes = 2 * 1024 * 1024; }, path: '' },
  { rule: 'no-secrets', connector: 'certified-connectors__Blackbaud-Raiser-s-Edge-NXT-Constituents', inject: (_s, p) => { p.properties.connectionParameters.token.oAuthSettings.clientSecret = 'q8~Zr.4kP_2r9sLmW3vB7nYt1Hc6dFgA'; }, file: 'apiProperties.json', path: '/properties/connectionParameters/token/oAuthSettings/clientSecret' },
  { rule: 'independent-publisher', connector: 'independent-publisher-connectors__Star-Wars', inject: (_s, p) => { p.properties.iconBrandColor = '#000000'; }, file: 'apiProperties.json', path: '/properties/iconBrandColor' },
  // A portal package zip given instead of the connector files: intro.md is missing beside the package zip.
  { rule: 'portal-package', inject: (_s, _p, ctx) => { ctx.package = { entries: ['Calendly.pdpkg.zip'], zips: {} }; }, file: 'project', path: '' },
  { rule: 'no-settings-file', inject: (_s, _p, ctx) => { ctx.fileNames.push('settings.json'); }, file: 'settings.json', path: '' },
  { rule: 'swagger-version', inject: (s) => { s.swagger = '1.2'; }, path: '/swagger' },
  { rule: 'unknown-properties', inject: (s) => { op(s, '/event_types').visibility = 'important'; }, path: `${EVENT_TYPES}/visibility` },
  { rule: 'host-base-path-schemes', inject: (s) => { s.host = `https://${String(s.host)}/api`; }, path: '/host' },
  { rule: 'production-host', inject: (s) => { s.host = 'api-staging.calendly.com'; }, path: '/host' },
  { rule: 'ref-targets', inject: (s) => { op(s, '/event_types/{uuid}').responses['200'].schema = { $ref: '#/definitions/Missing' }; }, path: `${EVENT_TYPE}/responses/200/schema/$ref` },
  { rule: 'path-case-unique', inject: (s) => { s.paths['/Event_Types'] = { get: { operationId: 'X', responses: { '200': { description: 'OK' } } } }; }, path: '/paths/~1Event_Types' },
  { rule: 'operation-id', inject: (s) => { op(s, '/event_types/{uuid}').operationId = 'GetEventTypes'; }, path: `${EVENT_TYPE}/operationId` },
  { rule: 'default-type', inject: (s) => { op(s, '/event_types').parameters[1].default = true; }, path: `${EVENT_TYPES}/parameters/1/default` },
  { rule: 'schema-count', inject: (s) => { s.definitions.Huge = { type: 'object', properties: Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`p${i}`, { type: 'string' }])) }; }, path: '/definitions/Huge' },
  { rule: 'swagger-structure', inject: (s) => { delete op(s, '/event_types/{uuid}').parameters[0].required; }, path: `${EVENT_TYPE}/parameters/0/required` },
  { rule: 'title-length', inject: (s) => { s.info.title = 'Calendly Scheduling and Meetings Suite'; }, path: '/info/title' },
  { rule: 'title-restricted-words', inject: (s) => { s.info.title = 'Calendly API'; }, path: '/info/title' },
  { rule: 'description-content', inject: (s) => { s.info.description = 'Calendly.'; }, path: '/info/description' },
  { rule: 'contact', inject: (s) => { delete s.info.contact; }, path: '/info/contact' },
  { rule: 'connector-metadata', inject: (s) => { delete s['x-ms-connector-metadata']; }, path: '/x-ms-connector-metadata' },
  { rule: 'operation-summary', inject: (s) => { op(s, '/event_types').summary = 'List event types & their hosts'; }, path: `${EVENT_TYPES}/summary` },
  { rule: 'operation-description', inject: (s) => { delete op(s, '/event_types').description; }, path: `${EVENT_TYPES}/description` },
  { rule: 'parameter-summary-description', inject: (s) => { delete op(s, '/event_types').parameters[0]['x-ms-summary']; }, path: `${EVENT_TYPES}/parameters/0/x-ms-summary` },
  { rule: 'visibility-values', inject: (s) => { op(s, '/event_types').parameters[1]['x-ms-visibility'] = 'Advanced'; }, path: `${EVENT_TYPES}/parameters/1/x-ms-visibility` },
  { rule: 'internal-required-default', inject: (s) => { const p = op(s, '/event_types').parameters[2]; p.required = true; delete p.default; }, path: `${EVENT_TYPES}/parameters/2/default` },
  { rule: 'response-schema', inject: (s) => { op(s, '/event_types/{uuid}').responses['200'].schema = {}; }, path: `${EVENT_TYPE}/responses/200/schema` },
  { rule: 'default-response-schema', inject: (s) => { op(s, '/event_types').responses.default = { description: 'Error', schema: { type: 'object' } }; }, path: `${EVENT_TYPES}/responses/default/schema` },
  { rule: 'response-property-docs', inject: (s) => { op(s, '/event_types/{uuid}').responses['200'].schema = { type: 'object', properties: { slug: { type: 'string' } } }; }, path: `${EVENT_TYPE}/responses/200/schema/properties` },
  { rule: 'trigger-wording', connector: 'certified-connectors__nimflow', inject: (s) => { op(s, '/WhenTaskCreated', 'post').summary = 'Task created'; }, path: '/paths/~1WhenTaskCreated/post/summary' },
  { rule: 'extension-names', inject: (s) => { const p = op(s, '/event_types').parameters[0]; p['x-ms-visbility'] = 'advanced'; }, path: `${EVENT_TYPES}/parameters/0/x-ms-visbility` },
  { rule: 'trigger-extensions', inject: (s) => { op(s, '/webhook_subscriptions', 'post')['x-ms-trigger'] = 'multiple'; }, path: `${SUBSCRIBE}/x-ms-trigger` },
  { rule: 'dynamic-references', inject: (s) => { op(s, '/event_types').parameters[0]['x-ms-dynamic-values'] = { operationId: 'NoSuchOperation', 'value-path': 'id' }; }, path: `${EVENT_TYPES}/parameters/0/x-ms-dynamic-values/operationId` },
  { rule: 'pageable', inject: (s) => { op(s, '/event_types')['x-ms-pageable'] = { itemName: 'collection' }; }, path: `${EVENT_TYPES}/x-ms-pageable/nextLinkName` },
  { rule: 'extension-values', inject: (s) => { op(s, '/event_types/{uuid}').parameters[0]['x-ms-url-encoding'] = 'none'; }, path: `${EVENT_TYPE}/parameters/0/x-ms-url-encoding` },
];

describe('injected violations are reported at the injected node', () => {
  it('covers every document rule', () => {
    expect(INJECTIONS.map((i) => i.rule).sort()).toEqual(DOCUMENT_RULES.map((r) => r.id).sort());
  });

  it.each(INJECTIONS.map((i) => [i.rule, i] as const))('%s', (id, injection) => {
    const rule = DOCUMENT_RULES.find((r) => r.id === id)!;
    const ctx = corpusContext(injection.connector ?? CALENDLY);
    const located = (f: { file: string; path: string }) => f.file === (injection.file ?? 'apiDefinition.swagger.json') && f.path === injection.path;
    const before = runRules([rule], ctx).filter(located).map((f) => f.message);
    injection.inject(ctx.swagger as Json, ctx.properties as Json, ctx);
    const added = runRules([rule], ctx).filter(located).filter((f) => !before.includes(f.message));
    expect(added).toHaveLength(1);
  });
});
