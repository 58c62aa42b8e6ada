/**
 * oneOf / anyOf have no Swagger 2.0 form. A `null` alternative becomes x-nullable (exact); one remaining
 * alternative is used as is (exact); several inline objects merge into one object whose properties are
 * all optional; anything else keeps the first alternative. The last two are reported as approximations.
 */
import type { PointerSegment } from '../model/json-pointer';
import type { SchemaObject } from '../model/sample';
import type { Oas3Context } from './oas3-context';
import { convertPlain } from './oas3-schema';
import { isObject, type JsonObject } from './util';

type Convert = (ctx: Oas3Context, input: unknown, at: PointerSegment[], depth: number) => SchemaObject;

function isNullBranch(branch: unknown): boolean {
  return isObject(branch) && (branch.type === 'null' || (Array.isArray(branch.type) && branch.type.every((t) => t === 'null'))) && Object.keys(branch).every((k) => k === 'type' || k === 'description' || k === 'title');
}

function isInlineObject(branch: unknown): branch is JsonObject {
  return isObject(branch) && branch.$ref === undefined && (branch.type === 'object' || isObject(branch.properties)) && branch.oneOf === undefined && branch.anyOf === undefined;
}

export function combineAlternatives(ctx: Oas3Context, input: JsonObject, at: PointerSegment[], depth: number, convert: Convert): SchemaObject {
  const key = Array.isArray(input.oneOf) ? 'oneOf' : 'anyOf';
  const branches = (input[key] as unknown[]).map((branch, index) => ({ branch, index }));
  const rest: JsonObject = { ...input };
  delete rest[key];
  const outer = convertPlain(ctx, rest, at, depth);
  const real = branches.filter(({ branch }) => !isNullBranch(branch));
  if (real.length < branches.length) outer['x-nullable'] = true;
  if (real.length === 0) return outer;
  const here = [...at, key];

  if (real.length === 1) return withOuter(outer, convert(ctx, real[0].branch, [...here, real[0].index], depth + 1));

  if (real.every(({ branch }) => isInlineObject(branch))) {
    const merged: SchemaObject = { type: 'object', properties: {} };
    for (const { branch, index } of real) {
      const converted = convert(ctx, branch, [...here, index], depth + 1);
      Object.assign(merged.properties as object, converted.properties ?? {});
    }
    ctx.report.approximated(`${key} of ${real.length} objects became one object with all their properties, none required (2.0 has no ${key}).`, here);
    return withOuter(outer, merged);
  }
  const first = real[0];
  ctx.report.approximated(`${key} of ${real.length} alternatives became its first alternative (2.0 has no ${key}).`, here);
  return withOuter(outer, convert(ctx, first.branch, [...here, first.index], depth + 1));
}

/** Lays the outer keywords (description, nullability…) over the chosen alternative without losing a $ref. */
function withOuter(outer: SchemaObject, chosen: SchemaObject): SchemaObject {
  if (Object.keys(outer).length === 0) return chosen;
  if (typeof chosen.$ref === 'string') return { ...outer, allOf: [chosen, ...((outer.allOf as SchemaObject[] | undefined) ?? [])] };
  const out: SchemaObject = { ...chosen, ...outer };
  if (chosen.properties && outer.properties) out.properties = { ...chosen.properties, ...outer.properties };
  if (chosen.required && outer.required) out.required = [...new Set([...chosen.required, ...outer.required])];
  if (chosen.allOf && outer.allOf) out.allOf = [...(chosen.allOf as SchemaObject[]), ...(outer.allOf as SchemaObject[])];
  return out;
}
