/** components -> definitions, parameters and responses (the 2.0 shared sections), with their refs rewritten. */
import { escapeSegment } from '../model/json-pointer';
import type { Oas3Context } from './oas3-context';
import { bodyParameter, pickMedia } from './oas3-body';
import { convertInline } from './oas3-parameters';
import { convertResponse } from './oas3-responses';
import { convertSchema } from './oas3-schema';
import { deref } from './oas3-context';
import { isObject, uniqueName, type JsonObject } from './util';

export interface ConvertedComponents {
  definitions: JsonObject;
  parameters: JsonObject;
  responses: JsonObject;
}

/** Sections with no 2.0 home: their content is inlined where it is referenced, the rest is reported. */
const NOT_CARRIED = ['links', 'callbacks', 'pathItems'];

export function convertComponents(ctx: Oas3Context): ConvertedComponents {
  const components = isObject(ctx.doc.components) ? ctx.doc.components : {};
  const section = (name: string) => (isObject(components[name]) ? (components[name] as JsonObject) : {});
  const out: ConvertedComponents = { definitions: {}, parameters: {}, responses: {} };

  for (const [name, schema] of Object.entries(section('schemas'))) {
    out.definitions[name] = convertSchema(ctx, schema, ['components', 'schemas', name]);
  }
  for (const [name, raw] of Object.entries(section('parameters'))) {
    const at = ['components', 'parameters', name];
    const resolved = deref(ctx, raw, at);
    const converted = resolved ? convertInline(ctx, resolved.value, resolved.at) : undefined;
    if (converted) out.parameters[name] = converted;
    else ctx.droppedParameters.add(`#/components/parameters/${name}`);
  }
  const used = new Set(Object.keys(out.parameters));
  for (const [name, raw] of Object.entries(section('requestBodies'))) {
    const at = ['components', 'requestBodies', name];
    const resolved = deref(ctx, raw, at);
    if (!resolved || !isObject(resolved.value.content)) continue;
    const media = pickMedia(Object.keys(resolved.value.content));
    // Forms become several formData parameters: they are inlined into each operation instead.
    if (!media || /form-data|x-www-form-urlencoded/i.test(media)) continue;
    const key = uniqueName(used.has(name) ? `${name}Body` : name, used);
    out.parameters[key] = bodyParameter(ctx, resolved.value, media, [...resolved.at, 'content', media]);
    ctx.requestBodyParameters.set(`#/components/requestBodies/${name}`, '#/parameters/' + escapeSegment(key));
    if (key !== name) ctx.report.renamed(`Request body "${name}" became the shared parameter "${key}".`, at, ['parameters', key]);
  }
  for (const [name, response] of Object.entries(section('responses'))) {
    out.responses[name] = convertResponse(ctx, response, ['components', 'responses', name]);
  }
  for (const name of NOT_CARRIED) {
    if (Object.keys(section(name)).length > 0) ctx.report.dropped(`components.${name} have no 2.0 form.`, ['components', name]);
  }
  return out;
}
