/**
 * A structural walk over a Swagger document that knows which objects are maps of names (paths,
 * definitions, properties, responses, headers…) and which hold Swagger/extension keywords.
 * Used by the rules that look at keyword names or at every node (catalogue 13, 27, 33, 35, 37).
 */
import type { PointerSegment } from '../../model/json-pointer';
import { isObject, type JsonObject } from '../../model/operations';

/** Keys whose value is a map from user-chosen names to objects (its own keys are not keywords). */
const NAME_MAPS = new Set(['paths', 'definitions', 'properties', 'responses', 'headers', 'parameters', 'securityDefinitions', 'scopes', 'patternProperties']);
/** Keys whose value is free user data: example payloads, defaults, enum lists, test values. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'x-ms-test-value', 'x-example', 'x-ms-examples']);

export interface NodeVisit {
  node: JsonObject;
  segments: PointerSegment[];
  /** True when the node's keys are keywords (not names in a map). */
  keywords: boolean;
}

/** Visits every object of the document; free data (examples, defaults) is not entered. */
export function walkNodes(root: unknown, visit: (v: NodeVisit) => void): void {
  walk(root, [], true, visit, 0);
}

function walk(value: unknown, segments: PointerSegment[], keywords: boolean, visit: (v: NodeVisit) => void, depth: number): void {
  if (depth > 200) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, [...segments, i], true, visit, depth + 1));
    return;
  }
  if (!isObject(value)) return;
  visit({ node: value, segments, keywords });
  for (const [key, child] of Object.entries(value)) {
    if (keywords && DATA_KEYS.has(key)) continue;
    // Array values (an operation's "parameters") hold keyword objects whatever their key.
    const childIsMap = keywords && NAME_MAPS.has(key);
    walk(child, [...segments, key], !childIsMap, visit, depth + 1);
  }
}
