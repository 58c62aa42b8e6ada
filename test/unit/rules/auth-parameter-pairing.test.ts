import { describe, expect, it } from 'vitest';
import { authParameterPairing } from '../../../main/core/rules/auth-parameter-pairing';
import { apiKeyProperties, findings, oauthProperties, summary, swagger } from './support-package/fixtures';

type Doc = Record<string, any>;
const basicParams = () => ({
  username: { type: 'securestring', uiDefinition: { displayName: 'Username', constraints: { required: 'true', clearText: true } } },
  password: { type: 'securestring', uiDefinition: { displayName: 'Password', constraints: { required: 'true', clearText: false } } },
});

const rows: [string, (s: Doc, p: Doc) => void, string[]][] = [
  ['apiKey ↔ api_key', () => {}, []],
  ['apiKey with a custom host parameter (accepted)', (_s, p) => (p.properties.connectionParameters.hostName = { type: 'string' }), []],
  ['apiKey without api_key', (_s, p) => (p.properties.connectionParameters = {}), ['error /properties/connectionParameters/api_key']],
  ['apiKey with api_key of the wrong type', (_s, p) => (p.properties.connectionParameters.api_key.type = 'string'), ['error /properties/connectionParameters/api_key/type']],
  ['apiKey with a differently named key (ActiveCampaign shape)', (_s, p) => {
    p.properties.connectionParameters = { apiKey: p.properties.connectionParameters.api_key };
  }, ['warning /properties/connectionParameters/apiKey']],
  ['basic ↔ username + password', (s, p) => {
    s.securityDefinitions = { basic_auth: { type: 'basic' } };
    p.properties.connectionParameters = basicParams();
  }, []],
  ['basic without password', (s, p) => {
    s.securityDefinitions = { basic_auth: { type: 'basic' } };
    p.properties.connectionParameters = { username: basicParams().username };
  }, ['error /properties/connectionParameters/password']],
  ['oauth2 ↔ token', (s, p) => {
    s.securityDefinitions = { oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {} } };
    p.properties.connectionParameters = oauthProperties().properties.connectionParameters;
  }, []],
  ['oauth2 without token', (s) => {
    s.securityDefinitions = { oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {} } };
  }, ['error /properties/connectionParameters/token']],
  ['two definitions, one implemented (Pushcut shape)', (s, p) => {
    s.securityDefinitions.oauth = { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {} };
    p.properties.connectionParameters = oauthProperties().properties.connectionParameters;
  }, []],
  ['no definition, no auth parameters', (s, p) => {
    delete s.securityDefinitions;
    p.properties.connectionParameters = {};
  }, []],
  ['no definition but an OAuth token', (s, p) => {
    delete s.securityDefinitions;
    p.properties.connectionParameters = oauthProperties().properties.connectionParameters;
  }, ['error /properties/connectionParameters/token']],
  ['no definition, key used by a policy (ExchangeRate shape)', (s, p) => {
    delete s.securityDefinitions;
    p.properties.policyTemplateInstances = [
      { templateId: 'routerequesttoendpoint', parameters: { 'x-ms-apimTemplateParameter.newPath': "/@connectionParameters('api_key')/latest" } },
    ];
  }, []],
  ['no definition, Windows credentials for the data gateway (accepted)', (s, p) => {
    delete s.securityDefinitions;
    const gateway = { constraints: { required: 'true', capability: ['gateway'] } };
    p.properties.connectionParameters = {
      username: { type: 'securestring', uiDefinition: { displayName: 'Username', ...gateway } },
      password: { type: 'securestring', uiDefinition: { displayName: 'Password', ...gateway } },
    };
  }, []],
  ['no definition, basic credentials without the gateway capability', (s, p) => {
    delete s.securityDefinitions;
    p.properties.connectionParameters = basicParams();
  }, ['error /properties/connectionParameters/username', 'error /properties/connectionParameters/password']],
];

describe('auth-parameter-pairing (39)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const s = swagger();
    const p = apiKeyProperties();
    mutate(s, p);
    expect(summary(authParameterPairing, { swagger: s, properties: p })).toEqual(expected);
  });

  it('offers the missing api_key parameter as a fix', () => {
    const p = apiKeyProperties();
    p.properties.connectionParameters = {};
    const [finding] = findings(authParameterPairing, { swagger: swagger(), properties: p });
    expect(finding.fix?.edits).toEqual([
      expect.objectContaining({ file: 'apiProperties.json', path: '/properties/connectionParameters/api_key', value: expect.objectContaining({ type: 'securestring' }) }),
    ]);
  });

  it('offers an OAuth token pre-filled from the security definition', () => {
    const s = swagger();
    s.securityDefinitions = { oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: { read: 'Read' } } };
    const [finding] = findings(authParameterPairing, { swagger: s, properties: { properties: { iconBrandColor: '#71bf43', connectionParameters: {} } } });
    const token = finding.fix?.edits[0].value as any;
    expect(token.oAuthSettings.customParameters.tokenUrl.value).toBe('https://t');
    expect(token.oAuthSettings.scopes).toEqual(['read']);
  });
});
