/**
 * Connection-parameter shapes the app writes as quick fixes, modelled on the real certified examples of
 * CERTIFICATION.md §2c (API key: 1Me Corporate; basic: BulkSMS; generic OAuth2: Adobe Creative Cloud Libraries;
 * token:TenantId: the fixed shape the paconn schema pins down).
 */
export function apiKeyParameter(): Record<string, unknown> {
  return {
    type: 'securestring',
    uiDefinition: {
      displayName: 'API Key',
      description: 'The API Key for this api',
      tooltip: 'Provide your API Key',
      constraints: { tabIndex: 2, clearText: false, required: 'true' },
    },
  };
}

export function basicParameter(name: 'username' | 'password'): Record<string, unknown> {
  const label = name === 'username' ? 'Username' : 'Password';
  return {
    type: 'securestring',
    uiDefinition: {
      displayName: label,
      description: `The ${name} for this api`,
      tooltip: `Provide your ${name}`,
      constraints: { tabIndex: name === 'username' ? 2 : 3, clearText: name === 'username', required: 'true' },
    },
  };
}

/** A generic OAuth 2.0 token parameter pre-filled from the swagger's accessCode security definition. */
export function oauth2Parameter(authorizationUrl: string, tokenUrl: string, scopes: string[]): Record<string, unknown> {
  return {
    type: 'oauthSetting',
    oAuthSettings: {
      identityProvider: 'oauth2',
      clientId: '',
      scopes,
      redirectMode: 'GlobalPerConnector',
      properties: { IsFirstParty: 'False', IsOnbehalfofLoginSupported: false },
      customParameters: {
        authorizationUrl: { value: authorizationUrl },
        tokenUrl: { value: tokenUrl },
        refreshUrl: { value: tokenUrl },
      },
    },
  };
}

export function tenantIdParameter(): Record<string, unknown> {
  return {
    type: 'string',
    metadata: { sourceType: 'AzureActiveDirectoryTenant' },
    uiDefinition: { constraints: { required: 'false', hidden: 'true' } },
  };
}
