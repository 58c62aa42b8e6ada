/**
 * The request-side policy templates of apiProperties.policyTemplateInstances, emulated locally:
 * setheader, setqueryparameter, dynamichosturl, routerequesttoendpoint, setproperty.
 * Response-side and trigger templates (pollingtrigger, updatenextlink, …) do not change a test request.
 */
import { isObject, type JsonObject } from '../operations';
import { setHeader, type RequestDraft } from './draft';
import { bodyPath, evaluateValueTemplate, expandText, headerValue, referencedConnectionParameters, valueAt, type ExpressionContext } from './expressions';

const P = 'x-ms-apimTemplateParameter.';

export interface PolicyContext {
  operationId: string;
  connectionParameters: Record<string, string>;
  /** Connection parameters holding secrets: a header/query value built from one is a secret too. */
  secretParameters: ReadonlySet<string>;
}

export function policyInstances(apiProperties: unknown): JsonObject[] {
  const props = isObject(apiProperties) && isObject(apiProperties.properties) ? apiProperties.properties : undefined;
  const list = props?.policyTemplateInstances;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** A policy without `x-ms-apimTemplate-operationName` applies to every operation. */
export function appliesTo(policy: JsonObject, operationId: string): boolean {
  const params = isObject(policy.parameters) ? policy.parameters : {};
  const scope = params['x-ms-apimTemplate-operationName'];
  return !Array.isArray(scope) || scope.includes(operationId);
}

export function applyPolicies(draft: RequestDraft, apiProperties: unknown, ctx: PolicyContext): void {
  for (const policy of policyInstances(apiProperties)) {
    if (!appliesTo(policy, ctx.operationId)) continue;
    const params = isObject(policy.parameters) ? policy.parameters : {};
    const section = params['x-ms-apimTemplate-policySection'];
    if (typeof section === 'string' && section.toLowerCase() !== 'request') continue;
    const expr: ExpressionContext = { connectionParameters: ctx.connectionParameters, headers: draft.headers };
    switch (policy.templateId) {
      case 'setheader':
        setHeaderPolicy(draft, params, expr, ctx);
        break;
      case 'setqueryparameter':
        setQueryPolicy(draft, params, expr, ctx);
        break;
      case 'dynamichosturl':
        dynamicHost(draft, params, expr);
        break;
      case 'routerequesttoendpoint':
        routeRequest(draft, params, expr);
        break;
      case 'setproperty':
        setProperty(draft, params, expr);
        break;
    }
  }
}

function text(params: JsonObject, key: string): string | undefined {
  const value = params[P + key];
  return typeof value === 'string' ? value : undefined;
}

function usesSecret(template: string, ctx: PolicyContext): boolean {
  return referencedConnectionParameters(template).some((name) => ctx.secretParameters.has(name));
}

function setHeaderPolicy(draft: RequestDraft, params: JsonObject, expr: ExpressionContext, ctx: PolicyContext): void {
  const name = text(params, 'name');
  const template = text(params, 'value');
  if (!name || template === undefined) return;
  const value = expandText(template, expr);
  const existing = headerValue(draft.headers, name);
  const action = (text(params, 'existsAction') ?? 'override').toLowerCase();
  if (existing !== undefined && action === 'skip') return;
  if (existing !== undefined && action === 'append') setHeader(draft, name, `${existing},${value}`);
  else setHeader(draft, name, value);
  if (usesSecret(template, ctx)) draft.secretHeaders.add(name);
}

function setQueryPolicy(draft: RequestDraft, params: JsonObject, expr: ExpressionContext, ctx: PolicyContext): void {
  const name = text(params, 'name');
  const template = text(params, 'value');
  if (!name || template === undefined) return;
  const value = expandText(template, expr);
  const exists = draft.query.some(([k]) => k === name);
  const action = (text(params, 'existsAction') ?? 'override').toLowerCase();
  if (exists && action === 'skip') return;
  if (action !== 'append') draft.query = draft.query.filter(([k]) => k !== name);
  draft.query.push([name, value]);
  if (usesSecret(template, ctx)) draft.secretQuery.add(name);
}

/** The template replaces the whole base URL (scheme, host and basePath); the operation path follows it. */
function dynamicHost(draft: RequestDraft, params: JsonObject, expr: ExpressionContext): void {
  const template = text(params, 'urlTemplate');
  if (!template) return;
  const expanded = expandText(template, expr).trim();
  if (!expanded) {
    draft.problems.push('The dynamic host URL policy produced an empty URL: fill in the connection parameters it uses.');
    return;
  }
  draft.baseUrl = (/^[a-z][a-z0-9+.-]*:\/\//i.test(expanded) ? expanded : 'https://' + expanded).replace(/\/+$/, '');
}

/** newPath replaces the operation path (still under the base URL); its {params} take the request's values. */
function routeRequest(draft: RequestDraft, params: JsonObject, expr: ExpressionContext): void {
  const newPath = text(params, 'newPath');
  if (newPath) {
    const expanded = expandText(newPath, expr);
    const [path, query] = splitOnce(expanded, '?');
    draft.pathTemplate = path;
    if (query) {
      for (const pair of query.split('&').filter(Boolean)) {
        const [k, v] = splitOnce(pair, '=');
        draft.query.push([decodeURIComponent(k), decodeURIComponent(v ?? '')]);
      }
    }
  }
  const method = text(params, 'httpMethod');
  if (method && !method.startsWith('@')) draft.method = method.toUpperCase();
}

/** Sets `<parent>.<sub>` in the JSON body; an array parent gets the property on each element. */
function setProperty(draft: RequestDraft, params: JsonObject, expr: ExpressionContext): void {
  const parentPath = bodyPath(text(params, 'newPropertyParentPathTemplate') ?? '@body()');
  const sub = text(params, 'newPropertySubPathTemplate');
  const valueTemplate = text(params, 'propertyValuePathTemplate');
  if (!parentPath || !sub || valueTemplate === undefined || draft.jsonBody === undefined) return;
  const parent = valueAt(draft.jsonBody, parentPath);
  const targets = Array.isArray(parent) ? parent : [parent];
  const prefix = '@body().' + parentPath.join('.');
  for (const target of targets) {
    if (!isObject(target)) continue;
    // For array parents, "@body().gifts.payments" means "this gift's payments".
    const relative = Array.isArray(parent) ? valueTemplate.split(prefix).join('@body()') : valueTemplate;
    const value = evaluateValueTemplate(relative, Array.isArray(parent) ? target : draft.jsonBody, expr);
    if (value !== undefined) target[sub] = value;
  }
}

function splitOnce(value: string, separator: string): [string, string | undefined] {
  const at = value.indexOf(separator);
  return at < 0 ? [value, undefined] : [value.slice(0, at), value.slice(at + 1)];
}
