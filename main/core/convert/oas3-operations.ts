/** OpenAPI 3 paths -> Swagger 2.0 paths: parameters, request bodies, responses, ids and what 2.0 lacks. */
import { HTTP_METHODS } from '../model/operations';
import type { PointerSegment } from '../model/json-pointer';
import { deref, type Oas3Context } from './oas3-context';
import { convertRequestBody } from './oas3-body';
import { convertParameterList, declaredPathNames } from './oas3-parameters';
import { convertResponses } from './oas3-responses';
import { convertRequirements } from './oas3-security';
import { OperationIds, synthesiseOperationId } from './operation-ids';
import { copyExtensions, isAbsoluteUrl, isObject, type JsonObject } from './util';
import type { ProgressListener } from './types';

export function convertPaths(ctx: Oas3Context, securityNames: Set<string>, onProgress?: ProgressListener): JsonObject {
  const paths: JsonObject = {};
  const ids = new OperationIds();
  const source = isObject(ctx.doc.paths) ? ctx.doc.paths : {};
  const entries = Object.entries(source);
  reserveSourceIds(entries, ids);
  entries.forEach(([path, rawItem], index) => {
    if (index % 25 === 0) onProgress?.('convert', 20 + Math.round((70 * index) / Math.max(1, entries.length)));
    if (path.startsWith('x-')) {
      paths[path] = rawItem;
      return;
    }
    const at = ['paths', path];
    const resolved = deref(ctx, rawItem, at);
    if (!resolved || !path.startsWith('/')) {
      ctx.report.dropped(`Path "${path}" could not be read (it must start with "/" and be defined in the file).`, at);
      return;
    }
    paths[path] = convertPathItem(ctx, path, resolved.value, resolved.at, ids, securityNames);
  });
  return paths;
}

/** Source ids are claimed first so a synthesised id never takes an id the source used later on. */
function reserveSourceIds(entries: [string, unknown][], ids: OperationIds): void {
  for (const [, item] of entries) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op) && typeof op.operationId === 'string') ids.reserve(op.operationId);
    }
  }
}

function convertPathItem(ctx: Oas3Context, path: string, item: JsonObject, at: PointerSegment[], ids: OperationIds, securityNames: Set<string>): JsonObject {
  const out: JsonObject = {};
  const shared = convertParameterList(ctx, item.parameters, [...at, 'parameters']);
  if (shared.length > 0) out.parameters = shared;
  for (const key of ['summary', 'description', 'servers'] as const) {
    if (item[key] !== undefined) ctx.report.dropped(`Path-level ${key} has no 2.0 form.`, [...at, key]);
  }
  if (item.trace !== undefined) ctx.report.dropped('TRACE operations are not supported in 2.0.', [...at, 'trace']);
  for (const method of HTTP_METHODS) {
    if (!isObject(item[method])) continue;
    const operation = convertOperation(ctx, path, method, item[method] as JsonObject, [...at, method], ids, securityNames);
    addMissingPathParameters(ctx, path, [item.parameters, (item[method] as JsonObject).parameters], operation, [...at, method]);
    out[method] = operation;
  }
  copyExtensions(item, out);
  return out;
}

function convertOperation(ctx: Oas3Context, path: string, method: string, op: JsonObject, at: PointerSegment[], ids: OperationIds, securityNames: Set<string>): JsonObject {
  const out: JsonObject = {};
  if (Array.isArray(op.tags)) out.tags = [...new Set(op.tags.filter((t) => typeof t === 'string'))];
  if (typeof op.summary === 'string') out.summary = op.summary;
  if (typeof op.description === 'string') out.description = op.description;
  if (isObject(op.externalDocs) && isAbsoluteUrl(op.externalDocs.url)) out.externalDocs = { url: op.externalDocs.url, ...(typeof op.externalDocs.description === 'string' ? { description: op.externalDocs.description } : {}) };
  out.operationId = operationId(ctx, path, method, op, at, ids);
  const parameters = convertParameterList(ctx, op.parameters, [...at, 'parameters']);
  if (op.requestBody !== undefined) {
    const body = convertRequestBody(ctx, op.requestBody, [...at, 'requestBody']);
    parameters.push(...body.parameters);
    if (body.consumes.length > 0) out.consumes = body.consumes;
  }
  if (parameters.length > 0) out.parameters = parameters;
  const { responses, produces } = convertResponses(ctx, op.responses, [...at, 'responses']);
  if (produces.length > 0) out.produces = produces;
  out.responses = responses;
  if (op.deprecated === true) out.deprecated = true;
  const security = convertRequirements(op.security, securityNames);
  if (security) out.security = security;
  if (op.callbacks !== undefined) {
    for (const name of Object.keys(isObject(op.callbacks) ? op.callbacks : {})) {
      ctx.report.dropped(`Callback "${name}" has no 2.0 form; if it delivers events, model it as a webhook trigger (x-ms-trigger) in the Definition step.`, [...at, 'callbacks', name]);
    }
  }
  if (op.servers !== undefined) ctx.report.dropped('Operation-level servers have no 2.0 form: the connector uses one host.', [...at, 'servers']);
  copyExtensions(op, out);
  return out;
}

function operationId(ctx: Oas3Context, path: string, method: string, op: JsonObject, at: PointerSegment[], ids: OperationIds): string {
  if (typeof op.operationId === 'string' && op.operationId !== '') {
    const id = ids.claim(op.operationId);
    if (id !== op.operationId) ctx.report.renamed(`Duplicate operationId "${op.operationId}" became "${id}".`, [...at, 'operationId']);
    return id;
  }
  const id = ids.claim(synthesiseOperationId(method, path), true);
  ctx.report.info(`operationId "${id}" was generated (the source had none).`, at);
  return id;
}

/** 2.0 requires every {name} in the path to be declared: missing ones are added as required strings. */
function addMissingPathParameters(ctx: Oas3Context, path: string, lists: unknown[], operation: JsonObject, at: PointerSegment[]): void {
  const declared = declaredPathNames(ctx, lists);
  for (const name of path.match(/\{[^}]+\}/g)?.map((m) => m.slice(1, -1)) ?? []) {
    if (declared.has(name)) continue;
    const parameters = (operation.parameters as JsonObject[] | undefined) ?? [];
    parameters.push({ name, in: 'path', required: true, type: 'string' });
    operation.parameters = parameters;
    declared.add(name);
    ctx.report.approximated(`Path parameter "${name}" was not declared: added as a required string.`, at);
  }
}
