/**
 * readAuth: the connector's authentication as a human reads it off the swagger and apiProperties.
 * Lenient by design — real files are inconsistent (see the survey in auth-config.ts) — and it never
 * fails: anything it cannot place stays in the files untouched.
 */
import { isObject, type JsonObject } from '../operations';
import {
  TENANT_PARAMETER,
  type AuthConfig,
  type AuthKind,
  type BasicAuth,
  type ConnectionParameter,
  type OAuth2Auth,
  type OAuth2Definition,
  type ParamLabels,
  type ParameterSet,
  type ParameterSets,
} from './auth-config';
import { flag, obj, setDefined, str, strings } from './json-values';

/** What the writer needs besides the config: which parameters the authentication owns. */
export interface AuthInspection {
  config: AuthConfig;
  /** Connection parameters that belong to the kind (removed when the kind changes). */
  authParams: string[];
  /** gatewaySetting parameters and the gateway's authType parameter. */
  gatewayParams: string[];
}

export function readAuth(swagger: unknown, properties: unknown): AuthConfig {
  return inspectAuth(swagger, properties).config;
}

export function inspectAuth(swagger: unknown, properties: unknown): AuthInspection {
  const definitions = obj(obj(swagger).securityDefinitions);
  const props = obj(obj(properties).properties);
  const raw = obj(props.connectionParameters);
  const names = Object.keys(raw);
  const paramOf = (name: string) => obj(raw[name]);

  const gatewayParams = names.filter((n) => paramOf(n).type === 'gatewaySetting');
  const gateway = strings(props.capabilities).includes('gateway') || gatewayParams.length > 0;
  if (gateway && gatewayAuthTypes(paramOf('authType')).length > 0) gatewayParams.push('authType');

  const kind = detectKind(definitions, raw, props, gateway ? gatewayAuthTypes(paramOf('authType')) : []);
  const config: AuthConfig = { kind, gateway, params: [] };
  const authParams: string[] = [];
  const firstDefinition = (type: string) => Object.keys(definitions).find((n) => obj(definitions[n]).type === type);

  if (kind === 'basic' || kind === 'windows') {
    const basic: BasicAuth = { username: labels(paramOf('username')), password: labels(paramOf('password')) };
    const definitionName = kind === 'basic' ? firstDefinition('basic') : undefined;
    config.basic = definitionName === undefined ? basic : { definitionName, ...basic };
    authParams.push(...['username', 'password'].filter((n) => n in raw));
  } else if (kind === 'apiKey') {
    const definitionName = firstDefinition('apiKey') ?? 'API Key';
    const definition = obj(definitions[definitionName]);
    const parameter = apiKeyParameter(raw);
    config.apiKey = {
      definitionName,
      name: str(definition.name) ?? '',
      in: definition.in === 'query' ? 'query' : 'header',
      parameter,
      ...labels(paramOf(parameter)),
    };
    if (parameter in raw) authParams.push(parameter);
  } else if (kind === 'oauth2') {
    const definitionName = firstDefinition('oauth2');
    config.oauth2 = readOAuth2(paramOf('token'), raw, definitionName === undefined ? undefined : readDefinition(definitionName, definitions[definitionName]));
    authParams.push(...['token', ...(config.oauth2.tenantParameter ? [TENANT_PARAMETER] : [])].filter((n) => n in raw));
  } else if (kind === 'multi') {
    config.sets = readSets(props.connectionParameterSets);
    // Multi-auth connectors may keep a legacy copy of a set's token at the top level.
    authParams.push(...names.filter((n) => paramOf(n).type === 'oauthSetting' || n.startsWith('token:')));
  }

  const owned = new Set([...authParams, ...gatewayParams]);
  config.params = names.filter((n) => !owned.has(n)).map((n) => readParameter(n, raw[n]));
  return { config, authParams, gatewayParams };
}

function detectKind(definitions: JsonObject, raw: JsonObject, props: JsonObject, gatewayAuth: string[]): AuthKind {
  const types = new Set(Object.values(definitions).map((d) => obj(d).type));
  const paramTypes = new Set(Object.values(raw).map((p) => obj(p).type));
  if (isObject(props.connectionParameterSets)) return 'multi';
  if (gatewayAuth.includes('windows')) return 'windows';
  if (paramTypes.has('oauthSetting') || types.has('oauth2')) return 'oauth2';
  if (types.has('basic')) return 'basic';
  if (types.has('apiKey')) return 'apiKey';
  if ('username' in raw && 'password' in raw) return 'basic';
  if ('api_key' in raw) return 'apiKey';
  return 'none';
}

/** The values a gateway's `authType` parameter offers ("anonymous", "basic", "windows"). */
export function gatewayAuthTypes(param: JsonObject): string[] {
  const constraints = obj(obj(param.uiDefinition).constraints);
  const values = [param.allowedValues, constraints.allowedValues].flatMap((list) => (Array.isArray(list) ? list : []));
  return values.map((v) => str(obj(v).value)).filter((v): v is string => v !== undefined);
}

/** `api_key` by the pairing rule; otherwise the only securestring parameter (two corpus files say `apiKey`). */
function apiKeyParameter(raw: JsonObject): string {
  if ('api_key' in raw) return 'api_key';
  const secure = Object.keys(raw).filter((n) => obj(raw[n]).type === 'securestring');
  return secure.length === 1 ? secure[0] : 'api_key';
}

export function labels(param: JsonObject): ParamLabels {
  const ui = obj(param.uiDefinition);
  const out: ParamLabels = {};
  for (const key of ['displayName', 'description', 'tooltip'] as const) setDefined(out, key, str(ui[key]));
  return out;
}

export function readParameter(name: string, value: unknown): ConnectionParameter {
  const param = obj(value);
  const constraints = obj(obj(param.uiDefinition).constraints);
  const out: ConnectionParameter = { name, type: str(param.type) ?? 'string', ...labels(param) };
  setDefined(out, 'required', flag(constraints.required));
  setDefined(out, 'hidden', flag(constraints.hidden));
  if (Array.isArray(constraints.allowedValues)) {
    out.allowedValues = constraints.allowedValues.map((v) => {
      const entry = obj(v);
      const text = str(entry.text);
      return { ...(text !== undefined && { text }), value: String(entry.value ?? '') };
    });
  }
  setDefined(out, 'defaultValue', param.defaultValue);
  return out;
}

/** Custom parameters by the config field that holds them (the file key is the same name). */
export const CUSTOM_PARAMETERS = [
  'authorizationUrl',
  'tokenUrl',
  'refreshUrl',
  'loginUri',
  'tenantId',
  'resourceUri',
  'authorizationUrlTemplate',
  'tokenUrlTemplate',
  'refreshUrlTemplate',
] as const;

/** The token parameter's settings object: real files spell the key `oAuthSettings`, one `oauthSettings`. */
export function oauthSettingsKey(token: JsonObject): 'oAuthSettings' | 'oauthSettings' {
  return !isObject(token.oAuthSettings) && isObject(token.oauthSettings) ? 'oauthSettings' : 'oAuthSettings';
}

export function readOAuth2(token: JsonObject, params: JsonObject, definition: OAuth2Definition | undefined): OAuth2Auth {
  const settings = obj(token[oauthSettingsKey(token)]);
  const custom = obj(settings.customParameters);
  const properties = obj(settings.properties);
  const tenant = obj(params[TENANT_PARAMETER]);
  const out: OAuth2Auth = {
    identityProvider: str(settings.identityProvider) ?? 'oauth2',
    scopes: strings(settings.scopes),
    tenantParameter: isTenantParameter(tenant),
    clientSecretInFile: 'clientSecret' in settings,
  };
  setDefined(out, 'clientId', str(settings.clientId));
  setDefined(out, 'redirectMode', str(settings.redirectMode));
  setDefined(out, 'redirectUrl', str(settings.redirectUrl));
  for (const key of CUSTOM_PARAMETERS) setDefined(out, key, str(obj(custom[key]).value));
  setDefined(out, 'enableOnbehalfOfLogin', flag(obj(custom.enableOnbehalfOfLogin).value));
  setDefined(out, 'isFirstParty', str(properties.IsFirstParty));
  setDefined(out, 'onBehalfOfLoginSupported', flag(properties.IsOnbehalfofLoginSupported));
  setDefined(out, 'aadResourceId', str(properties.AzureActiveDirectoryResourceId));
  if (definition) out.definition = definition;
  return out;
}

/**
 * The fixed hidden token:TenantId that AAD connectors add (rule 40). A visible one with its own labels
 * (a client-credentials set asks the user for it) is an ordinary parameter.
 */
function isTenantParameter(param: JsonObject): boolean {
  return obj(param.metadata).sourceType === 'AzureActiveDirectoryTenant' && flag(obj(obj(param.uiDefinition).constraints).hidden) === true;
}

function readDefinition(name: string, value: unknown): OAuth2Definition {
  const definition = obj(value);
  const scopes = Object.entries(obj(definition.scopes)).map(([scope, text]) => [scope, str(text) ?? ''] as const);
  const out: OAuth2Definition = { name, scopes: Object.fromEntries(scopes) };
  setDefined(out, 'flow', str(definition.flow));
  setDefined(out, 'authorizationUrl', str(definition.authorizationUrl));
  setDefined(out, 'tokenUrl', str(definition.tokenUrl));
  return out;
}

function readSets(value: unknown): ParameterSets {
  const sets = obj(value);
  const ui = labels(sets);
  const out: ParameterSets = { ...setLabels(ui), values: [] };
  for (const entry of Array.isArray(sets.values) ? sets.values : []) {
    const set = obj(entry);
    const params = obj(set.parameters);
    const token = obj(params.token);
    const oauth2 = token.type === 'oauthSetting' ? readOAuth2(token, params, undefined) : undefined;
    const owned = new Set(oauth2 ? ['token', ...(oauth2.tenantParameter ? [TENANT_PARAMETER] : [])] : []);
    const parsed: ParameterSet = {
      name: str(set.name) ?? '',
      ...setLabels(labels(set)),
      ...(oauth2 && { oauth2 }),
      params: Object.keys(params).filter((n) => !owned.has(n)).map((n) => readParameter(n, params[n])),
    };
    out.values.push(parsed);
  }
  return out;
}

function setLabels(ui: ParamLabels): Pick<ParamLabels, 'displayName' | 'description'> {
  return {
    ...(ui.displayName !== undefined && { displayName: ui.displayName }),
    ...(ui.description !== undefined && { description: ui.description }),
  };
}

/** The kind of sign-in a multi-auth set offers (for the UI's list; not stored in the config). */
export function setKind(set: ParameterSet): 'oauth2' | 'basic' | 'apiKey' | 'none' {
  const names = new Set(set.params.map((p) => p.name));
  if (set.oauth2) return 'oauth2';
  if (names.has('username') && names.has('password')) return 'basic';
  if (names.has('api_key')) return 'apiKey';
  return 'none';
}
