import { describe, expect, it } from 'vitest';
import { policyTemplateInstances } from '../../../main/core/rules/policy-template-instances';
import { apiKeyProperties, summary, swagger } from './support-package/fixtures';

type Doc = Record<string, any>;
const P = 'x-ms-apimTemplateParameter.';
const setHeader = (): Doc => ({
  templateId: 'setheader',
  title: 'Set the API version',
  parameters: { [`${P}name`]: 'Api-Version', [`${P}value`]: '2024-01-01', [`${P}existsAction`]: 'override', 'x-ms-apimTemplate-operationName': ['GetOrder'] },
});
const hostPolicy = (): Doc => ({
  templateId: 'dynamichosturl',
  title: 'Regional host',
  parameters: { [`${P}urlTemplate`]: "https://@connectionParameters('region').contoso.com/v1" },
});

const rows: [string, (policies: Doc[], p: Doc) => void, string[]][] = [
  ['valid setheader', () => {}, []],
  ['case variant of the template id', (x) => (x[0].templateId = 'SetHeader'), []],
  ['setheader without value', (x) => delete x[0].parameters[`${P}value`], [`error /properties/policyTemplateInstances/0/parameters/${P}value`]],
  ['existsAction outside its list', (x) => (x[0].parameters[`${P}existsAction`] = 'replace'), [`error /properties/policyTemplateInstances/0/parameters/${P}existsAction`]],
  ['policy section outside its list', (x) => (x[0].parameters['x-ms-apimTemplate-policySection'] = 'Outbound'), ['error /properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-policySection']],
  ['unknown operation name', (x) => x[0].parameters['x-ms-apimTemplate-operationName'].push('ListOrders'), ['error /properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/1']],
  ['connection parameter reference that exists', (x, p) => {
    p.properties.connectionParameters.region = { type: 'string' };
    x.push(hostPolicy());
  }, []],
  ['connection parameter reference that does not exist', (x) => x.push(hostPolicy()), [`error /properties/policyTemplateInstances/1/parameters/${P}urlTemplate`]],
  ['unschematised template used by certified connectors', (x) => x.push({ templateId: 'setconnectionstatustounauthenticated', parameters: {} }), []],
  ['unknown template', (x) => x.push({ templateId: 'rewritebody', parameters: {} }), ['warning /properties/policyTemplateInstances/1/templateId']],
];

describe('policy-template-instances (42)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const p = apiKeyProperties();
    const policies = [setHeader()];
    mutate(policies, p);
    p.properties.policyTemplateInstances = policies;
    expect(summary(policyTemplateInstances, { swagger: swagger(), properties: p })).toEqual(expected);
  });
});
