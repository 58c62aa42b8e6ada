/**
 * Catalogue 39 (E): the swagger's security definition and the connection parameters of apiProperties.json
 * must pair up — `apiKey` ↔ `api_key` securestring (519/535 in the mirror), `basic` ↔ `username` + `password`
 * (74/76), `oauth2` ↔ `token` oauthSetting (211/213); no security definition ↔ no auth parameters.
 *
 * Shapes the certified corpus shows the platform accepts, so they are not errors:
 * - an API-key parameter under another name (ActiveCampaign, Sociabble: `apiKey`) — a warning;
 * - several security definitions of which the connection implements one (Pushcut, LegalBot);
 * - extra plain parameters (custom host, region, gateway) and secure values used only by policies
 *   through `@connectionParameters('…')` (ExchangeRate).
 */
import type { Report, Rule } from './rule';
import type { JsonObject } from '../model/operations';
import {
  allConnectionParameters,
  propertiesOf,
  securityDefinitions,
  type ConnectionParameterRef,
  type SecurityDefinitionRef,
} from './support-package/api-properties';
import { apiKeyParameter, basicParameter, oauth2Parameter } from './support-package/templates';

const TOP = '/properties/connectionParameters';

export const authParameterPairing: Rule = {
  id: 'auth-parameter-pairing',
  catalogue: [39],
  severity: 'error',
  step: 'security',
  description: 'Security definitions and connection parameters match (api_key, username/password, token).',
  check(ctx, report) {
    if (ctx.swagger === undefined || propertiesOf(ctx.properties) === undefined) return;
    const definitions = securityDefinitions(ctx.swagger);
    const parameters = allConnectionParameters(ctx.properties);
    if (definitions.length === 0) {
      reportOrphanAuthParameters(parameters, policyReferences(ctx.properties), report);
      return;
    }
    const results = definitions.map((definition) => ({ definition, problems: pairing(definition, parameters) }));
    // A connection implements one of several security definitions (multi-auth uses connectionParameterSets).
    if (definitions.length > 1 && results.some((r) => r.problems.every((p) => p.severity === 'warning'))) return;
    for (const { problems } of results) for (const problem of problems) report(problem);
  },
};

type Problem = Parameters<Report>[0];

function pairing(definition: SecurityDefinitionRef, parameters: ConnectionParameterRef[]): Problem[] {
  const byName = (name: string) => parameters.find((p) => p.name === name);
  const label = `The swagger's ${definition.type} security definition '${definition.name}'`;
  switch (definition.type) {
    case 'apiKey': {
      const apiKey = byName('api_key');
      if (apiKey?.parameter.type === 'securestring') return [];
      if (apiKey) return [wrongType(apiKey, 'securestring', label)];
      const other = parameters.find((p) => p.parameter.type === 'securestring' && !['username', 'password'].includes(p.name));
      if (other) {
        return [{
          severity: 'warning',
          message: `${label} is usually paired with a securestring connection parameter named 'api_key'; this connector uses '${other.name}'.`,
          file: 'apiProperties.json',
          path: other.pointer,
        }];
      }
      return [missing('api_key', label, 'a securestring connection parameter', apiKeyParameter())];
    }
    case 'basic': {
      const out: Problem[] = [];
      for (const name of ['username', 'password'] as const) {
        const found = byName(name);
        if (!found) out.push(missing(name, label, 'a connection parameter', basicParameter(name)));
      }
      return out;
    }
    case 'oauth2': {
      const token = byName('token');
      if (token?.parameter.type === 'oauthSetting') return [];
      if (token) return [wrongType(token, 'oauthSetting', label)];
      return [missing('token', label, 'an oauthSetting connection parameter', oauthTemplate(definition.definition))];
    }
    default:
      return [];
  }
}

function missing(name: string, label: string, what: string, value: unknown | undefined): Problem {
  const path = `${TOP}/${name}`;
  return {
    message: `${label} needs ${what} named '${name}' in apiProperties.json.`,
    file: 'apiProperties.json',
    path,
    fix: value === undefined ? undefined : { label: `Add the '${name}' connection parameter`, edits: [{ file: 'apiProperties.json', path, value }] },
  };
}

function wrongType(parameter: ConnectionParameterRef, type: string, label: string): Problem {
  const path = `${parameter.pointer}/type`;
  return {
    message: `${label} needs the connection parameter '${parameter.name}' to be of type '${type}'.`,
    file: 'apiProperties.json',
    path,
    fix: { label: `Make '${parameter.name}' a ${type}`, edits: [{ file: 'apiProperties.json', path, value: type }] },
  };
}

function oauthTemplate(definition: JsonObject): unknown | undefined {
  const { authorizationUrl, tokenUrl, scopes } = definition;
  if (typeof authorizationUrl !== 'string' || typeof tokenUrl !== 'string') return undefined;
  return oauth2Parameter(authorizationUrl, tokenUrl, scopes && typeof scopes === 'object' ? Object.keys(scopes) : []);
}

/**
 * Without a security definition, auth-shaped parameters are left over — unless a policy uses the value, or they are
 * the on-premises data gateway's Windows credentials (capability "gateway"), which have no security definition.
 */
function reportOrphanAuthParameters(parameters: ConnectionParameterRef[], usedByPolicies: Set<string>, report: Report): void {
  for (const p of parameters) {
    const isToken = p.parameter.type === 'oauthSetting';
    const isCredential = p.parameter.type === 'securestring' && ['api_key', 'username', 'password'].includes(p.name);
    if (!(isToken || isCredential) || usedByPolicies.has(p.name) || isGatewayCredential(p.parameter)) continue;
    const kind = isToken ? 'an oauth2' : p.name === 'api_key' ? 'an apiKey' : 'a basic';
    report({
      message: `The connection parameter '${p.name}' needs ${kind} security definition in the swagger (securityDefinitions is empty), or it should be removed.`,
      file: 'apiProperties.json',
      path: p.pointer,
    });
  }
}

function isGatewayCredential(parameter: unknown): boolean {
  const constraints = (parameter as { uiDefinition?: { constraints?: { capability?: unknown } } })?.uiDefinition?.constraints;
  return Array.isArray(constraints?.capability) && constraints.capability.includes('gateway');
}

function policyReferences(apiProperties: unknown): Set<string> {
  const used = new Set<string>();
  const policies = propertiesOf(apiProperties)?.policyTemplateInstances;
  const text = policies === undefined ? '' : JSON.stringify(policies);
  for (const match of text.matchAll(/@connectionParameters\(\s*\\?['"]([^'"\\]+)\\?['"]/g)) used.add(match[1]);
  return used;
}
