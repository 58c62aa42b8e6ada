/**
 * The "Obtaining Credentials" section of a generated readme, drafted from the security definition and
 * the connection parameters. Independent-publisher and custom connectors bring their own OAuth app, so
 * for them the app-registration steps are spelled out (the repository README requires it for IP).
 */
import type { ConnectorKindName } from '../model/kind';
import { isObject, type JsonObject } from '../model/operations';
import { placeholder } from './readme-placeholders';

const DEFAULT_REDIRECT_URL = 'https://global.consent.azure-apim.net/redirect';

export function draftCredentials(swagger: unknown, properties: unknown, kind: ConnectorKindName, title: string): string[] {
  const schemes = isObject(swagger) && isObject(swagger.securityDefinitions) ? Object.values(swagger.securityDefinitions).filter(isObject) : [];
  if (schemes.length === 0) return ['This connector does not need credentials: no sign-in is required to use it.'];
  const lines: string[] = [];
  for (const scheme of schemes) {
    if (lines.length > 0) lines.push('');
    if (scheme.type === 'apiKey') lines.push(...apiKey(scheme, title));
    else if (scheme.type === 'basic') lines.push(...basic(title));
    else if (scheme.type === 'oauth2') lines.push(...oauth(scheme, oauthSettings(properties), kind, title));
  }
  return lines;
}

function apiKey(scheme: JsonObject, title: string): string[] {
  const where = scheme.in === 'query' ? 'query parameter' : 'header';
  const name = typeof scheme.name === 'string' ? ` \`${scheme.name}\`` : '';
  return [
    `This connector authenticates with an API key, sent in the${name} ${where}.`,
    '',
    `To get an API key: ${placeholder(`where in ${title} a user creates an API key, step by step`)}`,
    '',
    'When you create a connection, paste the key into the **API Key** field.',
  ];
}

function basic(title: string): string[] {
  return [
    `This connector uses basic authentication: sign in with the user name and password of your ${title} account.`,
    '',
    placeholder(`which ${title} account or role can use the connector, and how to get one`),
  ];
}

function oauthSettings(properties: unknown): JsonObject {
  const params = isObject(properties) && isObject(properties.properties) ? properties.properties.connectionParameters : undefined;
  const token = isObject(params) ? params.token : undefined;
  return isObject(token) && isObject(token.oAuthSettings) ? token.oAuthSettings : {};
}

function oauth(scheme: JsonObject, settings: JsonObject, kind: ConnectorKindName, title: string): string[] {
  const scopes = Array.isArray(settings.scopes) && settings.scopes.length > 0
    ? settings.scopes.map(String)
    : isObject(scheme.scopes) ? Object.keys(scheme.scopes) : [];
  const scopeLine = scopes.length > 0 ? `The connector asks for these scopes: ${scopes.map((s) => `\`${s}\``).join(', ')}.` : '';
  if (kind === 'certified') {
    return [
      `This connector uses OAuth 2.0: when you create a connection you sign in with your ${title} account and approve access.`,
      ...(scopeLine ? ['', scopeLine] : []),
      '',
      placeholder(`which ${title} plan or role a user needs to sign in`),
    ];
  }
  const redirect = typeof settings.redirectUrl === 'string' ? settings.redirectUrl : DEFAULT_REDIRECT_URL;
  const isAad = settings.identityProvider === 'aad' || settings.identityProvider === 'aadcertificate';
  const steps = isAad
    ? [
        '1. Sign in to the [Microsoft Entra admin center](https://entra.microsoft.com) and open **App registrations** > **New registration**.',
        `2. Name the app, choose the supported account types, and add the redirect URI \`${redirect}\` (platform: Web).`,
        '3. Under **Certificates & secrets**, create a client secret and copy its value.',
        `4. Under **API permissions**, add the permissions the connector needs${scopes.length ? ` (${scopes.join(', ')})` : ''} and grant consent.`,
        '5. In the connector\'s **Security** step, enter the application (client) ID and the client secret.',
      ]
    : [
        `1. Sign in to the ${title} developer portal: ${placeholder('the URL where developers register apps')}.`,
        `2. Create an OAuth app and set its redirect URL to \`${redirect}\`.`,
        '3. Copy the client ID and client secret the portal shows.',
        '4. In the connector\'s **Security** step, enter the client ID and client secret.',
      ];
  return [
    `This connector uses OAuth 2.0 with your own app registration.${scopeLine ? ` ${scopeLine}` : ''}`,
    '',
    ...steps,
  ];
}
