/**
 * Catalogue 31 (CERTIFICATION.md §3 C): response properties have a display name (`x-ms-summary` or
 * `title`) and a `description`, so makers can tell the dynamic content apart (L:openapi-extensions).
 * A warning, checked on the schemas of operation responses and on the definitions they reference;
 * internal properties are never shown and are skipped.
 */
import { isObject, type JsonObject } from '../model/operations';
import type { Report, Rule } from './rule';
import { operationsOf, pointerSegment, responseEntries } from './support/document-index';
import { definitionName } from './support/refs';
import { isFilled, isSuccessCode, titleFromName } from './support/text';

const FILE = 'apiDefinition.swagger.json';

export const responsePropertyDocs: Rule = {
  id: 'response-property-docs',
  catalogue: [31],
  severity: 'warning',
  step: 'definition',
  description: 'Response properties have an x-ms-summary (or title) and a description.',
  check(ctx, report) {
    const definitions = isObject(ctx.swagger) && isObject(ctx.swagger.definitions) ? ctx.swagger.definitions : {};
    const visited = new Set<string>();
    for (const op of operationsOf(ctx)) {
      const responses = op.operation.responses;
      if (!isObject(responses)) continue;
      for (const { code, response } of responseEntries(ctx, responses)) {
        if (!isSuccessCode(code) || !isObject(response) || !isObject(response.schema)) continue;
        checkSchema(response.schema, keywordsOf(response.schema), `${op.pointer}/responses/${code}/schema`, definitions, visited, report, 0);
      }
    }
  },
};

/**
 * Where a schema is: a pointer, or a property (or, without one, the items) of a schema somewhere. Joined only for
 * a finding, and then once: the properties of one schema share its joined pointer.
 */
type Loc = string | { base: Loc; property?: string; joined?: string };

function pointerOf(loc: Loc): string {
  if (typeof loc === 'string') return loc;
  return (loc.joined ??= pointerOf(loc.base) + (loc.property === undefined ? '/items' : `/properties/${pointerSegment(loc.property)}`));
}

/** The keywords this rule reads from a schema or property. */
interface Keywords {
  ref: unknown;
  items: unknown;
  properties: unknown;
  visibility: unknown;
  summary: unknown;
  title: unknown;
  description: unknown;
}

/**
 * A schema's keywords, read in one pass over its own keys: cheaper than seven lookups by name on the thousands
 * of differently shaped schemas of a large connector (the lookups by name then miss V8's caches).
 */
function keywordsOf(schema: JsonObject): Keywords {
  const keywords: Keywords = { ref: undefined, items: undefined, properties: undefined, visibility: undefined, summary: undefined, title: undefined, description: undefined };
  for (const key in schema) {
    switch (key) {
      case '$ref': keywords.ref = schema[key]; break;
      case 'items': keywords.items = schema[key]; break;
      case 'properties': keywords.properties = schema[key]; break;
      case 'x-ms-visibility': keywords.visibility = schema[key]; break;
      case 'x-ms-summary': keywords.summary = schema[key]; break;
      case 'title': keywords.title = schema[key]; break;
      case 'description': keywords.description = schema[key]; break;
    }
  }
  return keywords;
}

function checkSchema(schema: JsonObject, keywords: Keywords, pointer: Loc, definitions: JsonObject, visited: Set<string>, report: Report, depth: number): void {
  if (depth > 32) return;
  const ref = definitionName(keywords.ref);
  if (ref !== undefined) {
    // A visited name was an object definition: it is not looked up again.
    if (visited.has(ref)) return;
    const target = definitions[ref];
    if (isObject(target)) {
      visited.add(ref);
      checkSchema(target, keywordsOf(target), `/definitions/${pointerSegment(ref)}`, definitions, visited, report, depth + 1);
    }
    return;
  }
  const { items, properties } = keywords;
  if (isObject(items)) checkSchema(items, keywordsOf(items), { base: pointer }, definitions, visited, report, depth + 1);
  if (!isObject(properties)) return;
  for (const name in properties) {
    const property = properties[name];
    if (!isObject(property)) continue;
    const own = keywordsOf(property);
    if (own.visibility === 'internal') continue;
    const at: Loc = { base: pointer, property: name };
    if (typeof own.ref !== 'string') {
      const named = isFilled(own.summary) || isFilled(own.title);
      const described = isFilled(own.description);
      // Most response properties of real connectors lack both: their pointer is joined once.
      const base = named && described ? '' : pointerOf(at);
      if (!named) {
        const title = titleFromName(name);
        const path = `${base}/x-ms-summary`;
        report({
          message: `The response property '${name}' has no display name (x-ms-summary or title).`,
          file: FILE,
          path,
          fix: title ? { label: `Set the summary to "${title}"`, edits: [{ file: FILE, path, value: title }] } : undefined,
        });
      }
      if (!described) {
        report({ message: `The response property '${name}' has no description.`, file: FILE, path: `${base}/description` });
      }
    }
    checkSchema(property, own, at, definitions, visited, report, depth + 1);
  }
}
