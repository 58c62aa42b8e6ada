/**
 * The Test step's pure helpers: the connection the security settings imply, form values -> TestInputs, where an
 * operation's response schema lives, and the sign-in endpoints of an OAuth configuration.
 */
import type { AuthConfig, ConnectionParameter, OAuth2Auth, ParameterSet } from '../../../main/core/model/security';
import { isSecret, setKind } from '../../../main/core/model/security';
import { apiKeyPlacement } from '../../../main/core/model/testing/security';
import type { FormField, FormModel } from '../../../main/core/model/testing';
import type { FileInput, TestConnection, TestInputs } from '../../../main/core/model/testing/types';
import type { FormValues } from '../../../main/core/model/testing/dynamic-values';
import { getAt } from '../../../main/core/model/json-pointer';
import { isObject } from '../../../main/core/model/operations';

/** Secret-store fields of the connection (the Security step's secret model names them alike). */
export const USERNAME_FIELD = 'param:username';
export const PASSWORD_FIELD = 'param:password';
export const ACCESS_TOKEN_FIELD = 'oauth2:accessToken';
export const REFRESH_TOKEN_FIELD = 'oauth2:refreshToken';

export type ConnectionKind = 'none' | 'apiKey' | 'basic' | 'oauth2' | 'windows' | 'multi' | 'unsupported';

export function connectionKind(config: AuthConfig): ConnectionKind {
  if (config.kind === 'none') return 'none';
  if (config.kind === 'apiKey' && config.apiKey) return 'apiKey';
  if (config.kind === 'basic' && config.basic) return 'basic';
  if (config.kind === 'oauth2' && config.oauth2) return 'oauth2';
  if (config.kind === 'windows') return 'windows';
  if (config.kind === 'multi' && config.sets && config.sets.values.length > 0) return 'multi';
  return 'unsupported';
}

/** The multi-auth set the Test step uses: the one chosen, else the first (the platform's default). */
export function activeSet(config: AuthConfig, chosen: string | undefined): ParameterSet | undefined {
  const sets = config.sets?.values ?? [];
  return sets.find((s) => s.name === chosen) ?? sets[0];
}

/** How a set authenticates, as a single-auth connector of that kind would; 'none' = only through policies. */
export function setAuthKind(set: ParameterSet, swagger: unknown): 'none' | 'apiKey' | 'basic' | 'oauth2' {
  const kind = setKind(set);
  // A key with no apiKey securityDefinition is placed by the policies alone (@connectionParameters('api_key')).
  if (kind === 'apiKey' && !apiKeyPlacement(swagger)) return 'none';
  if (kind === 'basic' && !hasSecurityDefinition(swagger, 'basic')) return 'none';
  return kind;
}

function hasSecurityDefinition(swagger: unknown, type: string): boolean {
  const defs = isObject(swagger) && isObject(swagger.securityDefinitions) ? swagger.securityDefinitions : {};
  return Object.values(defs).some((d) => isObject(d) && d.type === type);
}

/** A set's secret fields start with this (secret-fields.ts: "set:<set>:param", "set:<set>:oauth2:accessToken"). */
export const setPrefix = (set: ParameterSet) => `set:${set.name}:`;

function plainParams(params: ConnectionParameter[], values: Record<string, string>): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const param of params.filter((p) => !isSecret(p))) {
    const value = values[param.name] ?? (param.defaultValue !== undefined ? String(param.defaultValue) : undefined);
    if (value !== undefined && value !== '') plain[param.name] = value;
  }
  return plain;
}

/** The test connection for the project's authentication: secret values stay referenced, never copied. */
export function connectionFor(config: AuthConfig, apiHost: string, params: Record<string, string>, options: { set?: string; swagger?: unknown } = {}): TestConnection {
  const secretRefs: Record<string, string> = {};
  const kind = connectionKind(config);
  let authKind: TestConnection['authKind'] = kind === 'unsupported' || kind === 'multi' ? 'none' : kind;
  let setParams: ConnectionParameter[] = [];
  let set: ParameterSet | undefined;
  if (kind === 'apiKey') {
    const parameter = config.apiKey!.parameter;
    secretRefs.api_key = `param:${parameter}`;
    secretRefs[parameter] = `param:${parameter}`;
  } else if (kind === 'basic') {
    secretRefs.username = USERNAME_FIELD;
    secretRefs.password = PASSWORD_FIELD;
  } else if (kind === 'oauth2') {
    secretRefs.access_token = ACCESS_TOKEN_FIELD;
  } else if (kind === 'multi') {
    set = activeSet(config, options.set);
    if (set) {
      authKind = setAuthKind(set, options.swagger);
      setParams = set.params;
      for (const param of set.params.filter(isSecret)) secretRefs[param.name] = setPrefix(set) + param.name;
      if (set.oauth2) secretRefs.access_token = setPrefix(set) + ACCESS_TOKEN_FIELD;
    }
  }
  for (const param of config.params.filter(isSecret)) secretRefs[param.name] = `param:${param.name}`;
  return {
    id: set ? `set:${set.name}` : 'default',
    name: set ? `Test connection (${set.displayName ?? set.name})` : 'Test connection',
    authKind,
    host: apiHost,
    params: { ...plainParams(config.params, params), ...plainParams(setParams, params) },
    secretRefs,
    ...(set ? { set: set.name } : {}),
  };
}

/** The key of a field's value in the form state. */
export const fieldKey = (field: Pick<FormField, 'in' | 'name'>) => `${field.in}:${field.name}`;

/** Initial form values: each parameter's default. */
export function defaultValues(model: FormModel): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of model.fields) {
    if (field.in === 'body' || field.default === undefined) continue;
    values[fieldKey(field)] = Array.isArray(field.default) ? field.default.join(',') : String(field.default);
  }
  return values;
}

/** Form values as the request builder takes them; `files` hold formData file parameters. */
export function inputsFrom(model: FormModel, values: Record<string, string>, bodyText: string, files: Record<string, FileInput>): TestInputs {
  const inputs: TestInputs = {};
  for (const field of model.fields) {
    if (field.in === 'body') {
      if (bodyText.trim() !== '') inputs.rawBody = bodyText;
      continue;
    }
    if (field.in === 'formData') {
      const file = files[field.name];
      const text = values[fieldKey(field)];
      if (file !== undefined) inputs.formData = { ...inputs.formData, [field.name]: file };
      else if (text !== undefined && text !== '') inputs.formData = { ...inputs.formData, [field.name]: text };
      continue;
    }
    const text = values[fieldKey(field)];
    if (text === undefined || text === '') continue;
    const value = field.type === 'array' ? text.split(',').map((s) => s.trim()).filter((s) => s !== '') : text;
    inputs[field.in] = { ...inputs[field.in], [field.name]: value };
  }
  return inputs;
}

/** The form as dynamic-list references read it: parameters by name, and the body typed. */
export function formValuesOf(model: FormModel, values: Record<string, string>, bodyText: string): FormValues {
  const params: Record<string, string> = {};
  for (const field of model.fields) if (field.in !== 'body') params[field.name] = values[fieldKey(field)] ?? '';
  const body = model.fields.find((f) => f.in === 'body');
  return { params, ...(body ? { bodyName: body.name, bodyText } : {}) };
}

/** Text for the body editor from a sample value. */
export function bodyTextOf(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** Form values from sampleInputs (path, query, header and formData text values). */
export function valuesFromSample(sample: TestInputs): Record<string, string> {
  const values: Record<string, string> = {};
  for (const where of ['path', 'query', 'header'] as const) {
    for (const [name, value] of Object.entries(sample[where] ?? {})) {
      values[`${where}:${name}`] = Array.isArray(value) ? value.join(',') : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
    }
  }
  for (const [name, value] of Object.entries(sample.formData ?? {})) if (typeof value === 'string') values[`formData:${name}`] = value;
  return values;
}

function refPointer(ref: unknown): string | undefined {
  return typeof ref === 'string' && ref.startsWith('#/') ? ref.slice(1) : undefined;
}

/**
 * Where the schema of an operation's response for `status` is written: the response's own schema, following a
 * $ref to a shared response or definition so the edit lands where the shape is declared.
 */
export function responseSchemaPointer(swagger: unknown, operationPointer: string, status: number): string | undefined {
  const responses = getAt(swagger, `${operationPointer}/responses`);
  if (!isObject(responses)) return undefined;
  const code = [String(status), `${String(status)[0]}XX`, `${String(status)[0]}xx`, 'default'].find((c) => c in responses);
  if (code === undefined) return undefined;
  let pointer = `${operationPointer}/responses/${code}`;
  const shared = refPointer((getAt(swagger, pointer) as { $ref?: unknown } | undefined)?.$ref);
  if (shared) pointer = shared;
  pointer = `${pointer}/schema`;
  for (let hops = 0; hops < 10; hops++) {
    const next = refPointer((getAt(swagger, pointer) as { $ref?: unknown } | undefined)?.$ref);
    if (!next) break;
    pointer = next;
  }
  return isObject(getAt(swagger, pointer)) ? pointer : undefined;
}

export interface SignInEndpoints {
  authorizationUrl: string;
  tokenUrl: string;
  extraParameters?: Record<string, string>;
}

/** Where to sign in: Azure AD from its login URI and tenant, others from their settings or securityDefinition. */
export function signInEndpoints(oauth: OAuth2Auth): SignInEndpoints | undefined {
  if (oauth.identityProvider === 'aad' || oauth.identityProvider === 'aadcertificate') {
    const login = (oauth.loginUri ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
    const tenant = oauth.tenantId ?? 'common';
    return {
      authorizationUrl: `${login}/${tenant}/oauth2/authorize`,
      tokenUrl: `${login}/${tenant}/oauth2/token`,
      ...(oauth.resourceUri ? { extraParameters: { resource: oauth.resourceUri } } : {}),
    };
  }
  const authorizationUrl = oauth.authorizationUrl ?? oauth.definition?.authorizationUrl;
  const tokenUrl = oauth.tokenUrl ?? oauth.definition?.tokenUrl;
  return authorizationUrl && tokenUrl ? { authorizationUrl, tokenUrl } : undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
