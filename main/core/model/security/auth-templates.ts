/**
 * The shapes real connectors use, as templates (defaultAuth) and as JSON builders for the writer.
 *
 * Texts are the portal's own, as found in the corpus: the api_key uiDefinition of 20 connectors, the
 * username/password texts of TrueDialog-SMS/ZanranScaffolder/airSlate, the oAuthSettings of Blackbaud,
 * LnkBio, Strava (oauth2), MS-Graph-Groups-and-Users (aad), Azure-Machine-Learning (aadcertificate),
 * BoldSign (oauth2generic) and Connect Bridge (gateway); the Global redirect URL of 19 connectors.
 */
import type { JsonObject } from '../operations';
import {
  GLOBAL_REDIRECT_URL,
  type AuthConfig,
  type AuthKind,
  type BasicAuth,
  type ConnectionParameter,
  type OAuth2Auth,
  type OAuth2Definition,
  type ParamLabels,
  type ParameterSets,
} from './auth-config';
import { CUSTOM_PARAMETERS } from './read-auth';
import { compact } from './json-values';

const AAD_AUTHORIZE = 'https://login.windows.net/common/oauth2/authorize';

export function defaultBasic(windows = false): BasicAuth {
  if (windows) {
    return {
      username: { displayName: 'Username', description: 'Username credential', tooltip: 'Username credential' },
      password: { displayName: 'Password', description: 'Password credential', tooltip: 'Password credential' },
    };
  }
  return {
    definitionName: 'basic_auth',
    username: { displayName: 'username', description: 'The username for this api', tooltip: 'Provide the username' },
    password: { displayName: 'password', description: 'The password for this api', tooltip: 'Provide the password' },
  };
}

/** OAuth 2.0 settings for an identity provider (unknown providers get the generic shape, verbatim name). */
export function defaultOAuth2(provider = 'oauth2'): OAuth2Auth {
  const definition = (authorizationUrl: string, tokenUrl: string): OAuth2Definition => ({ name: 'oauth2_auth', flow: 'accessCode', authorizationUrl, tokenUrl, scopes: {} });
  const base: OAuth2Auth = {
    identityProvider: provider,
    clientId: '',
    scopes: [],
    redirectMode: 'Global',
    redirectUrl: GLOBAL_REDIRECT_URL,
    isFirstParty: 'False',
    onBehalfOfLoginSupported: false,
    tenantParameter: false,
    clientSecretInFile: false,
    definition: definition('', ''),
  };
  switch (provider) {
    case 'oauth2':
      return { ...base, authorizationUrl: '', tokenUrl: '', refreshUrl: '' };
    case 'oauth2generic':
      return { ...base, authorizationUrlTemplate: '', tokenUrlTemplate: '', refreshUrlTemplate: '' };
    case 'aad':
      return { ...base, loginUri: 'https://login.windows.net', tenantId: 'common', resourceUri: '', enableOnbehalfOfLogin: false, tenantParameter: true, definition: definition(AAD_AUTHORIZE, AAD_AUTHORIZE) };
    case 'aadcertificate': {
      // First-party only (rule 40): IsFirstParty "True", no redirect URL, as Azure-Machine-Learning.
      const { redirectUrl: _omit, onBehalfOfLoginSupported: _none, ...rest } = base;
      return { ...rest, isFirstParty: 'True', loginUri: 'https://login.windows.net', tenantId: 'common', resourceUri: '', tenantParameter: true, definition: definition(AAD_AUTHORIZE, AAD_AUTHORIZE) };
    }
    default:
      return base;
  }
}

/** The template for a kind, as the portal (and the corpus) would write it. */
export function defaultAuth(kind: AuthKind, provider?: string): AuthConfig {
  const config: AuthConfig = { kind, gateway: kind === 'windows', params: [] };
  if (kind === 'basic' || kind === 'windows') config.basic = defaultBasic(kind === 'windows');
  if (kind === 'apiKey') {
    config.apiKey = { definitionName: 'API Key', name: '', in: 'header', parameter: 'api_key', displayName: 'API Key', description: 'The API Key for this api', tooltip: 'Provide your API Key' };
  }
  if (kind === 'oauth2') {
    config.oauth2 = defaultOAuth2(provider);
    if (provider === 'oauth2generic') {
      config.params.push({ name: 'token:customHost', type: 'string', displayName: 'Host', description: 'The host name of your account, used in the OAuth URL templates as {CustomHost}', required: true });
    }
  }
  if (kind === 'multi') {
    const basic = defaultBasic();
    // Sets carry no swagger securityDefinition (Azure-Communication-Services-SMS-Events has none).
    const { definition: _none, ...oauth2 } = defaultOAuth2(provider);
    config.sets = {
      displayName: 'Authentication Type',
      description: 'Type of authentication to be used.',
      values: [
        { name: 'oauth', displayName: 'OAuth 2.0', description: 'Sign in with your account.', oauth2, params: [] },
        { name: 'basic', displayName: 'Basic authentication', description: 'Sign in with a username and password.', params: [basicParameter('username', basic.username), basicParameter('password', basic.password)] },
      ],
    };
  }
  return config;
}

function basicParameter(name: string, text: ParamLabels): ConnectionParameter {
  return { name, type: 'securestring', ...text, required: true };
}

/** uiDefinition with the labels and constraints in the portal's key order. */
function uiDefinition(text: ParamLabels, constraints: JsonObject): JsonObject {
  return compact({ displayName: text.displayName, description: text.description, tooltip: text.tooltip, constraints });
}

export function credentialJson(text: ParamLabels, options: { tabIndex: number; clearText: boolean; gateway?: boolean }): JsonObject {
  const constraints = compact({ tabIndex: options.tabIndex, clearText: options.clearText, required: 'true', capability: options.gateway ? ['gateway'] : undefined });
  return { type: 'securestring', uiDefinition: uiDefinition(text, constraints) };
}

export function basicParamsJson(basic: BasicAuth, windows: boolean): Record<string, JsonObject> {
  return {
    username: credentialJson(basic.username, { tabIndex: 2, clearText: true, gateway: windows }),
    password: credentialJson(basic.password, { tabIndex: 3, clearText: false, gateway: windows }),
  };
}

export function parameterJson(param: ConnectionParameter): JsonObject {
  const constraints = compact({
    required: param.required === undefined ? undefined : String(param.required),
    hidden: param.hidden === undefined ? undefined : String(param.hidden),
    allowedValues: param.allowedValues,
    clearText: param.type === 'securestring' ? false : undefined,
  });
  return compact({ type: param.type, defaultValue: param.defaultValue, uiDefinition: uiDefinition(param, constraints) });
}

export function tenantParameterJson(): JsonObject {
  return { type: 'string', metadata: { sourceType: 'AzureActiveDirectoryTenant' }, uiDefinition: { constraints: { required: 'false', hidden: 'true' } } };
}

/** customParameters member for a config field (enableOnbehalfOfLogin is a string value in the file). */
export function customParameterJson(value: string | boolean): JsonObject {
  return { value: typeof value === 'boolean' ? String(value) : value };
}

export function oauthSettingsJson(oauth: OAuth2Auth): JsonObject {
  const custom: JsonObject = {};
  for (const key of CUSTOM_PARAMETERS) if (oauth[key] !== undefined) custom[key] = customParameterJson(oauth[key] as string);
  if (oauth.enableOnbehalfOfLogin !== undefined) custom.enableOnbehalfOfLogin = customParameterJson(oauth.enableOnbehalfOfLogin);
  const properties = compact({ IsFirstParty: oauth.isFirstParty, AzureActiveDirectoryResourceId: oauth.aadResourceId, IsOnbehalfofLoginSupported: oauth.onBehalfOfLoginSupported });
  return compact({
    identityProvider: oauth.identityProvider,
    clientId: oauth.clientId,
    scopes: oauth.scopes,
    redirectMode: oauth.redirectMode,
    redirectUrl: oauth.redirectUrl,
    properties: Object.keys(properties).length > 0 ? properties : undefined,
    customParameters: Object.keys(custom).length > 0 ? custom : undefined,
  });
}

export function tokenJson(oauth: OAuth2Auth): JsonObject {
  return { type: 'oauthSetting', oAuthSettings: oauthSettingsJson(oauth) };
}

export function oauthDefinitionJson(definition: OAuth2Definition): JsonObject {
  return compact({ type: 'oauth2', flow: definition.flow, authorizationUrl: definition.authorizationUrl, tokenUrl: definition.tokenUrl, scopes: definition.scopes });
}

/** The gateway's parameters, as Connect Bridge writes them; authType offers the kind's value. */
export function gatewayParamJson(): JsonObject {
  return {
    type: 'gatewaySetting',
    gatewaySettings: { dataSourceType: 'CustomConnector', connectionDetails: [] },
    uiDefinition: { constraints: { tabIndex: 4, required: 'true', capability: ['gateway'] } },
  };
}

const GATEWAY_AUTH: Partial<Record<AuthKind, { file: string; text: string; value: string }>> = {
  none: { file: 'none', text: 'none', value: 'anonymous' },
  basic: { file: 'basic', text: 'Basic', value: 'basic' },
  windows: { file: 'windows', text: 'Windows', value: 'windows' },
};

export function authTypeParamJson(kind: AuthKind): JsonObject | undefined {
  const auth = GATEWAY_AUTH[kind];
  if (!auth) return undefined;
  const text = 'Authentication type to connect to your API';
  return {
    type: 'string',
    allowedValues: [{ value: auth.file }],
    uiDefinition: {
      displayName: 'Authentication Type',
      description: text,
      tooltip: text,
      constraints: { tabIndex: 1, required: 'true', allowedValues: [{ text: auth.text, value: auth.value }], capability: ['gateway'] },
    },
  };
}

export function setsJson(sets: ParameterSets): JsonObject {
  return compact({
    uiDefinition: compact({ displayName: sets.displayName, description: sets.description }),
    values: sets.values.map((set) => {
      const parameters: JsonObject = {};
      if (set.oauth2) {
        parameters.token = tokenJson(set.oauth2);
        if (set.oauth2.tenantParameter) parameters['token:TenantId'] = tenantParameterJson();
      }
      for (const param of set.params) parameters[param.name] = parameterJson(param);
      return { name: set.name, uiDefinition: compact({ displayName: set.displayName, description: set.description }), parameters };
    }),
  });
}
