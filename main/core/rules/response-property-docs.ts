/**
 * Catalogue 31 (CERTIFICATION.md §3 C): response properties have a display name (`x-ms-summary` or
 * `title`) and a `description`, so makers can tell the dynamic content apart (L:openapi-extensions).
 * A warning, checked on the schemas of operation responses and on the definitions they reference;
 * internal properties are never shown and are skipped.
 *
 * One warning per schema, at its `properties`, naming the properties that lack either. Certified connectors
 * leave most response properties undocumented (over 6,000 in the corpus, hundreds in one connector): a
 * warning for each buried every other finding of the Definition step, and fixing them is one job per schema.
 * The quick fix sets every missing display name from its property's name, in one undo step.
 */
import { isObject, type JsonObject } from '../model/operations';
import { sameJson } from '../model/security/json-values';
import type { Report, Rule } from './rule';
import { operationsOf, responseEntries } from './support/document-index';
import { definitionName } from './support/refs';
import { isFilled, isSuccessCode, titleFromName } from './support/text';
import { escapeSegment } from '../model/json-pointer';

const FILE = 'apiDefinition.swagger.json' as const;

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
        checkSchema(response.schema, keywordsOf(response.schema, 0), `${op.pointer}/responses/${code}/schema`, definitions, visited, report, 0);
      }
    }
  },
};

/**
 * Where a schema is: a pointer, or a property (or, without one, the items) of a schema somewhere. Joined only for
 * a finding, and then once: the properties of one schema share its joined pointer. (Not a Place, model/json-pointer.ts:
 * a Place cannot start from the operation's pointer, which listOperations has already written.)
 */
type Loc = string | { base: Loc; property?: string; joined?: string };

function locPointer(loc: Loc): string {
  if (typeof loc === 'string') return loc;
  return (loc.joined ??= locPointer(loc.base) + (loc.property === undefined ? '/items' : `/properties/${escapeSegment(loc.property)}`));
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

const MAX_DEPTH = 32;
/**
 * One keyword record per depth, reused: a large connector's responses hold tens of thousands of properties, and a
 * record for each was most of what this rule allocated. checkSchema at depth d reads its children into the record
 * of d + 1 and is done with each before it reads the next; a child's call reads its own children one level deeper.
 */
const RECORDS: Keywords[] = Array.from({ length: MAX_DEPTH + 2 }, () => ({ ref: undefined, items: undefined, properties: undefined, visibility: undefined, summary: undefined, title: undefined, description: undefined }));

/**
 * A schema's keywords (into the record of `depth`), read in one pass over its own keys: cheaper than seven lookups
 * by name on the thousands of differently shaped schemas of a large connector (the lookups by name then miss V8's
 * caches).
 */
function keywordsOf(schema: JsonObject, depth: number): Keywords {
  const keywords = RECORDS[depth];
  keywords.ref = keywords.items = keywords.properties = keywords.visibility = keywords.summary = keywords.title = keywords.description = undefined;
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
  if (depth > MAX_DEPTH) return;
  const ref = definitionName(keywords.ref);
  if (ref !== undefined) {
    // A visited name was an object definition: it is not looked up again.
    if (visited.has(ref)) return;
    const target = definitions[ref];
    if (isObject(target)) {
      visited.add(ref);
      checkSchema(target, keywordsOf(target, depth + 1), `/definitions/${escapeSegment(ref)}`, definitions, visited, report, depth + 1);
    }
    return;
  }
  const { items, properties } = keywords;
  if (isObject(items)) checkSchema(items, keywordsOf(items, depth + 1), { base: pointer }, definitions, visited, report, depth + 1);
  if (!isObject(properties)) return;
  const unnamed: string[] = [];
  const undescribed: string[] = [];
  for (const name in properties) {
    const property = properties[name];
    if (!isObject(property)) continue;
    const own = keywordsOf(property, depth + 1);
    if (own.visibility === 'internal') continue;
    if (typeof own.ref !== 'string') {
      if (!isFilled(own.summary) && !isFilled(own.title)) unnamed.push(name);
      if (!isFilled(own.description)) undescribed.push(name);
    }
    // Most properties are plain values: only one with a reference, items or properties of its own is walked.
    if (own.ref !== undefined || own.items !== undefined || own.properties !== undefined) checkSchema(property, own, { base: pointer, property: name }, definitions, visited, report, depth + 1);
  }
  if (unnamed.length > 0 || undescribed.length > 0) reportSchema(pointer, unnamed, undescribed, report);
}

const NO_NAME = 'no display name (x-ms-summary or title)';
/** Names listed in one message: a schema of 80 undocumented properties still reads as one sentence. */
const LISTED = 10;

function reportSchema(schema: Loc, unnamed: readonly string[], undescribed: readonly string[], report: Report): void {
  const properties = `${locPointer(schema)}/properties`;
  const parts: string[] = [];
  // Most often the same properties lack both (both lists follow the properties' order): they are named once.
  if (sameJson(unnamed, undescribed)) parts.push(lacking(unnamed, `${NO_NAME} and no description`, true));
  else {
    if (unnamed.length > 0) parts.push(lacking(unnamed, NO_NAME, true));
    if (undescribed.length > 0) parts.push(lacking(undescribed, 'no description', unnamed.length === 0));
  }
  const edits: { file: typeof FILE; path: string; value: string }[] = [];
  for (const name of unnamed) {
    const value = titleFromName(name);
    if (value) edits.push({ file: FILE, path: `${properties}/${escapeSegment(name)}/x-ms-summary`, value });
  }
  report({
    message: `${parts.join('; ')}.`,
    file: FILE,
    path: properties,
    fix: edits.length > 0 ? { label: edits.length === 1 ? `Set the summary to "${edits[0].value}"` : `Set ${edits.length} display names`, edits } : undefined,
  });
}

/**
 * "The response property 'id' has no description" / "3 response properties have no description: 'a', 'b', 'c'";
 * after a first part, "'id' has …" / "3 have …: …".
 */
function lacking(names: readonly string[], what: string, first: boolean): string {
  if (names.length === 1) return `${first ? 'The response property ' : ''}'${names[0]}' has ${what}`;
  return `${names.length} ${first ? 'response properties ' : ''}have ${what}: ${listed(names)}`;
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, LISTED).map((name) => `'${name}'`).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}
