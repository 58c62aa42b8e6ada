/**
 * Catalogue 40 (E): OAuth 2.0 is consistent between the swagger and apiProperties.json.
 * - swagger `oauth2` security definitions use `flow: accessCode` with `authorizationUrl` and `tokenUrl`
 *   (216 accessCode vs 3 implicit in the mirror). The corpus shows `implicit` accepted where the token is
 *   Azure AD (`aad`, `aadcertificate`: the platform takes the flow from apiProperties), so that case is a warning.
 * - `oAuthSettings.customParameters` match the identity provider (paconn schema): oauth2 needs
 *   authorizationUrl, tokenUrl, refreshUrl; oauth2generic its URL templates; aad and aadcertificate need
 *   resourceUri (aad also loginUri and tenantId, warned); aadcertificate needs `properties.IsFirstParty: "True"`.
 * - `token:TenantId` has the exact fixed shape the paconn schema pins down (string, sourceType
 *   AzureActiveDirectoryTenant, hidden, not required). Exception seen in the corpus (Azure Communication Services
 *   SMS Events): a service-principal connection (`token:clientId` beside it) asks the user for the tenant, so
 *   there it may be visible and required.
 */
import type { Report, Rule } from './rule';
import { isObject, type JsonObject } from '../model/operations';
import { allConnectionParameters, securityDefinitions, type ConnectionParameterRef } from './support-package/api-properties';
import { tenantIdParameter } from './support-package/templates';

const AZURE_AD = new Set(['aad', 'aadcertificate']);

/** customParameters per identity provider: [name, severity]. */
const CUSTOM_PARAMETERS: Record<string, [string, 'error' | 'warning'][]> = {
  oauth2: [['authorizationUrl', 'error'], ['tokenUrl', 'error'], ['refreshUrl', 'error']],
  oauth2generic: [['authorizationUrlTemplate', 'error'], ['tokenUrlTemplate', 'error']],
  aad: [['resourceUri', 'error'], ['loginUri', 'warning'], ['tenantId', 'warning']],
  aadcertificate: [['resourceUri', 'error']],
};

export const oauthSettings: Rule = {
  id: 'oauth-settings',
  catalogue: [40],
  severity: 'error',
  step: 'security',
  description: 'OAuth 2.0: accessCode flow, identity-provider parameters, token:TenantId shape.',
  check(ctx, report) {
    const parameters = allConnectionParameters(ctx.properties);
    const tokens = parameters.filter((p) => p.parameter.type === 'oauthSetting');
    const azureAd = tokens.some((t) => {
      const { settings } = settingsOf(t);
      return isObject(settings) && AZURE_AD.has(String(settings.identityProvider));
    });
    checkSecurityDefinitions(ctx.swagger, azureAd, report);
    for (const token of tokens) checkToken(token, report);
    for (const tenant of parameters.filter((p) => p.name === 'token:TenantId')) {
      const servicePrincipal = parameters.some((p) => p.name === 'token:clientId' && p.set === tenant.set);
      checkTenantId(tenant, servicePrincipal, report);
    }
  },
};

function checkSecurityDefinitions(swagger: unknown, azureAd: boolean, report: Report): void {
  for (const def of securityDefinitions(swagger).filter((d) => d.type === 'oauth2')) {
    const flow = def.definition.flow;
    if (flow !== 'accessCode') {
      report({
        severity: azureAd && flow === 'implicit' ? 'warning' : 'error',
        message: `The oauth2 security definition '${def.name}' must use "flow": "accessCode" (found ${JSON.stringify(flow ?? null)}).`,
        file: 'apiDefinition.swagger.json',
        path: `${def.pointer}/flow`,
      });
      continue;
    }
    for (const key of ['authorizationUrl', 'tokenUrl']) {
      if (typeof def.definition[key] === 'string' && def.definition[key] !== '') continue;
      report({
        message: `The oauth2 security definition '${def.name}' needs '${key}' for the accessCode flow.`,
        file: 'apiDefinition.swagger.json',
        path: `${def.pointer}/${key}`,
      });
    }
  }
}

/**
 * A token's oAuthSettings, under whatever casing it is spelled ("oauthSettings" in Microsoft's own certified
 * Azure Communication Services connectors): the spelling is api-properties-schema's finding; the settings are
 * still checked here, where they are.
 */
function settingsOf(token: ConnectionParameterRef): { key: string; settings: unknown } {
  const key = Object.keys(token.parameter).find((name) => name.toLowerCase() === 'oauthsettings') ?? 'oAuthSettings';
  return { key, settings: token.parameter[key] };
}

function checkToken(token: ConnectionParameterRef, report: Report): void {
  const { key, settings } = settingsOf(token);
  if (!isObject(settings)) {
    report({ message: `The oauthSetting parameter '${token.name}' needs 'oAuthSettings'.`, file: 'apiProperties.json', path: `${token.pointer}/oAuthSettings` });
    return;
  }
  const at = `${token.pointer}/${key}`;
  const provider = String(settings.identityProvider);
  const custom: JsonObject = isObject(settings.customParameters) ? settings.customParameters : {};
  // Read regardless of case, as the platform does: Microsoft's certified connectors write "ResourceUri".
  const customNames = new Set(Object.keys(custom).map((name) => name.toLowerCase()));
  for (const [name, severity] of CUSTOM_PARAMETERS[provider] ?? []) {
    if (customNames.has(name.toLowerCase())) continue;
    report({
      severity,
      message: `The '${provider}' identity provider needs the custom parameter '${name}'.`,
      file: 'apiProperties.json',
      path: `${at}/customParameters/${name}`,
    });
  }
  if (provider === 'aadcertificate') {
    const firstParty = isObject(settings.properties) ? settings.properties.IsFirstParty : undefined;
    if (firstParty !== 'True') {
      const path = `${at}/properties/IsFirstParty`;
      report({
        message: "The 'aadcertificate' identity provider is only supported for first-party Azure AD apps: set properties.IsFirstParty to \"True\" (or use 'aad').",
        file: 'apiProperties.json',
        path,
      });
    }
  }
}

function checkTenantId(tenant: ConnectionParameterRef, servicePrincipal: boolean, report: Report): void {
  const p = tenant.parameter;
  const constraints = isObject(p.uiDefinition) && isObject(p.uiDefinition.constraints) ? p.uiDefinition.constraints : {};
  const ok =
    p.type === 'string' &&
    isObject(p.metadata) &&
    p.metadata.sourceType === 'AzureActiveDirectoryTenant' &&
    (servicePrincipal || (constraints.hidden === 'true' && constraints.required === 'false'));
  if (ok) return;
  report({
    message:
      "'token:TenantId' must have the fixed shape: type \"string\", metadata.sourceType \"AzureActiveDirectoryTenant\", constraints hidden \"true\" and required \"false\".",
    file: 'apiProperties.json',
    path: tenant.pointer,
    fix: { label: 'Use the standard token:TenantId parameter', edits: [{ file: 'apiProperties.json', path: tenant.pointer, value: tenantIdParameter() }] },
  });
}
