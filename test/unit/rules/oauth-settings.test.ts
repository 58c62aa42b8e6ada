import { describe, expect, it } from 'vitest';
import { oauthSettings } from '../../../main/core/rules/oauth-settings';
import { findings, oauthProperties, summary, swagger } from './support-package/fixtures';

type Doc = Record<string, any>;
const TOKEN = '/properties/connectionParameters/token/oAuthSettings';
const tenantId = () => ({
  type: 'string',
  metadata: { sourceType: 'AzureActiveDirectoryTenant' },
  uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
});
const aad = (p: Doc) => {
  p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'aad';
  p.properties.connectionParameters.token.oAuthSettings.customParameters = {
    loginUri: { value: 'https://login.windows.net' },
    tenantId: { value: 'common' },
    resourceUri: { value: 'https://graph.microsoft.com' },
  };
};

const rows: [string, (s: Doc, p: Doc) => void, string[]][] = [
  ['generic oauth2 with accessCode', () => {}, []],
  ['implicit flow with generic oauth2', (s) => (s.securityDefinitions.oauth2_auth.flow = 'implicit'), ['error /securityDefinitions/oauth2_auth/flow']],
  ['implicit flow with Azure AD (OrbusInfinity shape)', (s, p) => {
    s.securityDefinitions.oauth2_auth.flow = 'implicit';
    aad(p);
  }, ['warning /securityDefinitions/oauth2_auth/flow']],
  ['accessCode without tokenUrl', (s) => delete s.securityDefinitions.oauth2_auth.tokenUrl, ['error /securityDefinitions/oauth2_auth/tokenUrl']],
  ['oauth2 without refreshUrl', (_s, p) => delete p.properties.connectionParameters.token.oAuthSettings.customParameters.refreshUrl, [`error ${TOKEN}/customParameters/refreshUrl`]],
  ['aad with its parameters', (_s, p) => aad(p), []],
  // Spelled "oauthSettings" (Microsoft's certified Azure Communication Services connectors): the spelling is
  // api-properties-schema's finding; the settings are read and checked where they are.
  ['settings spelled oauthSettings, complete (custom parameter names in any case)', (_s, p) => {
    aad(p);
    const token = p.properties.connectionParameters.token;
    token.oauthSettings = token.oAuthSettings;
    delete token.oAuthSettings;
    const custom = token.oauthSettings.customParameters;
    custom.ResourceUri = custom.resourceUri;
    delete custom.resourceUri;
  }, []],
  ['settings spelled oauthSettings, without resourceUri', (_s, p) => {
    aad(p);
    const token = p.properties.connectionParameters.token;
    token.oauthSettings = token.oAuthSettings;
    delete token.oAuthSettings;
    delete token.oauthSettings.customParameters.resourceUri;
  }, ['error /properties/connectionParameters/token/oauthSettings/customParameters/resourceUri']],
  ['aad without resourceUri', (_s, p) => {
    aad(p);
    delete p.properties.connectionParameters.token.oAuthSettings.customParameters.resourceUri;
  }, [`error ${TOKEN}/customParameters/resourceUri`]],
  ['aadcertificate not first party', (_s, p) => {
    aad(p);
    p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'aadcertificate';
  }, [`error ${TOKEN}/properties/IsFirstParty`]],
  ['aadcertificate first party', (_s, p) => {
    aad(p);
    p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'aadcertificate';
    p.properties.connectionParameters.token.oAuthSettings.properties.IsFirstParty = 'True';
  }, []],
  ['token:TenantId with the fixed shape', (_s, p) => {
    aad(p);
    p.properties.connectionParameters['token:TenantId'] = tenantId();
  }, []],
  ['token:TenantId shown to the user', (_s, p) => {
    aad(p);
    p.properties.connectionParameters['token:TenantId'] = tenantId();
    p.properties.connectionParameters['token:TenantId'].uiDefinition.constraints.hidden = 'false';
  }, ['error /properties/connectionParameters/token:TenantId']],
  ['visible token:TenantId of a service principal (ACS SMS Events shape)', (_s, p) => {
    aad(p);
    p.properties.connectionParameters['token:TenantId'] = { ...tenantId(), uiDefinition: { constraints: { required: 'true', hidden: 'false' } } };
    p.properties.connectionParameters['token:clientId'] = { type: 'string' };
  }, []],
  ['oauthSetting without oAuthSettings', (_s, p) => delete p.properties.connectionParameters.token.oAuthSettings, [`error ${TOKEN}`]],
];

function oauthSwagger(): Doc {
  const s = swagger();
  s.securityDefinitions = {
    oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://auth.contoso.com/authorize', tokenUrl: 'https://auth.contoso.com/token', scopes: {} },
  };
  return s;
}

describe('oauth-settings (40)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const s = oauthSwagger();
    const p = oauthProperties();
    mutate(s, p);
    expect(summary(oauthSettings, { swagger: s, properties: p })).toEqual(expected);
  });

  it('fixes a malformed token:TenantId with the standard shape', () => {
    const p = oauthProperties();
    aad(p);
    p.properties.connectionParameters['token:TenantId'] = { type: 'string' };
    const [finding] = findings(oauthSettings, { swagger: oauthSwagger(), properties: p });
    expect(finding.fix?.edits[0]).toEqual({ file: 'apiProperties.json', path: '/properties/connectionParameters/token:TenantId', value: tenantId() });
  });
});
