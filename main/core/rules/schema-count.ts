/**
 * Catalogue 17 (CERTIFICATION.md §3 B): a schema may hold at most 512 schemas, counting every nested
 * property/item schema with its references expanded — "Critical : definitions/{Definition} : The total
 * number of schemas in the object exceeds the max schema count allowed value of '512'" (PPC#1088, Xero).
 * Each top-level schema (definitions, body parameters, responses) is counted on its own, each definition it
 * references expanded once (so cycles and shared types count once: the certified CardsForPowerApps, whose
 * recursive JSchema would otherwise pass 512, is accepted).
 */
import { toPointer } from '../model/json-pointer';
import { isObject, type JsonObject } from '../model/operations';
import type { Rule } from './rule';
import { rootSchemas } from './support/schemas';

export const MAX_SCHEMAS = 512;

export const schemaCount: Rule = {
  id: 'schema-count',
  catalogue: [17],
  severity: 'error',
  step: 'definition',
  description: `A schema holds at most ${MAX_SCHEMAS} schemas, references expanded.`,
  check(ctx, report) {
    const definitions = isObject(ctx.swagger) && isObject(ctx.swagger.definitions) ? ctx.swagger.definitions : {};
    for (const root of rootSchemas(ctx.swagger)) {
      if (countSchemas(root.schema, definitions, new Set(), { n: 0 }) <= MAX_SCHEMAS) continue;
      const path = toPointer(root.segments);
      report({
        message: `Critical : ${path.slice(1)} : The total number of schemas in the object exceeds the max schema count allowed value of '${MAX_SCHEMAS}'. Please remove any unnecessary property or item definitions.`,
        file: 'apiDefinition.swagger.json',
        path,
      });
    }
  },
};

/** Counts schemas under `schema` (itself included), stopping as soon as the limit is passed. */
function countSchemas(schema: JsonObject, definitions: JsonObject, expanded: Set<string>, total: { n: number }): number {
  if (total.n > MAX_SCHEMAS) return total.n;
  total.n += 1;
  const ref = typeof schema.$ref === 'string' ? /^#\/definitions\/(.+)$/.exec(schema.$ref)?.[1] : undefined;
  if (ref !== undefined) {
    const target = definitions[ref];
    if (!isObject(target) || expanded.has(ref)) return total.n;
    total.n -= 1; // the reference stands for its target: count the target instead
    expanded.add(ref);
    return countSchemas(target, definitions, expanded, total);
  }
  const children: unknown[] = [
    ...(isObject(schema.properties) ? Object.values(schema.properties) : []),
    ...(Array.isArray(schema.items) ? schema.items : [schema.items]),
    schema.additionalProperties,
    ...(Array.isArray(schema.allOf) ? schema.allOf : []),
  ];
  for (const child of children) if (isObject(child)) countSchemas(child, definitions, expanded, total);
  return total.n;
}
