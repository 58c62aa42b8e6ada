/**
 * Postman collection v2.0 / v2.1 -> Swagger 2.0 connector (issue 9). Folders become tags, requests
 * operations, collection variables the host (or connection parameters), auth the security definition,
 * saved example responses the response schemas (via import-from-sample).
 */
import type { PointerSegment } from '../model/json-pointer';
import { friendlyTitle, pascalCase } from '../model/sample/titles';
import { OperationIds, synthesiseOperationId } from './operation-ids';
import { authSpec } from './postman-auth';
import { convertRequest, type ConvertedRequest } from './postman-request';
import { Reporter } from './report';
import { finishResult } from './result';
import { connectorAuth, dynamicHostPolicy, emptyProperties, textConnectionParameter, type AuthSpec } from './security';
import { asString, isObject, textOf, type JsonObject } from './util';
import type { ConversionResult, ProgressListener } from './types';

interface Collected {
  request: ConvertedRequest;
  tag?: string;
  at: PointerSegment[];
  auth?: unknown;
}

export function convertPostman(doc: JsonObject, kind: 'postman-2.0' | 'postman-2.1', onProgress?: ProgressListener): ConversionResult {
  const report = new Reporter();
  const variables = collectionVariables(doc);
  const collectionAuth = authSpec(doc.auth, ['auth'], variables, report);
  const authHeader = collectionAuth?.kind === 'apiKey' && collectionAuth.in === 'header' ? collectionAuth.name : undefined;
  const collected: Collected[] = [];
  const tags = new Map<string, string | undefined>();
  walk(doc.item, ['item'], undefined, { variables, report, authHeader }, collected, tags);
  if (Array.isArray(doc.event) && doc.event.length > 0) report.dropped('Collection scripts (pre-request and test) have no connector form.', ['event']);
  onProgress?.('convert', 50);

  const properties = emptyProperties();
  const swagger: JsonObject = { swagger: '2.0', info: info(doc) };
  const origin = chooseOrigin(collected, report);
  const basePath = commonBasePath(collected.filter((c) => c.request.url.origin === origin.value));
  if (origin.host) {
    swagger.host = origin.host;
    swagger.schemes = [origin.scheme ?? 'https'];
  }
  if (basePath.length > 0) swagger.basePath = '/' + basePath.join('/');
  hostConnection(origin, properties.properties, report);

  swagger.paths = buildPaths(collected, origin.value, basePath.length, report);
  if (tags.size > 0) swagger.tags = [...tags].map(([name, description]) => (description ? { name, description } : { name }));
  if (collectionAuth) reportOtherRequestAuth(collected, String((doc.auth as JsonObject).type), report);
  const auth = collectionAuth ?? firstRequestAuth(collected, variables, report);
  if (auth) applyAuth(swagger, properties.properties, auth);
  reportUnusedVariables(doc, report);
  return finishResult(swagger, properties, kind, report);
}

function collectionVariables(doc: JsonObject): Map<string, string> {
  const out = new Map<string, string>();
  for (const variable of (Array.isArray(doc.variable) ? doc.variable : []).filter(isObject)) {
    const key = asString(variable.key) ?? asString(variable.id);
    if (key && variable.value !== undefined && variable.value !== null && variable.value !== '') out.set(key, String(variable.value));
  }
  return out;
}

function walk(items: unknown, at: PointerSegment[], tag: string | undefined, ctx: Parameters<typeof convertRequest>[2], out: Collected[], tags: Map<string, string | undefined>): void {
  if (!Array.isArray(items)) return;
  items.forEach((item, index) => {
    if (!isObject(item)) return;
    const here = [...at, index];
    if (Array.isArray(item.event) && item.event.length > 0 && item.event.some((e) => isObject(e) && isObject(e.script))) {
      ctx.report.dropped(`Scripts of "${String(item.name ?? '')}" have no connector form.`, [...here, 'event']);
    }
    if (Array.isArray(item.item)) {
      const name = typeof item.name === 'string' && item.name !== '' ? item.name : tag;
      if (name && !tags.has(name)) tags.set(name, textOf(item.description));
      if (item.auth !== undefined) ctx.report.info(`Folder auth of "${String(item.name)}" is not carried over (the collection's authentication is used).`, [...here, 'auth']);
      walk(item.item, [...here, 'item'], name, ctx, out, tags);
      return;
    }
    if (item.request === undefined) return;
    const request = convertRequest(item, here, ctx);
    const auth = isObject(item.request) ? item.request.auth : undefined;
    if (request) out.push({ request, tag, at: here, auth });
  });
}

interface Origin {
  value?: string;
  host?: string;
  scheme?: string;
  hostVariables: string[];
}

/** Connectors have one host: the origin most requests use wins, the others are reported. */
function chooseOrigin(collected: Collected[], report: Reporter): Origin {
  const counts = new Map<string, number>();
  for (const { request } of collected) if (request.url.origin) counts.set(request.url.origin, (counts.get(request.url.origin) ?? 0) + 1);
  const value = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const hostVariables = [...new Set(collected.flatMap((c) => c.request.url.hostVariables))];
  for (const c of collected) {
    if (c.request.url.origin && c.request.url.origin !== value) report.approximated(`The request goes to ${c.request.url.origin}, but the connector's host is ${value}: its path was kept under that host.`, [...c.at, 'request', 'url']);
  }
  if (!value) return { hostVariables };
  const url = new URL(value);
  const scheme = url.protocol.replace(':', '');
  return { value, host: url.host, scheme: ['http', 'https', 'ws', 'wss'].includes(scheme) ? scheme : 'https', hostVariables };
}

/** A host made only of unresolved variables becomes connection parameters and a dynamichosturl policy. */
function hostConnection(origin: Origin, properties: JsonObject, report: Reporter): void {
  if (origin.host || origin.hostVariables.length === 0) {
    if (!origin.host) report.info('No request has a host: set the host in the General step.', ['item'], ['host']);
    return;
  }
  const parameters = properties.connectionParameters as JsonObject;
  for (const name of origin.hostVariables) {
    parameters[name] = textConnectionParameter(friendlyTitle(name), `The ${friendlyTitle(name)} of the service, for example https://api.example.com`);
    report.approximated(`Collection variable "${name}" (the host) has no value: it became a connection parameter used by a dynamichosturl policy; set a host in the General step.`, ['variable'], `apiProperties.json#/properties/connectionParameters/${name}`);
  }
  const template = origin.hostVariables.map((name) => `@connectionParameters('${name}')`).join('');
  (properties.policyTemplateInstances as JsonObject[]).push(dynamicHostPolicy(template, 'Host URL'));
}

/** The path segments every request of the chosen host shares from its base URL. */
function commonBasePath(collected: Collected[]): string[] {
  if (collected.length === 0) return [];
  const first = collected[0].request;
  let prefix = first.templateSegments.slice(0, first.url.baseSegments);
  for (const { request } of collected) {
    const own = request.templateSegments.slice(0, request.url.baseSegments);
    let n = 0;
    while (n < prefix.length && n < own.length && prefix[n] === own[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix.filter((s) => !s.includes('{'));
}

function buildPaths(collected: Collected[], origin: string | undefined, baseLength: number, report: Reporter): JsonObject {
  const paths: JsonObject = {};
  const ids = new OperationIds();
  for (const { request, tag, at } of collected) {
    const skip = request.url.origin === origin ? Math.min(baseLength, request.url.baseSegments) : 0;
    const path = '/' + request.templateSegments.slice(skip).join('/');
    const item = (paths[path] ??= {}) as JsonObject;
    if (item[request.method]) {
      report.dropped(`Request "${String(request.operation.summary ?? '')}" duplicates ${request.method.toUpperCase()} ${path}: only the first one is kept.`, at, ['paths', path, request.method]);
      continue;
    }
    const named = typeof request.operation.summary === 'string' ? pascalCase(request.operation.summary).replace(/[^A-Za-z0-9_]/g, '') : '';
    const operation: JsonObject = { operationId: ids.claim(named || synthesiseOperationId(request.method, path)), ...request.operation };
    if (tag) operation.tags = [tag];
    item[request.method] = operation;
  }
  return paths;
}

function firstRequestAuth(collected: Collected[], variables: Map<string, string>, report: Reporter): AuthSpec | undefined {
  let chosen: AuthSpec | undefined;
  for (const c of collected) {
    if (!isObject(c.auth) || c.auth.type === 'noauth') continue;
    const type = String(c.auth.type);
    if (chosen) {
      if (type !== (chosen.kind === 'apiKey' ? 'apikey' : chosen.kind)) report.dropped(`Request "${String(c.request.operation.summary ?? '')}" uses ${type} authentication: a connector has one authentication type.`, [...c.at, 'request', 'auth']);
      continue;
    }
    chosen = authSpec(c.auth, [...c.at, 'request', 'auth'], variables, report);
    if (chosen) report.info(`The authentication of request "${String(c.request.operation.summary ?? '')}" was used for the whole connector.`, [...c.at, 'request', 'auth']);
  }
  return chosen;
}

/** Requests that override the collection's authentication with another type cannot keep it. */
function reportOtherRequestAuth(collected: Collected[], type: string, report: Reporter): void {
  for (const c of collected) {
    if (isObject(c.auth) && c.auth.type !== type && c.auth.type !== 'noauth' && c.auth.type !== 'inherit') {
      report.dropped(`Request "${String(c.request.operation.summary ?? '')}" uses ${String(c.auth.type)} authentication: a connector has one authentication type (${type}).`, [...c.at, 'request', 'auth']);
    }
  }
}

function applyAuth(swagger: JsonObject, properties: JsonObject, spec: AuthSpec): void {
  const name = spec.kind === 'oauth2' ? 'oauth2-auth' : spec.kind === 'basic' ? 'basic_auth' : 'API Key';
  const { definition, connectionParameters } = connectorAuth(spec);
  swagger.securityDefinitions = { [name]: definition };
  swagger.security = [{ [name]: spec.kind === 'oauth2' ? Object.keys(spec.scopes) : [] }];
  properties.connectionParameters = { ...connectionParameters, ...(properties.connectionParameters as JsonObject) };
}

function info(doc: JsonObject): JsonObject {
  const source = isObject(doc.info) ? doc.info : {};
  const version = isObject(source.version) ? [source.version.major, source.version.minor, source.version.patch].join('.') : asString(source.version);
  const out: JsonObject = { title: asString(source.name) || 'Imported collection', version: version || '1.0.0' };
  const description = textOf(source.description);
  if (description) out.description = description;
  return out;
}

function reportUnusedVariables(doc: JsonObject, report: Reporter): void {
  const text = JSON.stringify(doc.item ?? []) + JSON.stringify(doc.auth ?? null);
  (Array.isArray(doc.variable) ? doc.variable : []).forEach((variable, index) => {
    const key = isObject(variable) ? asString(variable.key) ?? asString(variable.id) : undefined;
    if (key && !text.includes(`{{${key}}}`)) report.dropped(`Collection variable "${key}" is not used by any request and was not carried over.`, ['variable', index]);
  });
}
