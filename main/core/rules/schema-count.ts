/**
 * Catalogue 17 (CERTIFICATION.md §3 B): a schema may hold at most 512 schemas, counting every nested
 * property/item schema with its references expanded — "Critical : definitions/{Definition} : The total
 * number of schemas in the object exceeds the max schema count allowed value of '512'" (PPC#1088, Xero).
 * Each top-level schema (definitions, body parameters, responses) is counted on its own, each definition it
 * references expanded once (so cycles and shared types count once: the certified CardsForPowerApps, whose
 * recursive JSchema would otherwise pass 512, is accepted).
 */
import { isObject, type JsonObject } from '../model/operations';
import type { Rule } from './rule';
import { pointerOf, rootSchemasOf } from './support/document-index';
import { definitionName } from './support/refs';

export const MAX_SCHEMAS = 512;

export const schemaCount: Rule = {
  id: 'schema-count',
  catalogue: [17],
  severity: 'error',
  step: 'definition',
  description: `A schema holds at most ${MAX_SCHEMAS} schemas, references expanded.`,
  check(ctx, report) {
    const definitions = isObject(ctx.swagger) && isObject(ctx.swagger.definitions) ? ctx.swagger.definitions : {};
    const shapes = new Map<JsonObject, Shape>();
    // Expanding references can add at most every definition once: when even that stays within the limit,
    // a root's own size says it all (most connectors), and no reference needs following.
    let everyDefinition = 0;
    for (const name in definitions) {
      const definition = definitions[name];
      if (isObject(definition)) everyDefinition += shapeOf(definition, definitions, shapes).size - 1;
    }
    for (const root of rootSchemasOf(ctx)) {
      if (shapeOf(root.schema, definitions, shapes).size + everyDefinition <= MAX_SCHEMAS) continue;
      if (countSchemas(root.schema, definitions, shapes) <= MAX_SCHEMAS) continue;
      const path = pointerOf(root.place);
      report({
        message: `Critical : ${path.slice(1)} : The total number of schemas in the object exceeds the max schema count allowed value of '${MAX_SCHEMAS}'. Please remove any unnecessary property or item definitions.`,
        file: 'apiDefinition.swagger.json',
        path,
      });
    }
  },
};

/**
 * A schema's own tree, references not expanded: how many schemas it holds (a reference counts as one) and the
 * definitions its references can expand. Computed once per schema: most definitions are shared by many roots.
 */
interface Shape {
  size: number;
  refs: string[];
}

/**
 * Counts schemas under `schema` (itself included), each definition it references (transitively) expanded once:
 * its own tree plus, for each definition reached, that definition's tree in place of one reference to it.
 * Stops as soon as the limit is passed.
 */
function countSchemas(schema: JsonObject, definitions: JsonObject, shapes: Map<JsonObject, Shape>): number {
  const root = shapeOf(schema, definitions, shapes);
  let total = root.size;
  const expanded = new Set<string>();
  const pending = [...root.refs];
  while (pending.length > 0 && total <= MAX_SCHEMAS) {
    const name = pending.pop()!;
    if (expanded.has(name)) continue;
    expanded.add(name);
    const shape = shapeOf(definitions[name] as JsonObject, definitions, shapes);
    total += shape.size - 1; // the reference stands for its target: count the target instead
    for (const ref of shape.refs) if (!expanded.has(ref)) pending.push(ref);
  }
  return total;
}

function shapeOf(schema: JsonObject, definitions: JsonObject, shapes: Map<JsonObject, Shape>): Shape {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    shape = { size: 0, refs: [] };
    measure(schema, definitions, shape);
    shapes.set(schema, shape);
  }
  return shape;
}

function measure(schema: JsonObject, definitions: JsonObject, shape: Shape): void {
  shape.size += 1;
  const ref = definitionName(schema.$ref);
  if (ref !== undefined) {
    if (isObject(definitions[ref])) shape.refs.push(ref);
    return;
  }
  const { properties, items, additionalProperties, allOf } = schema;
  if (isObject(properties)) {
    for (const name in properties) {
      const child = properties[name];
      if (isObject(child)) measure(child, definitions, shape);
    }
  }
  if (Array.isArray(items)) measureEach(items, definitions, shape);
  else if (isObject(items)) measure(items, definitions, shape);
  if (isObject(additionalProperties)) measure(additionalProperties, definitions, shape);
  if (Array.isArray(allOf)) measureEach(allOf, definitions, shape);
}

function measureEach(list: unknown[], definitions: JsonObject, shape: Shape): void {
  for (let i = 0; i < list.length; i++) {
    const child = list[i];
    if (isObject(child)) measure(child, definitions, shape);
  }
}
