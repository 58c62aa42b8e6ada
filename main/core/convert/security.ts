/**
 * Authentication as Power Platform connectors declare it: a Swagger 2.0 security definition plus the
 * matching apiProperties connection parameters (CERTIFICATION.md §1, Security step). Shared by the
 * OpenAPI 3 and Postman converters.
 */
import type { JsonObject } from './util';

export type AuthSpec =
  | { kind: 'apiKey'; name: string; in: 'header' | 'query' }
  | { kind: 'basic' }
  | { kind: 'bearer' }
  | {
      kind: 'oauth2';
      flow: 'accessCode' | 'implicit' | 'application' | 'password';
      authorizationUrl: string;
      tokenUrl: string;
      refreshUrl?: string;
      scopes: Record<string, string>;
    };

export interface ConnectorAuth {
  definition: JsonObject;
  connectionParameters: JsonObject;
}

/** Power Platform's global OAuth redirect URL (the wizard's default). */
export const REDIRECT_URL = 'https://global.consent.azure-apim.net/redirect';

function secureString(displayName: string, description: string, tabIndex: number): JsonObject {
  return {
    type: 'securestring',
    uiDefinition: { displayName, description, tooltip: `Provide your ${displayName}`, constraints: { tabIndex, clearText: false, required: 'true' } },
  };
}

export function connectorAuth(spec: AuthSpec): ConnectorAuth {
  switch (spec.kind) {
    case 'apiKey':
      return {
        definition: { type: 'apiKey', in: spec.in, name: spec.name },
        connectionParameters: { api_key: secureString('API Key', 'The API Key for this api', 2) },
      };
    case 'basic':
      return {
        definition: { type: 'basic' },
        connectionParameters: {
          username: {
            type: 'securestring',
            uiDefinition: { displayName: 'Username', description: 'The username for this api', tooltip: 'Provide your Username', constraints: { tabIndex: 2, clearText: true, required: 'true' } },
          },
          password: secureString('Password', 'The password for this api', 3),
        },
      };
    case 'bearer':
      // Connectors have no bearer scheme: the token goes in the Authorization header as an API key.
      return {
        definition: { type: 'apiKey', in: 'header', name: 'Authorization' },
        connectionParameters: { api_key: secureString('API Key', "Enter 'Bearer ' followed by your token", 2) },
      };
    case 'oauth2':
      return { definition: oauthDefinition(spec), connectionParameters: { token: oauthSetting(spec) } };
  }
}

function oauthDefinition(spec: Extract<AuthSpec, { kind: 'oauth2' }>): JsonObject {
  const definition: JsonObject = { type: 'oauth2', flow: spec.flow };
  if (spec.flow === 'accessCode' || spec.flow === 'implicit') definition.authorizationUrl = spec.authorizationUrl;
  if (spec.flow !== 'implicit') definition.tokenUrl = spec.tokenUrl;
  definition.scopes = spec.scopes;
  return definition;
}

function oauthSetting(spec: Extract<AuthSpec, { kind: 'oauth2' }>): JsonObject {
  const customParameters: JsonObject = {
    authorizationUrl: { value: spec.authorizationUrl },
    tokenUrl: { value: spec.tokenUrl },
    refreshUrl: { value: spec.refreshUrl ?? spec.tokenUrl },
  };
  return {
    type: 'oauthSetting',
    oAuthSettings: {
      identityProvider: 'oauth2',
      clientId: '',
      scopes: Object.keys(spec.scopes),
      redirectMode: 'Global',
      redirectUrl: REDIRECT_URL,
      properties: { IsFirstParty: 'False' },
      customParameters,
    },
  };
}

/** A fresh apiProperties.json document, with the defaults the wizard would write. */
export function emptyProperties(): { properties: JsonObject } {
  return { properties: { connectionParameters: {}, iconBrandColor: '#007ee5', capabilities: [], policyTemplateInstances: [] } };
}

/** A dynamichosturl policy: the backend URL is built from connection parameters at run time. */
export function dynamicHostPolicy(urlTemplate: string, title: string): JsonObject {
  return { templateId: 'dynamichosturl', title, parameters: { 'x-ms-apimTemplateParameter.urlTemplate': urlTemplate } };
}

export function textConnectionParameter(displayName: string, description: string): JsonObject {
  return { type: 'string', uiDefinition: { displayName, description, tooltip: description, constraints: { required: 'true' } } };
}
