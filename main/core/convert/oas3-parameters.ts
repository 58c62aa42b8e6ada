/** OpenAPI 3 parameters -> Swagger 2.0 parameters (path, query, header; cookies have no 2.0 form). */
import type { PointerSegment } from '../model/json-pointer';
import { componentName, deref, type Oas3Context } from './oas3-context';
import { primitiveFields } from './oas3-primitive';
import { copyExtensions, isObject, type JsonObject } from './util';

/** A 2.0 parameter (or a $ref to a shared one), or undefined when it has no 2.0 form (reported). */
export function convertParameter(ctx: Oas3Context, input: unknown, at: PointerSegment[]): JsonObject | undefined {
  if (isObject(input) && typeof input.$ref === 'string') {
    const ref = input.$ref;
    const name = componentName(ctx, ref, 'parameters');
    if (name !== undefined) {
      if (ctx.droppedParameters.has(ref)) {
        ctx.report.dropped(`Reference to the ${ref} parameter was removed (that parameter has no 2.0 form).`, at);
        return undefined;
      }
      return { $ref: '#/parameters/' + name };
    }
  }
  const resolved = deref(ctx, input, at);
  if (!resolved) {
    ctx.report.dropped('Parameter could not be resolved (only references inside the file are followed).', at);
    return undefined;
  }
  return convertInline(ctx, resolved.value, resolved.at);
}

export function convertInline(ctx: Oas3Context, param: JsonObject, at: PointerSegment[]): JsonObject | undefined {
  const location = param.in;
  if (typeof param.name !== 'string') {
    ctx.report.dropped('Parameter without a name.', at);
    return undefined;
  }
  if (location === 'cookie') {
    ctx.report.dropped(`Cookie parameter "${param.name}" was dropped: connectors cannot send cookies.`, at);
    return undefined;
  }
  if (location !== 'path' && location !== 'query' && location !== 'header') {
    ctx.report.dropped(`Parameter "${param.name}" in "${String(location)}" is not an OpenAPI 3 location.`, at);
    return undefined;
  }
  const out: JsonObject = { name: param.name, in: location };
  if (typeof param.description === 'string') out.description = param.description;
  out.required = location === 'path' ? true : param.required === true;
  let fields: JsonObject;
  if (param.schema === undefined && isObject(param.content)) {
    const [media, content] = Object.entries(param.content)[0] ?? [];
    ctx.report.approximated(`Parameter "${param.name}" serialised as ${media ?? 'content'} is sent as a string.`, [...at, 'content']);
    fields = { type: 'string' };
    if (isObject(content) && content.example !== undefined) out['x-example'] = content.example;
  } else {
    fields = primitiveFields(ctx, param.schema ?? {}, [...at, 'schema'], location, { style: param.style, explode: param.explode });
  }
  const description = fields.description;
  delete fields.description;
  if (out.description === undefined && typeof description === 'string') out.description = description;
  Object.assign(out, fields);
  if (param.style === 'deepObject') ctx.report.approximated(`deepObject style of "${param.name}" has no 2.0 form.`, [...at, 'style']);
  if (location === 'query' && param.allowEmptyValue === true) out.allowEmptyValue = true;
  if (param.example !== undefined) out['x-example'] = param.example;
  if (param.deprecated === true) {
    out['x-deprecated'] = true;
    ctx.report.renamed('deprecated became x-deprecated (2.0 parameters have no deprecated flag).', [...at, 'deprecated']);
  }
  copyExtensions(param, out);
  return out;
}

/** Path and operation parameters merged the 2.0 way: unique by (in, name), refs kept as refs. */
export function convertParameterList(ctx: Oas3Context, list: unknown, at: PointerSegment[]): JsonObject[] {
  if (!Array.isArray(list)) return [];
  const out: JsonObject[] = [];
  const seen = new Set<string>();
  list.forEach((param, i) => {
    const converted = convertParameter(ctx, param, [...at, i]);
    if (!converted) return;
    const key = typeof converted.$ref === 'string' ? converted.$ref : `${String(converted.in)}:${String(converted.name)}`;
    if (seen.has(key)) {
      ctx.report.dropped(`Duplicate parameter ${key} was removed.`, [...at, i]);
      return;
    }
    seen.add(key);
    out.push(converted);
  });
  return out;
}

/** Names of the path parameters a list declares (following refs into the source components). */
export function declaredPathNames(ctx: Oas3Context, lists: unknown[]): Set<string> {
  const names = new Set<string>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const param of list) {
      const resolved = deref(ctx, param, []);
      if (resolved && resolved.value.in === 'path' && typeof resolved.value.name === 'string') names.add(resolved.value.name);
    }
  }
  return names;
}
