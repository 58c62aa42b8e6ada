/**
 * Finds, in an OpenAPI 3 source, the elements Swagger 2.0 cannot carry, so a test can check each one
 * appears in the conversion report (at its pointer, or at an enclosing oneOf/anyOf that was approximated).
 */
import { toPointer } from '../../../../main/core/model/json-pointer';
import type { ReportItem } from '../../../../main/core/convert/types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

export function expectedLosses(doc: Json): string[] {
  const out: string[] = [];
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      (Array.isArray(op.parameters) ? op.parameters : []).forEach((p, i) => {
        if (isObject(p) && p.in === 'cookie') out.push(toPointer(['paths', path, method, 'parameters', i]));
      });
      for (const name of Object.keys(isObject(op.callbacks) ? op.callbacks : {})) out.push(toPointer(['paths', path, method, 'callbacks', name]));
    }
  }
  if (doc.webhooks !== undefined) out.push('/webhooks');
  // One server is kept (the first https one, per the brief); every other one must be reported.
  const servers = Array.isArray(doc.servers) ? doc.servers : [];
  const kept = Math.max(0, servers.findIndex((s) => isObject(s) && typeof s.url === 'string' && /^https:/i.test(s.url)));
  servers.forEach((_s, i) => i !== kept && out.push(`/servers/${i}`));
  const components = isObject(doc.components) ? doc.components : {};
  for (const [name, schema] of Object.entries(isObject(components.schemas) ? components.schemas : {})) {
    alternatives(schema, ['components', 'schemas', name], out);
  }
  return out;
}

/** oneOf/anyOf with two or more non-null alternatives, anywhere inside a component schema. */
function alternatives(node: unknown, at: (string | number)[], out: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => alternatives(child, [...at, i], out));
    return;
  }
  if (!isObject(node)) return;
  for (const key of ['oneOf', 'anyOf']) {
    const branches = node[key];
    if (Array.isArray(branches) && branches.filter((b) => !(isObject(b) && b.type === 'null')).length > 1) out.push(toPointer([...at, key]));
  }
  for (const [key, value] of Object.entries(node)) if (typeof value === 'object' && key !== 'example' && key !== 'examples' && key !== 'default' && key !== 'enum') alternatives(value, [...at, key], out);
}

/** The expected pointers no report item accounts for. */
export function unreported(expected: string[], items: ReportItem[]): string[] {
  const lossy = items.filter((i) => i.kind !== 'info');
  const pointers = new Set(lossy.map((i) => i.sourcePointer));
  const accounted = (pointer: string) =>
    lossy.some((item) => {
      if (!pointer.startsWith(item.sourcePointer + '/')) return false;
      // An enclosing oneOf/anyOf that was approximated, or an enclosing schema whose keyword was dropped.
      if (/\/(oneOf|anyOf)$/.test(item.sourcePointer)) return true;
      const next = pointer.slice(item.sourcePointer.length + 1).split('/')[0];
      return item.message.includes(next);
    });
  return expected.filter((pointer) => !pointers.has(pointer) && !accounted(pointer));
}
