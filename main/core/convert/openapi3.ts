/**
 * OpenAPI 3.0 / 3.1 -> Swagger 2.0 connector (issue 9). Each part of the document is handled by one
 * oas3-*.ts file; this file assembles the result. Every loss is reported with its source pointer.
 */
import type { Oas3Context } from './oas3-context';
import { convertComponents } from './oas3-components';
import { convertPaths } from './oas3-operations';
import { convertRequirements, convertSecuritySchemes } from './oas3-security';
import { settleReferences } from './oas3-references';
import { convertSchemaHere } from './oas3-schema';
import { collectSchemaParts, convertSchemaParts } from './oas3-schema-parts';
import { convertServers } from './oas3-servers';
import { Reporter } from './report';
import { emptyProperties } from './security';
import { finishResult } from './result';
import { copyExtensions, isAbsoluteUrl, isObject, type JsonObject } from './util';
import type { ConversionResult, ProgressListener } from './types';

const TOP_LEVEL_DROPPED = ['webhooks', 'jsonSchemaDialect'];

export function convertOpenApi3(doc: JsonObject, onProgress?: ProgressListener): ConversionResult {
  const version = /^3\.1/.test(String(doc.openapi)) ? '3.1' : '3.0';
  const report = new Reporter();
  const ctx: Oas3Context = { doc, version, report, droppedParameters: new Set(), requestBodyParameters: new Map(), inlining: new Set(), schemaParts: new Map(), schemaPartRefs: new Map() };
  const swagger: JsonObject = { swagger: '2.0', info: convertInfo(ctx) };
  const properties = emptyProperties();
  const props = properties.properties;

  const server = convertServers(ctx);
  ctx.serverUrl = server.url;
  if (server.host) swagger.host = server.host;
  if (server.basePath) swagger.basePath = server.basePath;
  if (server.schemes?.length) swagger.schemes = server.schemes;
  const security = convertSecuritySchemes(ctx);
  props.connectionParameters = { ...security.connectionParameters, ...server.connectionParameters };
  props.policyTemplateInstances = server.policies;

  collectSchemaParts(ctx);
  const components = convertComponents(ctx);
  Object.assign(components.definitions, convertSchemaParts(ctx, convertSchemaHere));
  onProgress?.('convert', 20);
  swagger.paths = convertPaths(ctx, security.names, onProgress);
  if (Object.keys(components.definitions).length > 0) swagger.definitions = components.definitions;
  if (Object.keys(components.parameters).length > 0) swagger.parameters = components.parameters;
  if (Object.keys(components.responses).length > 0) swagger.responses = components.responses;
  if (Object.keys(security.securityDefinitions).length > 0) swagger.securityDefinitions = security.securityDefinitions;
  const requirements = convertRequirements(doc.security, security.names);
  if (requirements && requirements.length > 0) swagger.security = requirements;
  const tags = convertTags(doc.tags);
  if (tags) swagger.tags = tags;
  if (isObject(doc.externalDocs) && isAbsoluteUrl(doc.externalDocs.url)) swagger.externalDocs = doc.externalDocs;
  copyExtensions(doc, swagger);
  for (const key of TOP_LEVEL_DROPPED) {
    if (doc[key] === undefined) continue;
    const entries = isObject(doc[key]) ? Object.keys(doc[key] as JsonObject).length : 0;
    const count = entries > 0 ? ` (${entries} entr${entries === 1 ? 'y' : 'ies'})` : '';
    const hint = key === 'webhooks' ? ': model incoming events as webhook triggers (x-ms-trigger) in the Definition step' : '';
    ctx.report.dropped(`${key}${count} was dropped: it has no 2.0 form${hint}.`, [key]);
  }
  settleReferences(ctx, swagger);
  return finishResult(swagger, properties, version === '3.1' ? 'openapi-3.1' : 'openapi-3.0', report);
}

function convertInfo(ctx: Oas3Context): JsonObject {
  const info = isObject(ctx.doc.info) ? ctx.doc.info : {};
  const out: JsonObject = {
    title: typeof info.title === 'string' && info.title !== '' ? info.title : 'Imported API',
    version: info.version !== undefined ? String(info.version) : '1.0.0',
  };
  if (typeof info.description === 'string') out.description = info.description;
  if (typeof info.termsOfService === 'string') out.termsOfService = info.termsOfService;
  if (isObject(info.contact)) {
    const contact: JsonObject = {};
    if (typeof info.contact.name === 'string') contact.name = info.contact.name;
    if (isAbsoluteUrl(info.contact.url)) contact.url = info.contact.url;
    else if (info.contact.url !== undefined) ctx.report.dropped('Contact URL is not an absolute URL.', ['info', 'contact', 'url']);
    if (typeof info.contact.email === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(info.contact.email)) contact.email = info.contact.email;
    else if (info.contact.email !== undefined) ctx.report.dropped('Contact email is not a valid address.', ['info', 'contact', 'email']);
    copyExtensions(info.contact, contact);
    out.contact = contact;
  }
  if (isObject(info.license) && typeof info.license.name === 'string') {
    out.license = { name: info.license.name, ...(isAbsoluteUrl(info.license.url) ? { url: info.license.url } : {}) };
    if (info.license.identifier !== undefined) ctx.report.dropped('License identifier has no 2.0 form.', ['info', 'license', 'identifier']);
  }
  if (info.summary !== undefined) ctx.report.dropped('info.summary has no 2.0 form (the description is kept).', ['info', 'summary']);
  copyExtensions(info, out);
  return out;
}

function convertTags(tags: unknown): JsonObject[] | undefined {
  if (!Array.isArray(tags)) return undefined;
  const seen = new Set<string>();
  const out: JsonObject[] = [];
  for (const tag of tags) {
    if (!isObject(tag) || typeof tag.name !== 'string' || seen.has(tag.name)) continue;
    seen.add(tag.name);
    const converted: JsonObject = { name: tag.name };
    if (typeof tag.description === 'string') converted.description = tag.description;
    if (isObject(tag.externalDocs) && isAbsoluteUrl(tag.externalDocs.url)) converted.externalDocs = { url: tag.externalDocs.url };
    copyExtensions(tag, converted);
    out.push(converted);
  }
  return out;
}
