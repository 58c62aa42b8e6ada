import { describe, expect, it } from 'vitest';
import { connectionParameterShape } from '../../../main/core/rules/connection-parameter-shape';
import { apiKeyProperties, findings, summary } from './support-package/fixtures';

type Doc = Record<string, any>;
const AT = '/properties/connectionParameters/api_key/uiDefinition/constraints';

const rows: [string, (p: Doc) => void, string[]][] = [
  ['string constraints and a boolean clearText', () => {}, []],
  ['token:TenantId style name', (p) => (p.properties.connectionParameters['token:TenantId'] = { type: 'string' }), []],
  ['name with a space', (p) => (p.properties.connectionParameters['api key'] = { type: 'string' }), ['error /properties/connectionParameters/api key']],
  ['name with a dash', (p) => (p.properties.connectionParameters['host-name'] = { type: 'string' }), ['error /properties/connectionParameters/host-name']],
  ['required as a boolean', (p) => (p.properties.connectionParameters.api_key.uiDefinition.constraints.required = true), [`error ${AT}/required`]],
  ['hidden as a boolean', (p) => (p.properties.connectionParameters.api_key.uiDefinition.constraints.hidden = false), [`error ${AT}/hidden`]],
  ['clearText as a string', (p) => (p.properties.connectionParameters.api_key.uiDefinition.constraints.clearText = 'false'), [`error ${AT}/clearText`]],
  ['parameters of a connection set are checked too', (p) => {
    p.properties.connectionParameterSets = { values: [{ name: 'key', parameters: { api_key: { type: 'securestring', uiDefinition: { constraints: { required: true } } } } }] };
  }, ['error /properties/connectionParameterSets/values/0/parameters/api_key/uiDefinition/constraints/required']],
];

describe('connection-parameter-shape (41)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const p = apiKeyProperties();
    mutate(p);
    expect(summary(connectionParameterShape, { properties: p })).toEqual(expected);
  });

  it.each([
    ['required', true, 'true'],
    ['required', 'True', 'true'],
    ['hidden', false, 'false'],
    ['clearText', 'true', true],
  ] as const)('fixes %s %j to %j', (key, value, fixed) => {
    const p = apiKeyProperties();
    p.properties.connectionParameters.api_key.uiDefinition.constraints[key] = value;
    const [finding] = findings(connectionParameterShape, { properties: p });
    expect(finding.fix?.edits).toEqual([{ file: 'apiProperties.json', path: `${AT}/${key}`, value: fixed }]);
  });
});
