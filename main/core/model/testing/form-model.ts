/** The Test step's generated form: one field per parameter, as the wizard shows it. */
import { isObject, type JsonObject } from '../operations';
import { findOperation, operationParameters, type ResolvedParameter } from './parameters';
import { deref } from './refs';

export interface EnumOption {
  value: unknown;
  /** x-ms-enum-values displayName when given, else the value as text. */
  label: string;
}

export interface DynamicValuesRef {
  kind: 'x-ms-dynamic-values' | 'x-ms-dynamic-list';
  operationId?: string;
  parameters?: unknown;
  valuePath?: string;
  valueTitle?: string;
  valueCollection?: string;
}

/** A property of the JSON body filled from another operation: offered beside the raw body editor. */
export interface BodyChoice {
  /** Property path inside the body, e.g. ["parameters", "surveyId"]. */
  path: string[];
  /** x-ms-summary, else title, else the path. */
  label: string;
  type: string;
  required: boolean;
  dynamicValues: DynamicValuesRef;
}

export interface FormField {
  name: string;
  in: ResolvedParameter['in'];
  /** Label: x-ms-summary, else the name. */
  label: string;
  description?: string;
  type: string;
  format?: string;
  /** Element type for arrays. */
  itemsType?: string;
  collectionFormat?: string;
  required: boolean;
  default?: unknown;
  enum?: EnumOption[];
  visibility: 'important' | 'advanced' | 'internal' | 'none';
  dynamicValues?: DynamicValuesRef;
  /** For `in: body`: the body schema with its top-level ref resolved (properties may still hold refs). */
  schema?: JsonObject;
  /** For `in: body`: its properties with x-ms-dynamic-values / x-ms-dynamic-list (where most connectors put them). */
  bodyChoices?: BodyChoice[];
}

export interface FormModel {
  operationId: string;
  method: string;
  path: string;
  summary?: string;
  consumes: string[];
  fields: FormField[];
}

export function formModel(swagger: unknown, operationId: string): FormModel | undefined {
  const op = findOperation(swagger, operationId);
  if (!op) return undefined;
  const fields = operationParameters(swagger, op).map((p) => toField(swagger, p));
  return {
    operationId,
    method: op.method.toUpperCase(),
    path: op.path,
    summary: typeof op.operation.summary === 'string' ? op.operation.summary : undefined,
    consumes: consumesOf(swagger, op.operation),
    fields,
  };
}

export function consumesOf(swagger: unknown, operation: JsonObject): string[] {
  const own = operation.consumes;
  const global = isObject(swagger) ? swagger.consumes : undefined;
  const list = Array.isArray(own) ? own : Array.isArray(global) ? global : [];
  return list.filter((x): x is string => typeof x === 'string');
}

function toField(swagger: unknown, param: ResolvedParameter): FormField {
  const p = param.schema;
  const bodySchema = param.in === 'body' ? deref(swagger, p.schema) : undefined;
  const typed = bodySchema ?? p;
  const items = isObject(p.items) ? p.items : undefined;
  return {
    name: param.name,
    in: param.in,
    label: typeof p['x-ms-summary'] === 'string' && p['x-ms-summary'] ? p['x-ms-summary'] : param.name,
    description: typeof p.description === 'string' ? p.description : undefined,
    type: typeof typed.type === 'string' ? typed.type : param.in === 'body' ? 'object' : 'string',
    format: typeof typed.format === 'string' ? typed.format : undefined,
    itemsType: items && typeof items.type === 'string' ? items.type : undefined,
    collectionFormat: typeof p.collectionFormat === 'string' ? p.collectionFormat : undefined,
    required: p.required === true || param.in === 'path',
    default: p.default,
    enum: enumOptions(p.enum ?? items?.enum, p['x-ms-enum-values']),
    visibility: visibilityOf(p['x-ms-visibility']),
    dynamicValues: dynamicRef(p),
    schema: bodySchema,
    ...(bodySchema ? { bodyChoices: bodyChoices(swagger, bodySchema, [], 0) } : {}),
  };
}

/** Nested objects are searched this deep (Spring-Global keeps its choices in body/parameters/…). */
const CHOICE_DEPTH = 3;

function bodyChoices(swagger: unknown, schema: JsonObject, path: string[], depth: number): BodyChoice[] {
  if (depth >= CHOICE_DEPTH || !isObject(schema.properties)) return [];
  const required = Array.isArray(schema.required) ? schema.required : [];
  const out: BodyChoice[] = [];
  for (const [name, raw] of Object.entries(schema.properties)) {
    const property = deref(swagger, raw);
    if (!property) continue;
    const ref = dynamicRef(property);
    const at = [...path, name];
    if (ref) {
      const summary = typeof property['x-ms-summary'] === 'string' && property['x-ms-summary'] ? property['x-ms-summary'] : typeof property.title === 'string' && property.title ? property.title : at.join('.');
      out.push({ path: at, label: summary, type: typeof property.type === 'string' ? property.type : 'string', required: required.includes(name), dynamicValues: ref });
    } else if (property.type === 'object' || isObject(property.properties)) {
      out.push(...bodyChoices(swagger, property, at, depth + 1));
    }
  }
  return out;
}

function enumOptions(values: unknown, named: unknown): EnumOption[] | undefined {
  const display = new Map<string, string>();
  if (Array.isArray(named)) {
    for (const entry of named) {
      if (isObject(entry) && typeof entry.displayName === 'string') display.set(String(entry.value), entry.displayName);
    }
  }
  if (Array.isArray(values)) return values.map((value) => ({ value, label: display.get(String(value)) ?? String(value) }));
  if (Array.isArray(named) && named.length > 0) {
    return named.filter(isObject).map((entry) => ({ value: entry.value, label: display.get(String(entry.value)) ?? String(entry.value) }));
  }
  return undefined;
}

/** The platform treats visibility case-insensitively in practice ("Advanced" occurs in certified files). */
function visibilityOf(value: unknown): FormField['visibility'] {
  const v = typeof value === 'string' ? value.toLowerCase() : '';
  return v === 'important' || v === 'advanced' || v === 'internal' ? v : 'none';
}

/** A parameter's (or a body property's) x-ms-dynamic-list / x-ms-dynamic-values, read into one shape. */
export function dynamicRef(p: JsonObject): DynamicValuesRef | undefined {
  // x-ms-dynamic-list first: it is the newer form and names body references precisely (body/board_id).
  for (const kind of ['x-ms-dynamic-list', 'x-ms-dynamic-values'] as const) {
    const ext = p[kind];
    if (!isObject(ext)) continue;
    const str = (key: string) => (typeof ext[key] === 'string' ? (ext[key] as string) : undefined);
    return {
      kind,
      operationId: str('operationId'),
      parameters: ext.parameters,
      valuePath: str('value-path') ?? str('itemValuePath'),
      valueTitle: str('value-title') ?? str('itemTitlePath'),
      valueCollection: str('value-collection') ?? str('itemsPath'),
    };
  }
  return undefined;
}
