/**
 * ajv errors -> plain findings.
 *
 * The Swagger 2.0 schema describes a parameter as oneOf(body, oneOf(header, formData, query, path)) and a
 * response as oneOf(response, $ref), so one wrong property produces a cascade of errors from every branch
 * ("must have required property 'schema'", "in must be equal to 'header'", "must match exactly one schema").
 * We collapse each cascade into the errors that explain it: the deepest ones (the branch that got
 * furthest), and among those the ones most branches agree on.
 */
import type { ErrorObject } from 'ajv';
import type { Finding } from '../model/findings';
import { escapeSegment, getAt } from '../model/json-pointer';
import { isObject } from '../model/operations';

const SWAGGER = 'apiDefinition.swagger.json' as const;
const PARAMETER_LOCATIONS = new Set(['body', 'query', 'header', 'path', 'formData']);

export function findingsFromAjvErrors(errors: readonly ErrorObject[], doc: unknown): Finding[] {
  const collapsed = collapseCascades(errors, doc).filter((e) => !isAcceptedEmptyWebhookResponses(e, doc));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const error of collapsed) {
    const finding = toFinding(error, doc);
    const key = `${finding.path}\u0000${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}

function collapseCascades(errors: readonly ErrorObject[], doc: unknown): ErrorObject[] {
  const pending: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== 'oneOf' && error.keyword !== 'anyOf') {
      pending.push(error);
      continue;
    }
    // ajv reports a failed oneOf after the errors of its branches: those are the ones just before it.
    const cascade: ErrorObject[] = [];
    while (pending.length > 0 && isUnder(pending[pending.length - 1].instancePath, error.instancePath)) {
      cascade.unshift(pending.pop()!);
    }
    pending.push(...explain(error, cascade, doc));
  }
  return pending;
}

function isUnder(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(ancestor + '/');
}

/** The errors that explain a failed oneOf/anyOf, or the oneOf error itself when its branches say nothing useful. */
function explain(error: ErrorObject, cascade: ErrorObject[], doc: unknown): ErrorObject[] {
  const useful = withoutReferenceBranch(cascade, doc).filter((e) => !isBranchSelector(e, doc) && !isOtherLocationBranch(e, doc));
  if (useful.length === 0) return [error];
  const depth = (e: ErrorObject) => (e.instancePath === '' ? 0 : e.instancePath.split('/').length);
  const deepest = Math.max(...useful.map(depth));
  const counts = new Map<string, { error: ErrorObject; count: number }>();
  for (const e of useful.filter((x) => depth(x) === deepest)) {
    const key = `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { error: e, count: 1 });
  }
  const best = Math.max(...[...counts.values()].map((c) => c.count));
  return [...counts.values()].filter((c) => c.count === best).map((c) => c.error);
}

/**
 * Parameters and responses may also be a {"$ref": ...}; for an object without "$ref" that branch only says
 * "'$ref' is required" and "'name' is not allowed" for every key it has. Drop exactly its contribution.
 */
function withoutReferenceBranch(cascade: ErrorObject[], doc: unknown): ErrorObject[] {
  const refless = new Set(
    cascade
      .filter((e) => e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === '$ref')
      .map((e) => e.instancePath)
      .filter((path) => { const value = getAt(doc, path); return isObject(value) && !('$ref' in value); }),
  );
  if (refless.size === 0) return cascade;
  const dropped = new Set<string>();
  return cascade.filter((e) => {
    if (!refless.has(e.instancePath)) return true;
    if (e.keyword === 'required') return (e.params as { missingProperty?: string }).missingProperty !== '$ref';
    if (e.keyword !== 'additionalProperties') return true;
    const key = `${e.instancePath}\u0000${String((e.params as { additionalProperty?: string }).additionalProperty)}`;
    if (dropped.has(key)) return true;
    dropped.add(key);
    return false;
  });
}

/** A query parameter is not "missing its body schema", and a body parameter is not "missing its type". */
function isOtherLocationBranch(error: ErrorObject, doc: unknown): boolean {
  if (error.keyword !== 'required') return false;
  const param = getAt(doc, error.instancePath);
  if (!isObject(param) || typeof param.in !== 'string' || !PARAMETER_LOCATIONS.has(param.in)) return false;
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  return param.in === 'body' ? missing !== 'schema' && missing !== 'name' && missing !== 'in' : missing === 'schema';
}

/** "in must be 'header'" from the branches a valid `in` did not select: noise, not the problem. */
function isBranchSelector(error: ErrorObject, doc: unknown): boolean {
  if (error.keyword !== 'enum' || !error.instancePath.endsWith('/in')) return false;
  const value = getAt(doc, error.instancePath);
  return typeof value === 'string' && PARAMETER_LOCATIONS.has(value);
}

/**
 * Webhook trigger operations with `"responses": {}` are accepted by the platform (16 operations in 12
 * certified connectors; CERTIFICATION.md, "Patterns the platform demonstrably accepts").
 */
function isAcceptedEmptyWebhookResponses(error: ErrorObject, doc: unknown): boolean {
  if (!/^\/paths\/[^/]+\/[^/]+\/responses$/.test(error.instancePath)) return false;
  if (error.keyword !== 'not' && error.keyword !== 'minProperties') return false;
  const operation = getAt(doc, error.instancePath.slice(0, -'/responses'.length));
  const responses = getAt(doc, error.instancePath);
  return isObject(operation) && operation['x-ms-trigger'] !== undefined && isObject(responses) && Object.keys(responses).length === 0;
}

function toFinding(error: ErrorObject, doc: unknown): Finding {
  const path = error.instancePath;
  const base = { rule: 'swagger-schema', severity: 'error' as const, file: SWAGGER, step: 'definition' as const };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return {
        ...base,
        path: `${path}/${escapeSegment(name)}`,
        message: `ExtensionNameNotValid: The property '${name}' is not valid. If this property is an extension, its name must begin with "x-"`,
      };
    }
    case 'required':
      return { ...base, path, message: `The '${String(params.missingProperty)}' property is required. ValuePath: ${path || '/'}` };
    default:
      return { ...base, path, message: plainMessage(error, getAt(doc, path)) };
  }
}

function plainMessage(error: ErrorObject, value: unknown): string {
  const params = error.params as Record<string, unknown>;
  const where = describe(error.instancePath);
  switch (error.keyword) {
    case 'type':
      return `${where} must be of type ${String(params.type)}, but it is ${typeName(value)}.`;
    case 'enum':
      return `${where} is ${show(value)}, which is not allowed. Allowed values: ${(params.allowedValues as unknown[]).map(show).join(', ')}.`;
    case 'pattern':
      return `${where} is ${show(value)}, which does not have the required form (pattern ${String(params.pattern)}).`;
    case 'uniqueItems':
      return `${where} lists the same value twice (items ${Number(params.j) + 1} and ${Number(params.i) + 1}).`;
    case 'minItems':
      return `${where} must have at least ${String(params.limit)} item(s).`;
    case 'maxItems':
      return `${where} must have at most ${String(params.limit)} item(s).`;
    case 'minLength':
      return `${where} must have at least ${String(params.limit)} character(s).`;
    case 'minimum':
    case 'maximum':
      return `${where} ${error.message ?? 'is out of range'}.`;
    case 'minProperties':
    case 'not':
      if (/\/responses$/.test(error.instancePath)) return 'The operation must declare at least one response (a status code or "default").';
      return `${where} ${error.message ?? 'is not valid'}.`;
    case 'oneOf':
    case 'anyOf':
      return `${where} does not match any of the forms Swagger 2.0 allows here.`;
    default:
      return `${where} ${error.message ?? 'is not valid'}.`;
  }
}

function describe(pointer: string): string {
  if (pointer === '') return 'The document';
  const last = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(last) ? `Item ${Number(last) + 1} at ${pointer}` : `'${last}'`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
