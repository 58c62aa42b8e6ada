/**
 * writeAuth: makes the swagger and apiProperties texts express an AuthConfig, with minimal text edits.
 *
 * The config is diffed against what readAuth finds in the texts now, so writing back an unchanged config
 * changes nothing, and editing one field rewrites only that value. Switching kind replaces the old kind's
 * securityDefinitions, security entries and parameters with the new kind's (in the shapes of
 * auth-templates.ts) and keeps the extra parameters — except `token:*` ones, which only exist beside an
 * OAuth `token` parameter. A client secret is never written.
 */
import { isObject } from '../operations';
import { PARAMS_POINTER, SETS_POINTER, TENANT_PARAMETER, type AuthConfig, type OAuth2Auth, type OAuth2Definition, type ParameterSets } from './auth-config';
import {
  authTypeParamJson,
  basicParamsJson,
  credentialJson,
  defaultAuth,
  gatewayParamJson,
  oauthDefinitionJson,
  setsJson,
  tenantParameterJson,
  tokenJson,
} from './auth-templates';
import { EditPlan, parseDocument } from './edit-plan';
import { obj, sameJson } from './json-values';
import { child, diffLabels, diffOAuth, diffParameters } from './param-diff';
import { inspectAuth, oauthSettingsKey, type AuthInspection } from './read-auth';

export interface AuthTexts {
  swagger: string;
  properties: string;
}

export function writeAuth(texts: AuthTexts, requested: AuthConfig): AuthTexts {
  const swagger = parseDocument(texts.swagger);
  const properties = parseDocument(texts.properties);
  const before = inspectAuth(swagger, properties);
  const prev = before.config;
  const next = complete(requested);
  const plan = new EditPlan();
  const restructured = isRestructure(prev, next);
  if (restructured) rebuild(plan, before, next, swagger);
  else diffSameKind(plan, prev, next, swagger, properties);
  diffGateway(plan, before, next, properties, restructured);
  // A parameter the new kind just wrote (say `username`, once an extra) is not also diffed as an extra.
  const written = new Set(restructured ? Object.keys(authParamsFor(next)) : []);
  const extras = (list: AuthConfig['params']) => list.filter((p) => !written.has(p.name));
  diffParameters(plan, PARAMS_POINTER, extras(prev.params), extras(extraParams(next)));
  return plan.apply(texts);
}

/** A config whose kind section is missing gets the kind's template (the UI may send just a kind). */
function complete(config: AuthConfig): AuthConfig {
  const template = defaultAuth(config.kind);
  return {
    ...config,
    gateway: config.gateway || config.kind === 'windows',
    basic: config.basic ?? template.basic,
    apiKey: config.apiKey ?? template.apiKey,
    oauth2: config.oauth2 ?? template.oauth2,
    sets: config.sets ?? template.sets,
  };
}

function extraParams(config: AuthConfig) {
  return config.kind === 'oauth2' ? config.params : config.params.filter((p) => !p.name.startsWith('token:'));
}

function isRestructure(prev: AuthConfig, next: AuthConfig): boolean {
  if (prev.kind !== next.kind) return true;
  if (next.kind === 'basic') return prev.basic?.definitionName !== next.basic?.definitionName;
  if (next.kind === 'apiKey') return prev.apiKey?.definitionName !== next.apiKey?.definitionName || prev.apiKey?.parameter !== next.apiKey?.parameter;
  return false;
}

const param = (name: string) => child(PARAMS_POINTER, name);
const definitionPointer = (name: string) => child('/securityDefinitions', name);

/** The kind's securityDefinition, if it has one (windows and multi have none). */
function definitionFor(config: AuthConfig): { name: string; json: unknown } | undefined {
  if (config.kind === 'basic' && config.basic) return { name: config.basic.definitionName ?? 'basic_auth', json: { type: 'basic' } };
  if (config.kind === 'apiKey' && config.apiKey) return { name: config.apiKey.definitionName, json: { type: 'apiKey', in: config.apiKey.in, name: config.apiKey.name } };
  if (config.kind === 'oauth2' && config.oauth2?.definition) return { name: config.oauth2.definition.name, json: oauthDefinitionJson(config.oauth2.definition) };
  return undefined;
}

function authParamsFor(config: AuthConfig): Record<string, unknown> {
  if ((config.kind === 'basic' || config.kind === 'windows') && config.basic) return basicParamsJson(config.basic, config.kind === 'windows');
  if (config.kind === 'apiKey' && config.apiKey) return { [config.apiKey.parameter]: credentialJson(config.apiKey, { tabIndex: 2, clearText: false }) };
  if (config.kind === 'oauth2' && config.oauth2) {
    return { token: tokenJson(config.oauth2), ...(config.oauth2.tenantParameter && { [TENANT_PARAMETER]: tenantParameterJson() }) };
  }
  return {};
}

/** Replaces the old kind's parts with the new kind's. A connector has one authentication: every old secdef goes. */
function rebuild(plan: EditPlan, before: AuthInspection, next: AuthConfig, swagger: unknown): void {
  const doc = obj(swagger);
  const definition = definitionFor(next);
  // One edit for the whole object: each edit re-parses the swagger, which costs ~150 ms at 1 MB.
  const definitions = definition ? { [definition.name]: definition.json } : {};
  if (doc.securityDefinitions !== undefined || definition) plan.field('swagger', '/securityDefinitions', doc.securityDefinitions, definitions);
  const security = definition ? [{ [definition.name]: [] }] : [];
  if (doc.security !== undefined || definition) plan.field('swagger', '/security', doc.security, security);
  for (const name of before.authParams) plan.remove('properties', param(name));
  if (before.config.kind === 'multi') plan.remove('properties', SETS_POINTER);
  for (const [name, json] of Object.entries(authParamsFor(next))) plan.set('properties', param(name), json);
  if (next.kind === 'multi' && next.sets) plan.set('properties', SETS_POINTER, setsJson(next.sets));
}

function diffSameKind(plan: EditPlan, prev: AuthConfig, next: AuthConfig, swagger: unknown, properties: unknown): void {
  if ((next.kind === 'basic' || next.kind === 'windows') && prev.basic && next.basic) {
    diffLabels(plan, param('username'), prev.basic.username, next.basic.username);
    diffLabels(plan, param('password'), prev.basic.password, next.basic.password);
  } else if (next.kind === 'apiKey' && prev.apiKey && next.apiKey) {
    diffLabels(plan, param(next.apiKey.parameter), prev.apiKey, next.apiKey);
    const definition = definitionPointer(next.apiKey.definitionName);
    plan.field('swagger', `${definition}/name`, prev.apiKey.name, next.apiKey.name);
    plan.field('swagger', `${definition}/in`, prev.apiKey.in, next.apiKey.in);
  } else if (next.kind === 'oauth2' && prev.oauth2 && next.oauth2) {
    const token = obj(obj(obj(obj(properties).properties).connectionParameters).token);
    diffOAuth(plan, PARAMS_POINTER, oauthSettingsKey(token), prev.oauth2, next.oauth2);
    diffDefinition(plan, prev.oauth2, next.oauth2, swagger);
  } else if (next.kind === 'multi' && next.sets) {
    diffSets(plan, prev.sets, next.sets, properties);
  }
}

/**
 * The secdef repeats the OAuth URLs and scopes. When the author edits them on the token and the secdef
 * agreed with the token before, the secdef follows; a secdef that already differed is left as it is.
 */
function followToken(prev: OAuth2Auth, next: OAuth2Auth): OAuth2Definition | undefined {
  const before = prev.definition;
  const after = next.definition;
  if (!before || !after || !sameJson(before, after)) return after;
  const synced = { ...after };
  if (prev.authorizationUrl !== next.authorizationUrl && before.authorizationUrl === prev.authorizationUrl) synced.authorizationUrl = next.authorizationUrl;
  if (prev.tokenUrl !== next.tokenUrl && before.tokenUrl === prev.tokenUrl) synced.tokenUrl = next.tokenUrl;
  // A new scope is described by its own name, as most connectors do.
  if (!sameJson(prev.scopes, next.scopes) && sameJson(Object.keys(before.scopes), prev.scopes)) {
    synced.scopes = Object.fromEntries(next.scopes.map((scope) => [scope, before.scopes[scope] ?? scope]));
  }
  return synced;
}

function diffDefinition(plan: EditPlan, prevAuth: OAuth2Auth, nextAuth: OAuth2Auth, swagger: unknown): void {
  const prev = prevAuth.definition;
  const next = followToken(prevAuth, nextAuth);
  if (prev && next && prev.name === next.name) {
    const at = definitionPointer(next.name);
    plan.field('swagger', `${at}/flow`, prev.flow, next.flow);
    plan.field('swagger', `${at}/authorizationUrl`, prev.authorizationUrl, next.authorizationUrl);
    plan.field('swagger', `${at}/tokenUrl`, prev.tokenUrl, next.tokenUrl);
    plan.field('swagger', `${at}/scopes`, prev.scopes, next.scopes);
    return;
  }
  if (!prev && !next) return;
  if (prev) plan.remove('swagger', definitionPointer(prev.name));
  if (next) plan.set('swagger', definitionPointer(next.name), oauthDefinitionJson(next));
  const security = obj(swagger).security;
  const kept = (Array.isArray(security) ? security : []).filter((entry) => !(prev && isObject(entry) && prev.name in entry));
  plan.set('swagger', '/security', next ? [...kept, { [next.name]: [] }] : kept);
}

function diffSets(plan: EditPlan, prev: ParameterSets | undefined, next: ParameterSets, properties: unknown): void {
  const names = (sets: ParameterSets | undefined) => sets?.values.map((s) => s.name);
  if (!prev || !sameJson(names(prev), names(next))) {
    plan.set('properties', SETS_POINTER, setsJson(next));
    return;
  }
  plan.field('properties', `${SETS_POINTER}/uiDefinition/displayName`, prev.displayName, next.displayName);
  plan.field('properties', `${SETS_POINTER}/uiDefinition/description`, prev.description, next.description);
  const rawSets = obj(obj(obj(properties).properties).connectionParameterSets).values;
  next.values.forEach((set, index) => {
    const old = prev.values[index];
    const base = `${SETS_POINTER}/values/${index}`;
    const parameters = `${base}/parameters`;
    plan.field('properties', `${base}/uiDefinition/displayName`, old.displayName, set.displayName);
    plan.field('properties', `${base}/uiDefinition/description`, old.description, set.description);
    if (old.oauth2 && set.oauth2) {
      const token = obj(obj(obj(Array.isArray(rawSets) ? rawSets[index] : undefined).parameters).token);
      diffOAuth(plan, parameters, oauthSettingsKey(token), old.oauth2, set.oauth2);
    } else if (set.oauth2) {
      plan.set('properties', child(parameters, 'token'), tokenJson(set.oauth2));
      if (set.oauth2.tenantParameter) plan.set('properties', child(parameters, TENANT_PARAMETER), tenantParameterJson());
    } else if (old.oauth2) {
      plan.remove('properties', child(parameters, 'token'));
      if (old.oauth2.tenantParameter) plan.remove('properties', child(parameters, TENANT_PARAMETER));
    }
    diffParameters(plan, parameters, old.params, set.params);
  });
}

/** capabilities ["gateway"] + the gatewaySetting parameter, and the authType parameter matching the kind. */
function diffGateway(plan: EditPlan, before: AuthInspection, next: AuthConfig, properties: unknown, restructured: boolean): void {
  const was = before.config.gateway;
  const props = obj(obj(properties).properties);
  const capabilities = Array.isArray(props.capabilities) ? props.capabilities : undefined;
  const addAuthType = () => {
    const authType = authTypeParamJson(next.kind);
    if (authType) plan.set('properties', param('authType'), authType);
  };
  if (!was && next.gateway) {
    if (!capabilities) plan.set('properties', '/properties/capabilities', ['gateway']);
    else if (!capabilities.includes('gateway')) plan.insert('properties', `/properties/capabilities/${capabilities.length}`, 'gateway');
    plan.set('properties', param('gateway'), gatewayParamJson());
    addAuthType();
  } else if (was && !next.gateway) {
    const indexes = (capabilities ?? []).flatMap((c, i) => (c === 'gateway' ? [i] : [])).reverse();
    for (const index of indexes) plan.remove('properties', `/properties/capabilities/${index}`);
    for (const name of before.gatewayParams) plan.remove('properties', param(name));
  } else if (was && next.gateway && restructured) {
    if (before.gatewayParams.includes('authType')) plan.remove('properties', param('authType'));
    addAuthType();
  }
}
