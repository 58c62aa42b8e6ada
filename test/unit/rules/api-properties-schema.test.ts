import { describe, expect, it } from 'vitest';
import { apiPropertiesSchema } from '../../../main/core/rules/api-properties-schema';
import { apiKeyProperties, findings, oauthProperties, summary } from './support-package/fixtures';

type Props = Record<string, any>;

const rows: [string, (p: Props) => void, string[]][] = [
  ['a valid API-key connector', () => {}, []],
  ['redirectMode GlobalPerConnector (local fix)', (p) => {
    p.properties.connectionParameters = oauthProperties().properties.connectionParameters;
    p.properties.connectionParameters.token.oAuthSettings.redirectMode = 'GlobalPerConnector';
  }, []],
  ['scriptOperations (local fix)', (p) => (p.properties.scriptOperations = ['GetOrder']), []],
  ['connectionParameterSets (local fix)', (p) => {
    p.properties.connectionParameterSets = {
      uiDefinition: { displayName: 'Authentication type', description: 'Choose how to sign in' },
      values: [{ name: 'key', uiDefinition: { displayName: 'API key' }, parameters: apiKeyProperties().properties.connectionParameters }],
    };
  }, []],
  ['missing iconBrandColor', (p) => delete p.properties.iconBrandColor, ['error /properties/iconBrandColor']],
  ['unknown property under properties', (p) => (p.properties.script = { language: 'CSharpScript' }), ['error /properties/script']],
  ['unknown top-level property', (p) => (p.settings = {}), ['error /settings']],
  ['unknown connection parameter type', (p) => (p.properties.connectionParameters.api_key.type = 'password'), ['error /properties/connectionParameters/api_key/type']],
  ['unknown redirectMode', (p) => {
    p.properties.connectionParameters = oauthProperties().properties.connectionParameters;
    p.properties.connectionParameters.token.oAuthSettings.redirectMode = 'PerUser';
  }, ['error /properties/connectionParameters/token/oAuthSettings/redirectMode']],
  ['policy without templateId', (p) => (p.properties.policyTemplateInstances = [{ title: 'x', parameters: {} }]), ['error /properties/policyTemplateInstances/0/templateId']],
];

describe('api-properties-schema (38)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const properties = apiKeyProperties();
    mutate(properties);
    expect(summary(apiPropertiesSchema, { properties })).toEqual(expected);
  });

  it('names the offending property in the message and sends policies to the Definition step', () => {
    const properties = apiKeyProperties();
    properties.properties.policyTemplateInstances = [{ templateId: 'setheader', parameters: {}, extra: 1 }];
    const [finding] = findings(apiPropertiesSchema, { properties });
    expect(finding.message).toContain("'extra'");
    expect(finding.step).toBe('definition');
  });

  it('warns about a known property spelled in another case, with a fix that renames it', () => {
    // As Microsoft's certified Azure Communication Services connectors write it.
    const properties = oauthProperties();
    const token = properties.properties.connectionParameters.token;
    token.oauthSettings = token.oAuthSettings;
    delete token.oAuthSettings;
    const [finding, ...rest] = findings(apiPropertiesSchema, { properties });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', path: '/properties/connectionParameters/token/oauthSettings' });
    expect(finding.message).toContain("spelled 'oAuthSettings'");
    expect(finding.fix?.edits).toEqual([
      { file: 'apiProperties.json', path: '/properties/connectionParameters/token/oAuthSettings', value: token.oauthSettings },
      { file: 'apiProperties.json', path: '/properties/connectionParameters/token/oauthSettings', remove: true },
    ]);
  });

  it('says nothing when apiProperties.json is absent', () => {
    expect(findings(apiPropertiesSchema, { properties: undefined })).toEqual([]);
  });
});
