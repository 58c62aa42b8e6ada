/** Postman auth (v2.0: { basic: { username } }, v2.1: { basic: [{ key, value }] }) -> connector authentication. */
import type { PointerSegment } from '../model/json-pointer';
import { resolveVariables } from './postman-url';
import type { Reporter } from './report';
import type { AuthSpec } from './security';
import { isAbsoluteUrl, isObject, type JsonObject } from './util';

/** The auth's settings as name -> value for both collection versions. */
export function authSettings(auth: JsonObject): Record<string, string> {
  const type = String(auth.type);
  const raw = auth[type];
  const out: Record<string, string> = {};
  if (Array.isArray(raw)) {
    for (const entry of raw.filter(isObject)) if (typeof entry.key === 'string') out[entry.key] = entry.value === undefined ? '' : String(entry.value);
  } else if (isObject(raw)) {
    for (const [key, value] of Object.entries(raw)) out[key] = value === undefined ? '' : String(value);
  }
  return out;
}

const GRANTS: Record<string, 'accessCode' | 'implicit' | 'application' | 'password'> = {
  authorization_code: 'accessCode',
  authorization_code_with_pkce: 'accessCode',
  implicit: 'implicit',
  client_credentials: 'application',
  password_credentials: 'password',
};

export function authSpec(auth: unknown, at: PointerSegment[], variables: Map<string, string>, report: Reporter): AuthSpec | undefined {
  if (!isObject(auth) || auth.type === 'noauth' || auth.type === undefined) return undefined;
  const settings = authSettings(auth);
  switch (auth.type) {
    case 'apikey': {
      const location = settings.in === 'query' ? 'query' : 'header';
      return { kind: 'apiKey', name: settings.key || 'X-API-Key', in: location };
    }
    case 'basic':
      return { kind: 'basic' };
    case 'bearer':
      report.approximated('Bearer token authentication became an API key in the Authorization header, as connectors do: users enter "Bearer <token>".', at, 'apiProperties.json#/properties/connectionParameters/api_key');
      return { kind: 'bearer' };
    case 'oauth2':
      return oauthSpec(settings, at, variables, report);
    default:
      report.dropped(`"${String(auth.type)}" authentication is not supported by connectors (use OAuth 2.0, API key or basic).`, at);
      return undefined;
  }
}

function oauthSpec(settings: Record<string, string>, at: PointerSegment[], variables: Map<string, string>, report: Reporter): AuthSpec {
  const flow = GRANTS[settings.grant_type ?? 'authorization_code'] ?? 'accessCode';
  if (flow !== 'accessCode') report.approximated(`OAuth 2.0 "${settings.grant_type}" grant kept, but Power Platform's generic OAuth 2.0 uses the authorization-code flow: review the Security step.`, at);
  const url = (key: string) => {
    const value = resolveVariables(settings[key] ?? '', variables);
    if (isAbsoluteUrl(value)) return value;
    // Each grant uses only some URLs: an unused one may be empty without harm.
    if (key === 'authUrl' && flow !== 'accessCode' && flow !== 'implicit') return resolveVariables(settings.accessTokenUrl ?? '', variables) || 'https://login.example.com/oauth2/authorize';
    if (key === 'accessTokenUrl' && flow === 'implicit') return resolveVariables(settings.authUrl ?? '', variables) || 'https://login.example.com/oauth2/token';
    report.approximated(`OAuth 2.0 ${key} ${JSON.stringify(value)} is missing or unresolved: a placeholder was used; set it in the Security step.`, [...at, key]);
    return key === 'authUrl' ? 'https://login.example.com/oauth2/authorize' : 'https://login.example.com/oauth2/token';
  };
  const scopes: Record<string, string> = {};
  for (const scope of (settings.scope ?? '').split(/[\s,]+/).filter((s) => s !== '')) scopes[scope] = '';
  const refresh = resolveVariables(settings.refreshTokenUrl ?? '', variables);
  return {
    kind: 'oauth2',
    flow,
    authorizationUrl: url('authUrl'),
    tokenUrl: url('accessTokenUrl'),
    refreshUrl: isAbsoluteUrl(refresh) ? refresh : undefined,
    scopes,
  };
}
