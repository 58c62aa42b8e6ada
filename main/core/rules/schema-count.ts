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
import { rootSchemasOf } from './support/document-index';
import { definitionName } from './support/refs';
import { pointerOf } from '../model/json-pointer';

export const MAX_SCHEMAS = 512;

export const schemaCount: Rule = {
  id: 'schema-count',
  catalogue: [17],
  severity: 'error',
  step: 'definition',
  description: `A schema holds at most ${MAX_SCHEMAS} schemas, references expanded.`,
  check(ctx, report) {
    const definitions = isObject(ctx.swagger) && isObject(ctx.swagger.definitions) ? ctx.swagger.definitions : {};
    const counter = new SchemaCounter(definitions);
    // Expanding references can add at most every definition once: when even that stays within the limit,
    // a root's own size says it all (most connectors), and no reference needs following.
    let everyDefinition = 0;
    for (const name in definitions) {
      const definition = definitions[name];
      if (isObject(definition)) everyDefinition += counter.shapeOf(definition).size - 1;
    }
    // Many roots are a lone reference to the same definition (the responses and bodies of the operations on one
    // resource): their count is the same, so it is computed once per definition.
    const loneReferenceCounts = new Map<string, number>();
    for (const root of rootSchemasOf(ctx)) {
      const shape = counter.shapeOf(root.schema);
      if (shape.size + everyDefinition <= MAX_SCHEMAS) continue;
      const lone = shape.size === 1 && shape.refs.length === 1 ? shape.refs[0] : undefined;
      let count = lone === undefined ? undefined : loneReferenceCounts.get(lone);
      if (count === undefined) {
        count = counter.count(root.schema);
        if (lone !== undefined) loneReferenceCounts.set(lone, count);
      }
      if (count <= MAX_SCHEMAS) continue;
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

/** What a `$ref` string is to the count: an expandable definition's name, a reference to nothing (null), or no definition reference (false). */
type Reference = string | null | false;

class SchemaCounter {
  private readonly shapes = new Map<JsonObject, Shape>();
  /** Each distinct `$ref` read once (the same reference is written many times). */
  private readonly references = new Map<string, Reference>();

  constructor(private readonly definitions: JsonObject) {}

  /**
   * Counts schemas under `schema` (itself included), each definition it references (transitively) expanded once:
   * its own tree plus, for each definition reached, that definition's tree in place of one reference to it.
   * Stops as soon as the limit is passed.
   */
  count(schema: JsonObject): number {
    const root = this.shapeOf(schema);
    let total = root.size;
    const expanded = new Set<string>();
    const pending = [...root.refs];
    while (pending.length > 0 && total <= MAX_SCHEMAS) {
      const name = pending.pop()!;
      if (expanded.has(name)) continue;
      expanded.add(name);
      const shape = this.shapeOf(this.definitions[name] as JsonObject);
      total += shape.size - 1; // the reference stands for its target: count the target instead
      for (const ref of shape.refs) if (!expanded.has(ref)) pending.push(ref);
    }
    return total;
  }

  shapeOf(schema: JsonObject): Shape {
    let shape = this.shapes.get(schema);
    if (shape === undefined) {
      shape = { size: 0, refs: [] };
      this.measure(schema, shape);
      this.shapes.set(schema, shape);
    }
    return shape;
  }

  private measure(schema: JsonObject, shape: Shape): void {
    shape.size += 1;
    // One pass over the schema's own keys reads the five this needs: cheaper than five lookups by name on the
    // thousands of differently shaped schemas of a large connector.
    let ref: unknown;
    let properties: unknown;
    let items: unknown;
    let additionalProperties: unknown;
    let allOf: unknown;
    for (const key in schema) {
      switch (key) {
        case '$ref': ref = schema[key]; break;
        case 'properties': properties = schema[key]; break;
        case 'items': items = schema[key]; break;
        case 'additionalProperties': additionalProperties = schema[key]; break;
        case 'allOf': allOf = schema[key]; break;
      }
    }
    const reference = typeof ref === 'string' ? this.reference(ref) : false;
    if (reference !== false) {
      if (reference !== null) shape.refs.push(reference);
      return;
    }
    if (isObject(properties)) {
      for (const name in properties) {
        const child = properties[name];
        if (isObject(child)) this.measure(child, shape);
      }
    }
    if (Array.isArray(items)) this.measureEach(items, shape);
    else if (isObject(items)) this.measure(items, shape);
    if (isObject(additionalProperties)) this.measure(additionalProperties, shape);
    if (Array.isArray(allOf)) this.measureEach(allOf, shape);
  }

  private measureEach(list: unknown[], shape: Shape): void {
    for (let i = 0; i < list.length; i++) {
      const child = list[i];
      if (isObject(child)) this.measure(child, shape);
    }
  }

  private reference(ref: string): Reference {
    let reference = this.references.get(ref);
    if (reference === undefined) {
      const name = definitionName(ref);
      reference = name === undefined ? false : isObject(this.definitions[name]) ? name : null;
      this.references.set(ref, reference);
    }
    return reference;
  }
}
