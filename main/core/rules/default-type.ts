/**
 * Catalogue 16 (CERTIFICATION.md §3 B): a `default` matches the declared type — "The 'default' value is of
 * type 'Integer', but should match the given type 'String'" (DOCS#480). The platform accepts a string that
 * spells a value of the declared type ("default": "false" on a boolean, 93 connectors — CERTIFICATION.md,
 * accepted patterns): that case is a warning with a fix, not an error.
 */
import type { JsonObject } from '../model/operations';
import type { Report, Rule } from './rule';
import { toPointer, type PointerSegment } from '../model/json-pointer';
import { declaredParametersOf, documentIndex, rootSchemasOf } from './support/document-index';
import { walkSchemas } from './support/schemas';

const FILE = 'apiDefinition.swagger.json';
const TYPE_NAMES: Record<string, string> = { string: 'String', integer: 'Integer', number: 'Number', boolean: 'Boolean', array: 'Array', object: 'Object' };

export const defaultType: Rule = {
  id: 'default-type',
  catalogue: [16],
  severity: 'error',
  step: 'definition',
  description: "A 'default' value has the type the parameter or property declares.",
  check(ctx, report) {
    for (const { parameter, pointer } of declaredParametersOf(ctx)) {
      if (parameter.in !== 'body') checkDefault(parameter, pointer, report);
    }
    // Most schemas hold no default anywhere below them: the index lists those that do, and only they are walked.
    walkSchemas(rootSchemasOf(ctx), (schema, segments) => checkDefault(schema, segments, report), documentIndex(ctx).defaultHolders);
  },
};

/** `at`: the node's pointer segments, or its pointer. */
function checkDefault(node: JsonObject, at: readonly PointerSegment[] | string, report: Report): void {
  const { type, default: value } = node;
  if (!('default' in node) || value === null || typeof type !== 'string' || !(type in TYPE_NAMES)) return;
  const actual = typeName(value);
  if (actual === TYPE_NAMES[type] || (type === 'number' && actual === 'Integer')) return;
  const path = typeof at === 'string' ? `${at}/default` : toPointer([...at, 'default']);
  const message = `The 'default' value is of type '${actual}', but should match the given type '${TYPE_NAMES[type]}'`;
  const converted = typeof value === 'string' ? fromString(value, type) : undefined;
  if (converted === undefined) {
    report({ message, file: FILE, path });
    return;
  }
  report({
    message,
    file: FILE,
    path,
    severity: 'warning',
    fix: { label: `Write the default as ${JSON.stringify(converted)}`, edits: [{ file: FILE, path, value: converted }] },
  });
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Integer' : 'Number';
  if (typeof value === 'object') return 'Object';
  return TYPE_NAMES[typeof value] ?? 'String';
}

/** The typed value a string spells ("false" -> false, "10" -> 10), or undefined. */
function fromString(text: string, type: string): unknown {
  const trimmed = text.trim();
  if (type === 'boolean' && /^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (type === 'integer' && /^-?\d+$/.test(trimmed)) return Number(trimmed);
  if (type === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return undefined;
}
