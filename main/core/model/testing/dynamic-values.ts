/**
 * Dynamic dropdowns of the Test form (x-ms-dynamic-values, x-ms-dynamic-list): which operation fills them, the
 * inputs of that call mapped from the form being filled in, and the items taken out of its response.
 *
 * Shapes seen in the corpus (93 connectors): dynamic-values maps a parameter with `{ parameter: "workspaceId" }`
 * (Huddle, Kanbanize), a literal string/number/boolean (Alvao's `$top: 99999`, Blackbaud's `api: "constituent"`) and
 * once a dotted body path (`parameters.surveyId`, Spring-Global); dynamic-list uses `{ value: literal }` or
 * `{ parameterReference: "body/board_id" }`. value-collection is a slash path (`value`, `data/workspaces`,
 * `d/results`) or absent (the body is the list); value-path/value-title may be paths too (`attributes/subdomain`).
 */
import { isObject } from '../operations';
import type { DynamicValuesRef } from './form-model';
import { findOperation, operationParameters } from './parameters';
import type { RequestView, TestInputs } from './types';

/** Where one argument of the list operation comes from. */
export type DynamicArgument = { kind: 'literal'; value: unknown } | { kind: 'reference'; path: string };

export interface DynamicSource {
  operationId: string;
  /** The list operation's parameter name -> its value's origin. */
  arguments: Record<string, DynamicArgument>;
  /** Path segments to the array in the response ([] = the body is the array). */
  collection: string[];
  value: string[];
  title: string[];
}

export interface DynamicItem {
  value: string;
  title: string;
}

/** What filling one dropdown came to: main answers the renderer with it as is. */
export type DynamicValuesResult =
  | { kind: 'items'; items: DynamicItem[]; request: RequestView }
  /** Parameters the list depends on are still empty: nothing was sent. */
  | { kind: 'waiting'; waitingFor: string[] }
  /** The connection's secrets were entered for another host: nothing was sent (test an operation to confirm). */
  | { kind: 'needs-confirmation'; message: string }
  /** `status` when the API answered with an error status. */
  | { kind: 'error'; message: string; status?: number; request?: RequestView };

/** The reference read into something callable, or why it cannot be. */
export function dynamicSource(ref: DynamicValuesRef): DynamicSource | { error: string } {
  if (!ref.operationId) return { error: `The ${ref.kind} extension names no operationId.` };
  const args: Record<string, DynamicArgument> = {};
  for (const [name, raw] of Object.entries(isObject(ref.parameters) ? ref.parameters : {})) {
    if (isObject(raw)) {
      if (typeof raw.parameter === 'string') args[name] = { kind: 'reference', path: raw.parameter };
      else if (typeof raw.parameterReference === 'string') args[name] = { kind: 'reference', path: raw.parameterReference };
      else if ('value' in raw) args[name] = { kind: 'literal', value: raw.value };
    } else if (raw !== null && raw !== undefined) {
      args[name] = { kind: 'literal', value: raw };
    }
  }
  return { operationId: ref.operationId, arguments: args, collection: segments(ref.valueCollection), value: segments(ref.valuePath), title: segments(ref.valueTitle) };
}

function segments(path: string | undefined): string[] {
  return (path ?? '').split('/').filter((s) => s !== '');
}

/** The form being filled in, as references read it. */
export interface FormValues {
  /** Non-body parameter name -> the text typed (or chosen). */
  params: Record<string, string>;
  /** The body parameter's name, and the body typed (JSON text; anything else has no properties). */
  bodyName?: string;
  bodyText?: string;
}

/**
 * The value a reference points at: a parameter of the form by name, else a property of the JSON body
 * (`body/board_id`, `parameters.surveyId`, or a bare property name). Empty text counts as no value.
 */
export function resolveReference(path: string, form: FormValues): unknown {
  const direct = form.params[path];
  if (direct !== undefined) return direct === '' ? undefined : direct;
  const parts = path.split(/[/.]/).filter((s) => s !== '');
  const body = parseBody(form.bodyText);
  if (body === undefined) return undefined;
  if (parts.length > 1 && (parts[0] === form.bodyName || parts[0] === 'body')) parts.shift();
  const value = walk(body, parts);
  return value === '' || value === null ? undefined : value;
}

function parseBody(text: string | undefined): unknown {
  if (!text || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Follows path segments through objects and arrays (numeric segments index arrays). */
export function walk(value: unknown, parts: readonly string[]): unknown {
  let current = value;
  for (const part of parts) {
    if (Array.isArray(current) && /^\d+$/.test(part)) current = current[Number(part)];
    else if (isObject(current)) current = current[part];
    else return undefined;
  }
  return current;
}

/** The form parameters (and body references) a source reads: changing one of them re-fetches the list. */
export function dependencies(source: DynamicSource): string[] {
  return Object.values(source.arguments).flatMap((a) => (a.kind === 'reference' ? [a.path] : []));
}

export interface DynamicCall {
  inputs: TestInputs;
  /** References that have no value yet: the list cannot be fetched until they are filled in. */
  waitingFor: string[];
}

/** The list operation's inputs, placed where its own parameters say (path, query, header, formData or the body). */
export function dynamicCall(swagger: unknown, source: DynamicSource, form: FormValues): DynamicCall {
  const op = findOperation(swagger, source.operationId);
  if (!op) throw new Error(`The operation "${source.operationId}" that fills this list does not exist in the definition.`);
  const params = operationParameters(swagger, op);
  const bodyParam = params.find((p) => p.in === 'body');
  const inputs: TestInputs = {};
  const waitingFor: string[] = [];
  let body: Record<string, unknown> | undefined;
  for (const [name, arg] of Object.entries(source.arguments)) {
    const value = arg.kind === 'literal' ? arg.value : resolveReference(arg.path, form);
    if (value === undefined) {
      if (arg.kind === 'reference') waitingFor.push(arg.path);
      continue;
    }
    const target = params.find((p) => p.name === name && p.in !== 'body');
    if (target) {
      const text = typeof value === 'object' ? JSON.stringify(value) : value;
      if (target.in === 'formData') inputs.formData = { ...inputs.formData, [name]: String(text) };
      else if (target.in !== 'body') {
        const where = target.in;
        inputs[where] = { ...(inputs[where] ?? {}), [name]: text };
      }
    } else if (bodyParam && name === bodyParam.name) {
      inputs.body = value;
    } else if (bodyParam) {
      // A property of the list operation's body ("body/x/y" or a bare name).
      body ??= {};
      const parts = name.split('/').filter((s) => s !== '');
      if (parts.length > 1 && parts[0] === bodyParam.name) parts.shift();
      setPath(body, parts, value);
    }
  }
  if (body !== undefined) inputs.body = isObject(inputs.body) ? { ...inputs.body, ...body } : body;
  return { inputs, waitingFor };
}

function setPath(target: Record<string, unknown>, parts: string[], value: unknown): void {
  let current = target;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) current[part] = value;
    else current = (current[part] = isObject(current[part]) ? current[part] : {}) as Record<string, unknown>;
  });
}

/** The dropdown's items from the list operation's response body, or a plain reason there are none. */
export function extractItems(body: unknown, source: Pick<DynamicSource, 'collection' | 'value' | 'title' | 'operationId'>): { items: DynamicItem[] } | { error: string } {
  const list = walk(body, source.collection);
  const where = source.collection.length > 0 ? `"${source.collection.join('/')}"` : 'its body';
  if (!Array.isArray(list)) {
    const found = list === undefined || list === null ? '' : ` (found ${isObject(list) ? 'an object' : typeof list})`;
    return { error: `The response of ${source.operationId} has no list at ${where}${found}.` };
  }
  const items: DynamicItem[] = [];
  for (const entry of list) {
    const value = pick(entry, source.value);
    if (value === undefined) continue;
    items.push({ value, title: pick(entry, source.title) ?? value });
  }
  if (list.length > 0 && items.length === 0) {
    return { error: `The ${list.length} entries at ${where} in the response of ${source.operationId} have no "${source.value.join('/')}".` };
  }
  return { items };
}

/** A path's value as text; a primitive entry is its own value (lists of strings). */
function pick(entry: unknown, path: readonly string[]): string | undefined {
  const value = isObject(entry) ? (path.length > 0 ? walk(entry, path) : undefined) : entry;
  if (value === undefined || value === null) return undefined;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
