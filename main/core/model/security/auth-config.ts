/**
 * The Security step's model: a JSON-able description of a connector's authentication, as the author set
 * it in the swagger (securityDefinitions/security) and apiProperties (connection parameters).
 *
 * readAuth (read-auth.ts) derives it from the documents; writeAuth (write-auth.ts) turns a changed config
 * back into minimal text edits; defaultAuth (auth-templates.ts) gives the shapes real connectors use.
 * Anything not modelled here (tabIndex, clearText, descriptions on secdefs, x-ms-* …) is never touched.
 *
 * Survey of the 93 corpus connectors (test/support/corpus.ts), November 2026:
 * - Kinds as read here: apiKey 53, oauth2 20 (identityProvider oauth2 13, aad 5, aadcertificate 2),
 *   basic 8, none 11, multi 1 (Azure-Communication-Services-SMS-Events: two sets, aadcertificate and an
 *   aad client-credentials set with token:TenantId/token:clientId/token:clientSecret; its second set spells
 *   the key `oauthSettings`), gateway 0, windows 0, oauth2generic 0.
 *   Gateway and oauth2generic shapes therefore come from PowerPlatformConnectors' Connect Bridge
 *   (`authType` string param + `gateway` gatewaySetting param + capabilities ["gateway"]) and BoldSign
 *   (`*UrlTemplate` custom parameters with {CustomHost}, driven by `token:customHost`). Windows auth is
 *   the portal's gateway-only option (CERTIFICATION.md open point: not corpus-verified): authType
 *   "windows" + username/password carrying capability ["gateway"], and no securityDefinition.
 * - securityDefinitions: apiKey 55 (header 47, query 8), oauth2 20 (accessCode 18, implicit 2), basic 8;
 *   `{}` in 11 swaggers, absent in 1; 2 swaggers declare two (LegalBot: header + query key, both paired
 *   with api_key; Pushcut: an unused apiKey next to its oauth2). Names vary freely ("API Key" is the
 *   portal's default and the most common; 5 oauth2 secdefs are literally named "undefined").
 * - security: entries 63, `[]` 23, absent 7; 3 reference a name that is not defined; 10 list scopes.
 * - Connection parameters (top level): securestring 68, string 29, oauthSetting 21. `api_key` in 51 connectors, two
 *   more call the key `apiKey`; username+password in 8 (Alvao, IronDefense and NSF-Data type username as
 *   `string`). 9 have none. token:TenantId (fixed AzureActiveDirectoryTenant shape) in 7, token:resourceUri
 *   in 1. One dropdown (`allowedValues`: Encodian region). `required` is a string in 97, absent in 21.
 *   Extra, non-auth parameters (host, hostName, subdomain, domain, region, baseurl …) in 18 connectors,
 *   and 19 connectors' policies read a parameter through @connectionParameters('…').
 * - OAuth: redirectMode Global 19, GlobalPerConnector 2; redirectUrl absent in 4 (aadcertificate and
 *   OrbusInfinity); clientId is always a placeholder or a public id; clientSecret is omitted by 20 of 21
 *   and one (HoneywellForge) keeps the placeholder "YOUR_CLIENT_SECRET" — we never write one.
 */

export type AuthKind = 'none' | 'basic' | 'apiKey' | 'oauth2' | 'windows' | 'multi';

/** The texts a connection parameter shows in the connection dialog (uiDefinition). */
export interface ParamLabels {
  displayName?: string;
  description?: string;
  tooltip?: string;
}

export interface AllowedValue {
  text?: string;
  value: string;
}

/** A connection parameter that is not the authentication itself (a host, a subdomain, a region …). */
export interface ConnectionParameter extends ParamLabels {
  /** `^[0-9a-zA-Z_]+$`, or `token:xxx` for a sub-parameter of the OAuth connection. */
  name: string;
  /** string | securestring | int | bool (kept verbatim when the file says something else). */
  type: string;
  /** uiDefinition.constraints.required (stored as the string "true"/"false"). */
  required?: boolean;
  /** uiDefinition.constraints.hidden (stored as a string). */
  hidden?: boolean;
  /** uiDefinition.constraints.allowedValues: shown as a dropdown. */
  allowedValues?: AllowedValue[];
  defaultValue?: unknown;
}

/** Basic (and Windows) authentication: the username and password parameters' texts. */
export interface BasicAuth {
  /** Name of the `basic` securityDefinition (absent for Windows auth, which has none). */
  definitionName?: string;
  username: ParamLabels;
  password: ParamLabels;
}

export interface ApiKeyAuth extends ParamLabels {
  /** Name of the `apiKey` securityDefinition (the portal uses the parameter label, "API Key"). */
  definitionName: string;
  /** Header or query parameter that carries the key, e.g. "X-API-Key". */
  name: string;
  in: 'header' | 'query';
  /** The securestring connection parameter holding the key: `api_key` (the pairing rule 39 expects). */
  parameter: string;
}

/** The swagger side of OAuth 2.0: an `oauth2` securityDefinition. */
export interface OAuth2Definition {
  name: string;
  /** accessCode (216 in the mirror) or implicit (3). */
  flow?: string;
  authorizationUrl?: string;
  tokenUrl?: string;
  /** Scope -> description (connectors mostly repeat the scope as its description). */
  scopes: Record<string, string>;
}

/** OAuth 2.0: the `token` oauthSetting parameter's oAuthSettings (and its securityDefinition). */
export interface OAuth2Auth {
  /** oauth2, aad, oauth2generic, aadcertificate, or any other the file names (kept verbatim). */
  identityProvider: string;
  clientId?: string;
  scopes: string[];
  /** Global | GlobalPerConnector (kept verbatim). */
  redirectMode?: string;
  redirectUrl?: string;
  /** Generic OAuth 2 customParameters. */
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  /** Azure AD customParameters. */
  loginUri?: string;
  tenantId?: string;
  resourceUri?: string;
  enableOnbehalfOfLogin?: boolean;
  /** oauth2generic customParameters: URLs with placeholders such as {CustomHost}. */
  authorizationUrlTemplate?: string;
  tokenUrlTemplate?: string;
  refreshUrlTemplate?: string;
  /** oAuthSettings.properties. */
  isFirstParty?: string;
  onBehalfOfLoginSupported?: boolean;
  aadResourceId?: string;
  /** The hidden `token:TenantId` parameter (AzureActiveDirectoryTenant) that AAD connectors add. */
  tenantParameter: boolean;
  /** The file carries a clientSecret (read-only: a warning for the UI; we never write one). */
  clientSecretInFile: boolean;
  definition?: OAuth2Definition;
}

/** One entry of connectionParameterSets (multi-auth): a named set of parameters. */
export interface ParameterSet extends Pick<ParamLabels, 'displayName' | 'description'> {
  name: string;
  /** The set's `token` oauthSetting parameter, when it signs in with OAuth. */
  oauth2?: OAuth2Auth;
  /** Every other parameter of the set (username, password, api_key, token:TenantId …). */
  params: ConnectionParameter[];
}

export interface ParameterSets extends Pick<ParamLabels, 'displayName' | 'description'> {
  values: ParameterSet[];
}

export interface AuthConfig {
  kind: AuthKind;
  /** On-premises data gateway: capabilities ["gateway"] + a gatewaySetting parameter. */
  gateway: boolean;
  /** kind basic or windows. */
  basic?: BasicAuth;
  apiKey?: ApiKeyAuth;
  oauth2?: OAuth2Auth;
  /** kind multi. */
  sets?: ParameterSets;
  /** Extra connection parameters, in file order. */
  params: ConnectionParameter[];
}

/** Where the documents keep what this model describes. */
export const PARAMS_POINTER = '/properties/connectionParameters';
export const SETS_POINTER = '/properties/connectionParameterSets';
export const TENANT_PARAMETER = 'token:TenantId';
export const GLOBAL_REDIRECT_URL = 'https://global.consent.azure-apim.net/redirect';
