/**
 * Field-level diffs of connection parameters and OAuth settings: each changed field becomes one edit
 * at its own pointer, so editing (say) a tooltip rewrites only that string's text.
 */
import { escapeSegment } from '../json-pointer';
import { TENANT_PARAMETER, type ConnectionParameter, type OAuth2Auth, type ParamLabels } from './auth-config';
import { customParameterJson, parameterJson, tenantParameterJson } from './auth-templates';
import type { EditPlan } from './edit-plan';
import { CUSTOM_PARAMETERS } from './read-auth';

/** `container` + "/" + escaped key. */
export function child(container: string, key: string | number): string {
  return `${container}/${escapeSegment(key)}`;
}

export function diffLabels(plan: EditPlan, param: string, prev: ParamLabels, next: ParamLabels): void {
  for (const key of ['displayName', 'description', 'tooltip'] as const) {
    plan.field('properties', `${param}/uiDefinition/${key}`, prev[key], next[key]);
  }
}

function diffParameter(plan: EditPlan, param: string, prev: ConnectionParameter, next: ConnectionParameter): void {
  const constraints = `${param}/uiDefinition/constraints`;
  plan.field('properties', `${param}/type`, prev.type, next.type);
  diffLabels(plan, param, prev, next);
  plan.field('properties', `${constraints}/required`, prev.required, next.required, String);
  plan.field('properties', `${constraints}/hidden`, prev.hidden, next.hidden, String);
  plan.field('properties', `${constraints}/allowedValues`, prev.allowedValues, next.allowedValues);
  plan.field('properties', `${param}/defaultValue`, prev.defaultValue, next.defaultValue);
}

/** Adds, removes and edits parameters by name inside a connectionParameters-like object. */
export function diffParameters(plan: EditPlan, container: string, prev: ConnectionParameter[], next: ConnectionParameter[]): void {
  const before = new Map(prev.map((p) => [p.name, p]));
  const after = new Set(next.map((p) => p.name));
  for (const param of prev) if (!after.has(param.name)) plan.remove('properties', child(container, param.name));
  for (const param of next) {
    const old = before.get(param.name);
    if (old) diffParameter(plan, child(container, param.name), old, param);
    else plan.set('properties', child(container, param.name), parameterJson(param));
  }
}

/**
 * The token parameter's oAuthSettings. `settingsKey` is the spelling the file uses; `container` holds the
 * token and its token:TenantId sibling.
 */
export function diffOAuth(plan: EditPlan, container: string, settingsKey: string, prev: OAuth2Auth, next: OAuth2Auth): void {
  const settings = `${child(container, 'token')}/${settingsKey}`;
  plan.field('properties', `${settings}/identityProvider`, prev.identityProvider, next.identityProvider);
  plan.field('properties', `${settings}/clientId`, prev.clientId, next.clientId);
  plan.field('properties', `${settings}/scopes`, prev.scopes, next.scopes);
  plan.field('properties', `${settings}/redirectMode`, prev.redirectMode, next.redirectMode);
  plan.field('properties', `${settings}/redirectUrl`, prev.redirectUrl, next.redirectUrl);
  for (const key of [...CUSTOM_PARAMETERS, 'enableOnbehalfOfLogin'] as const) {
    const member = `${settings}/customParameters/${key}`;
    // An existing {"value": …} member keeps its text; only the value string changes.
    if (prev[key] !== undefined && next[key] !== undefined) plan.field('properties', `${member}/value`, prev[key], next[key], String);
    else plan.field('properties', member, prev[key], next[key], customParameterJson);
  }
  plan.field('properties', `${settings}/properties/IsFirstParty`, prev.isFirstParty, next.isFirstParty);
  plan.field('properties', `${settings}/properties/AzureActiveDirectoryResourceId`, prev.aadResourceId, next.aadResourceId);
  plan.field('properties', `${settings}/properties/IsOnbehalfofLoginSupported`, prev.onBehalfOfLoginSupported, next.onBehalfOfLoginSupported);
  if (prev.tenantParameter !== next.tenantParameter) {
    const tenant = child(container, TENANT_PARAMETER);
    if (next.tenantParameter) plan.set('properties', tenant, tenantParameterJson());
    else plan.remove('properties', tenant);
  }
}
