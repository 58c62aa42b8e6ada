/** What the reference tests look for in a converted swagger, with the app's own checks (main/core/validate, rules). */
import { toPointer } from '../../../../main/core/model/json-pointer';
import type { Finding } from '../../../../main/core/model/findings';
import { refTargets } from '../../../../main/core/rules/ref-targets';
import { refFindings } from '../../../../main/core/validate/refs';
import { runRules } from '../../../../main/core/validate/run-rules';

/**
 * Places of every `$ref` string (anywhere, sample data included) that does not resolve in the document, and of
 * every string that is a reference to #/components (x-ms-odata holds one as its value): after a conversion both
 * lists must be empty. Not counted: a schema property named "$ref" (JSON Schema meta-schemas have one; its
 * value is a schema) and prose that mentions #/components inside a longer text (a Markdown link in a description).
 */
export function danglingReferences(swagger: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown, at: (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...at, i]));
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const here = [...at, key];
        if (key === '$ref' && typeof value === 'string') {
          if (!resolves(swagger, value)) found.push(`${toPointer(here)} -> ${value}`);
        } else if (typeof value === 'string' && value.startsWith('#/components/')) found.push(`${toPointer(here)} names ${value}`);
        else walk(value, here);
      }
    }
  };
  walk(swagger, []);
  return found;
}

function resolves(swagger: unknown, ref: string): boolean {
  if (!/^#\/(definitions|parameters|responses)\/[^/]+$/.test(ref)) return false;
  const name = decodeURIComponent(ref.split('/')[2]).replace(/~1/g, '/').replace(/~0/g, '~');
  const section = (swagger as Record<string, Record<string, unknown> | undefined>)[ref.split('/')[1]];
  return section !== undefined && section[name] !== undefined;
}

/** The validator's reference findings: the ref-targets rule and the structural $ref check (swagger-ref). */
export function referenceFindings(swagger: unknown): Finding[] {
  const context = { swagger, properties: undefined, texts: {}, swaggerBytes: 0, fileNames: [], kind: 'certified' } as unknown as Parameters<typeof runRules>[1];
  return [...runRules([refTargets], context), ...refFindings(swagger).findings];
}
