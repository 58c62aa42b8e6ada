/**
 * components.securitySchemes -> one securityDefinition + apiProperties connection parameters.
 * A connector has one authentication type, so the scheme the API requires first (top-level `security`)
 * wins; the others are reported.
 */
import type { Oas3Context } from './oas3-context';
import { Reporter } from './report';
import { connectorAuth, type AuthSpec } from './security';
import { isAbsoluteUrl, isObject, uniqueJson, type JsonObject } from './util';

const FLOWS = [
  ['authorizationCode', 'accessCode'],
  ['implicit', 'implicit'],
  ['clientCredentials', 'application'],
  ['password', 'password'],
] as const;

/** What works best as a connector: authorization-code OAuth, then keys, then basic, then other OAuth flows. */
function kindRank(spec: AuthSpec): number {
  if (spec.kind === 'oauth2') return spec.flow === 'accessCode' ? 0 : 4;
  return { apiKey: 1, bearer: 2, basic: 3 }[spec.kind];
}

export interface ConvertedSecurity {
  securityDefinitions: JsonObject;
  connectionParameters: JsonObject;
  /** Names that exist in the output: security requirements naming others are dropped. */
  names: Set<string>;
}

export function convertSecuritySchemes(ctx: Oas3Context): ConvertedSecurity {
  const out: ConvertedSecurity = { securityDefinitions: {}, connectionParameters: {}, names: new Set() };
  const components = isObject(ctx.doc.components) ? ctx.doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  // Notes about a scheme (flows kept or dropped) only matter for the scheme that is chosen.
  const candidates: { name: string; spec: AuthSpec; notes: Reporter }[] = [];
  for (const [name, raw] of Object.entries(schemes)) {
    const at = ['components', 'securitySchemes', name];
    const resolved = isObject(raw) && typeof raw.$ref === 'string' ? undefined : raw;
    const notes = new Reporter();
    const spec = isObject(resolved) ? authSpec({ ...ctx, report: notes }, resolved, at) : undefined;
    if (spec) candidates.push({ name, spec, notes });
    else if (!isObject(resolved)) ctx.report.dropped(`Security scheme "${name}" could not be read.`, at);
    else ctx.report.items.push(...notes.items);
  }
  if (candidates.length === 0) return out;
  const required = requiredSchemeNames(ctx.doc.security);
  const rank = (c: { name: string; spec: AuthSpec }): number => (required.includes(c.name) ? 0 : 10) + kindRank(c.spec);
  const chosen = candidates.reduce((best, c) => (rank(c) < rank(best) ? c : best));
  ctx.report.items.push(...chosen.notes.items);
  const auth = connectorAuth(chosen.spec);
  out.securityDefinitions[chosen.name] = auth.definition;
  out.connectionParameters = auth.connectionParameters;
  out.names.add(chosen.name);
  for (const other of candidates) {
    if (other !== chosen) {
      ctx.report.dropped(`Security scheme "${other.name}" was not kept: a connector has one authentication type ("${chosen.name}" was chosen).`, ['components', 'securitySchemes', other.name]);
    }
  }
  return out;
}

function requiredSchemeNames(security: unknown): string[] {
  return Array.isArray(security) ? security.filter(isObject).flatMap((requirement) => Object.keys(requirement)) : [];
}

function authSpec(ctx: Oas3Context, scheme: JsonObject, at: string[]): AuthSpec | undefined {
  const type = scheme.type;
  if (type === 'apiKey') {
    if ((scheme.in === 'header' || scheme.in === 'query') && typeof scheme.name === 'string') return { kind: 'apiKey', name: scheme.name, in: scheme.in };
    ctx.report.dropped(`API key in ${String(scheme.in)} is not supported by connectors (only header or query).`, at);
    return undefined;
  }
  if (type === 'http') {
    const httpScheme = String(scheme.scheme ?? '').toLowerCase();
    if (httpScheme === 'basic') return { kind: 'basic' };
    if (httpScheme === 'bearer') {
      ctx.report.approximated('HTTP bearer authentication became an API key in the Authorization header, as connectors do: users enter "Bearer <token>".', at, 'apiProperties.json#/properties/connectionParameters/api_key');
      return { kind: 'bearer' };
    }
    ctx.report.dropped(`HTTP "${httpScheme}" authentication is not supported by connectors.`, at);
    return undefined;
  }
  if (type === 'oauth2') return oauthSpec(ctx, scheme, at);
  ctx.report.dropped(`Security scheme type "${String(type)}" is not supported by connectors (use OAuth 2.0, API key or basic).`, at);
  return undefined;
}

function oauthSpec(ctx: Oas3Context, scheme: JsonObject, at: string[]): AuthSpec | undefined {
  const flows = isObject(scheme.flows) ? scheme.flows : {};
  const available = FLOWS.filter(([name]) => isObject(flows[name]));
  if (available.length === 0) {
    ctx.report.dropped('OAuth 2.0 scheme without a flow.', at);
    return undefined;
  }
  const [name, flow] = available[0];
  const source = flows[name] as JsonObject;
  for (const [other] of available.slice(1)) ctx.report.dropped(`OAuth 2.0 flow "${other}" was not kept (a connector uses one flow).`, [...at, 'flows', other]);
  if (flow !== 'accessCode') {
    ctx.report.approximated(`OAuth 2.0 "${name}" flow kept, but Power Platform's generic OAuth 2.0 uses the authorization-code flow: review the Security step.`, [...at, 'flows', name]);
  }
  const scopes: Record<string, string> = {};
  if (isObject(source.scopes)) for (const [scope, text] of Object.entries(source.scopes)) scopes[scope] = typeof text === 'string' ? text : '';
  const url = (key: string) => absolute(ctx, source[key], [...at, 'flows', name, key]);
  // Each flow declares only the URLs it uses; the connection settings still want both.
  const authorizationUrl = flow === 'accessCode' || flow === 'implicit' ? url('authorizationUrl') : undefined;
  const tokenUrl = flow !== 'implicit' ? url('tokenUrl') : undefined;
  return {
    kind: 'oauth2',
    flow,
    authorizationUrl: authorizationUrl ?? (tokenUrl as string),
    tokenUrl: tokenUrl ?? (authorizationUrl as string),
    refreshUrl: typeof source.refreshUrl === 'string' ? url('refreshUrl') : undefined,
    scopes,
  };
}

/** OAuth URLs must be absolute in 2.0: relative ones are resolved against the chosen server. */
function absolute(ctx: Oas3Context, value: unknown, at: string[]): string {
  if (isAbsoluteUrl(value)) return value;
  if (typeof value === 'string' && ctx.serverUrl && isAbsoluteUrl(ctx.serverUrl)) {
    const resolved = new URL(value, ctx.serverUrl).href;
    ctx.report.info(`Relative URL "${value}" resolved against the server: ${resolved}.`, at);
    return resolved;
  }
  ctx.report.approximated(`URL ${JSON.stringify(value ?? null)} is missing or relative: a placeholder was used; set it in the Security step.`, at);
  return 'https://login.example.com/oauth2';
}

/** Security requirements keep the schemes that exist in the output. */
export function convertRequirements(value: unknown, names: Set<string>): JsonObject[] | undefined {
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return [];
  const kept = value.filter(isObject).filter((requirement) => Object.keys(requirement).every((name) => names.has(name)) && Object.keys(requirement).length > 0);
  // Dropping schemes can leave equal requirements behind; 2.0 wants them unique.
  return kept.length > 0 ? uniqueJson(kept.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.filter((s) => typeof s === 'string') : []])))) : undefined;
}
