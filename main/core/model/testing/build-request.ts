/**
 * Builds the request the Test step sends: parameters from the form, then the connection's security,
 * then the request-side policies — the order in which the platform's gateway applies them.
 */
import { isObject } from '../operations';
import { encodeBody, isFileInput } from './body';
import { finish, setHeader, type RequestDraft } from './draft';
import { consumesOf } from './form-model';
import { findOperation, operationParameters } from './parameters';
import { applyPolicies } from './policies';
import { applySecurity } from './security';
import { encodePathValue, scalarText, serializeValues, valueOrDefault } from './serialize';
import type { FileInput, ResolvedAuth, TestInputs, TestRequest } from './types';

export interface BuildOptions {
  auth?: ResolvedAuth;
  apiProperties?: unknown;
  /** Connection parameter values (secrets included, in memory only) for policy expressions. */
  connectionParameters?: Record<string, string>;
  /** Names of the connection parameters that are secrets. */
  secretParameters?: readonly string[];
  /**
   * Send to this base URL instead of scheme://host+basePath (the mock server). Policies still run,
   * so leave `apiProperties` out when the target only knows the definition's own paths.
   */
  baseUrl?: string;
}

export interface BuiltRequest {
  request: TestRequest;
  /** Plain-language notes: missing required values, values outside an enum, an empty dynamic host. */
  problems: string[];
}

export function buildRequest(swagger: unknown, operationId: string, inputs: TestInputs, options: BuildOptions = {}): BuiltRequest {
  const op = findOperation(swagger, operationId);
  if (!op) throw new Error(`The operation "${operationId}" does not exist in this definition.`);
  const draft: RequestDraft = {
    method: op.method.toUpperCase(),
    baseUrl: (options.baseUrl ?? baseUrlOf(swagger)).replace(/\/+$/, ''),
    pathTemplate: op.path,
    pathValues: {},
    query: [],
    headers: {},
    secretHeaders: new Set(),
    secretQuery: new Set(),
    problems: [],
  };
  const params = operationParameters(swagger, op);
  const form: Record<string, string | FileInput> = {};
  for (const param of params) {
    const p = param.schema;
    if (param.in === 'body') {
      if (p.required === true && inputs.body === undefined && inputs.rawBody === undefined) draft.problems.push(`The request body "${param.name}" is required but empty.`);
      continue;
    }
    const value = param.in === 'formData' ? inputs.formData?.[param.name] ?? p.default : valueOrDefault(inputs[param.in]?.[param.name], p);
    if (value === undefined || value === null || value === '') {
      if (p.required === true || param.in === 'path') draft.problems.push(`Required parameter "${param.name}" has no value.`);
      continue;
    }
    const outside = outsideEnum(value, p);
    if (outside !== undefined) draft.problems.push(`"${param.name}" is ${JSON.stringify(outside)}, which is not one of its allowed values.`);
    if (param.in === 'path') draft.pathValues[param.name] = encodePathValue(value, p);
    else if (param.in === 'query') for (const v of serializeValues(value, p)) draft.query.push([param.name, v]);
    else if (param.in === 'header') setHeader(draft, param.name, serializeValues(value, p)[0]);
    else form[param.name] = isFileInput(value) ? value : scalarText(value);
  }
  encodeBody(draft, { inputs, form, consumes: consumesOf(swagger, op.operation), hasBodyParam: params.some((p) => p.in === 'body') });
  if (options.auth) applySecurity(draft, swagger, options.auth);
  if (options.apiProperties !== undefined) {
    applyPolicies(draft, options.apiProperties, {
      operationId,
      connectionParameters: options.connectionParameters ?? {},
      secretParameters: new Set(options.secretParameters ?? []),
    });
  }
  return { request: finish(draft), problems: draft.problems };
}

/** scheme://host + basePath. https when the connector lists it (997 of 1,015 list only https). */
export function baseUrlOf(swagger: unknown): string {
  const doc = isObject(swagger) ? swagger : {};
  const schemes = Array.isArray(doc.schemes) ? doc.schemes : [];
  const scheme = schemes.includes('https') || schemes.length === 0 ? 'https' : String(schemes[0]);
  const host = typeof doc.host === 'string' ? doc.host : 'localhost';
  const basePath = typeof doc.basePath === 'string' ? doc.basePath : '';
  return `${scheme}://${host}${basePath}`.replace(/\/+$/, '');
}

/** The first value outside the parameter's enum (arrays check each item against items.enum). */
function outsideEnum(value: unknown, param: Record<string, unknown>): unknown {
  const items = param.items as Record<string, unknown> | undefined;
  const allowed = Array.isArray(param.enum) ? param.enum : Array.isArray(value) && Array.isArray(items?.enum) ? items.enum : undefined;
  if (!allowed) return undefined;
  const values = Array.isArray(value) && !Array.isArray(param.enum) ? value : [value];
  // Form fields arrive as text: "2" matches an enum of numbers.
  return values.find((v) => !allowed.some((a) => a === v || String(a) === String(v)));
}
