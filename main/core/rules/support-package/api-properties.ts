/**
 * Read-only views of apiProperties.json shared by the security/apiProperties rules (catalogue §3 E):
 * every connection parameter with its JSON pointer — top-level ones and those of each multi-auth
 * `connectionParameterSets` value — plus the swagger's security definitions.
 */
import { isObject, type JsonObject } from '../../model/operations';
import { toPointer } from '../../model/json-pointer';

export interface ConnectionParameterRef {
  name: string;
  parameter: JsonObject;
  /** JSON pointer into apiProperties.json. */
  pointer: string;
  /** Name of the connectionParameterSets value it belongs to (undefined = top level). */
  set?: string;
}

/** The `properties` object of apiProperties.json, or undefined. */
export function propertiesOf(apiProperties: unknown): JsonObject | undefined {
  return isObject(apiProperties) && isObject(apiProperties.properties) ? apiProperties.properties : undefined;
}

/** Top-level connection parameters (pointer /properties/connectionParameters/<name>). */
export function topLevelParameters(apiProperties: unknown): ConnectionParameterRef[] {
  const props = propertiesOf(apiProperties);
  if (!props || !isObject(props.connectionParameters)) return [];
  return Object.entries(props.connectionParameters)
    .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
    .map(([name, parameter]) => ({ name, parameter, pointer: toPointer(['properties', 'connectionParameters', name]) }));
}

/** Parameters of each connectionParameterSets value (pointer /properties/connectionParameterSets/values/i/parameters/<name>). */
export function parameterSetParameters(apiProperties: unknown): ConnectionParameterRef[] {
  const props = propertiesOf(apiProperties);
  const sets = props && isObject(props.connectionParameterSets) ? props.connectionParameterSets.values : undefined;
  if (!Array.isArray(sets)) return [];
  const out: ConnectionParameterRef[] = [];
  sets.forEach((value, index) => {
    if (!isObject(value) || !isObject(value.parameters)) return;
    const set = typeof value.name === 'string' ? value.name : String(index);
    for (const [name, parameter] of Object.entries(value.parameters)) {
      if (!isObject(parameter)) continue;
      const pointer = toPointer(['properties', 'connectionParameterSets', 'values', index, 'parameters', name]);
      out.push({ name, parameter, pointer, set });
    }
  });
  return out;
}

/** Every connection parameter, top level first. */
export function allConnectionParameters(apiProperties: unknown): ConnectionParameterRef[] {
  return [...topLevelParameters(apiProperties), ...parameterSetParameters(apiProperties)];
}

/** Names usable in `@connectionParameters('…')` expressions. */
export function connectionParameterNames(apiProperties: unknown): Set<string> {
  return new Set(allConnectionParameters(apiProperties).map((p) => p.name));
}

export interface SecurityDefinitionRef {
  name: string;
  definition: JsonObject;
  type: string;
  /** JSON pointer into the swagger. */
  pointer: string;
}

export function securityDefinitions(swagger: unknown): SecurityDefinitionRef[] {
  if (!isObject(swagger) || !isObject(swagger.securityDefinitions)) return [];
  return Object.entries(swagger.securityDefinitions)
    .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
    .map(([name, definition]) => ({
      name,
      definition,
      type: typeof definition.type === 'string' ? definition.type : '',
      pointer: toPointer(['securityDefinitions', name]),
    }));
}
