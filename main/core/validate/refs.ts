/**
 * $ref checks without following anything outside the document.
 *
 * A connector is ONE file: the platform cannot resolve references to other files or URLs, and the app
 * must never read a local file or fetch a URL because a spec says so (DESIGN.md, Security). So every
 * `$ref` is looked at as text: external ones become findings, local ones are looked up in the document.
 */
import type { Finding } from '../model/findings';
import { resolveLocal, toPointer } from '../model/json-pointer';

const SWAGGER = 'apiDefinition.swagger.json' as const;
/** Sample data, not schema: a "$ref" key inside an example is just data. */
const DATA_KEYS = new Set(['example', 'examples', 'x-example', 'x-ms-test-value']);

export interface RefReport {
  findings: Finding[];
  /** True when a `$ref` leaves the document (the deep check must not run on it). */
  external: boolean;
}

/** Documents deeper than this are not real connectors; the walk stops descending there instead of overflowing. */
const MAX_DEPTH = 2000;

export function refFindings(doc: unknown): RefReport {
  const findings: Finding[] = [];
  let external = false;
  // One shared segment list, turned into a pointer only when there is something to report: building a
  // pointer string for each of the ~150,000 nodes of a large connector would cost more than the walk.
  const segments: string[] = [];
  // Large connectors repeat the same few hundred references thousands of times: check each once.
  const checked = new Map<string, ReturnType<typeof checkRef>>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || segments.length > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item = node[i];
        if (item === null || typeof item !== 'object') continue;
        segments.push(String(i));
        walk(item);
        segments.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === 'string') {
      let problem = checked.get(ref);
      if (!checked.has(ref)) checked.set(ref, (problem = checkRef(doc, ref)));
      if (problem) {
        external ||= problem.external;
        const path = toPointer([...segments, '$ref']);
        findings.push({ rule: 'swagger-ref', severity: 'error', file: SWAGGER, path, step: 'definition', message: problem.message });
      }
    }
    for (const key in record) {
      const value = record[key];
      if (value === null || typeof value !== 'object' || DATA_KEYS.has(key)) continue;
      segments.push(key);
      walk(value);
      segments.pop();
    }
  };
  walk(doc);
  return { findings, external };
}

function checkRef(doc: unknown, ref: string): { message: string; external: boolean } | undefined {
  if (!ref.startsWith('#')) {
    return {
      external: true,
      message: `External references are not allowed: '$ref' points to '${ref}', outside this file. Power Platform needs the whole definition in one file: copy the schema under #/definitions and refer to it as '#/definitions/<name>'. (It was not read or fetched.)`,
    };
  }
  const target = resolveLocal(doc, ref);
  if (target === undefined) {
    return { external: false, message: `The reference '${ref}' does not point to anything in this file.` };
  }
  return undefined;
}

/** resolveLocal with a memo, for walks that look up the same references many times. */
export function cachedResolver(doc: unknown): (ref: string) => unknown {
  const memo = new Map<string, unknown>();
  return (ref) => {
    if (memo.has(ref)) return memo.get(ref);
    const value = resolveLocal(doc, ref);
    memo.set(ref, value);
    return value;
  };
}

/**
 * The document with every sample value that holds a "$ref" key left out (a copy along the changed branches
 * only; the document itself when there is none). Tools that follow every "$ref" they meet, such as
 * swagger-parser, would otherwise try to resolve sample data and stop at "Missing $ref pointer".
 */
export function withoutSampleRefs(doc: unknown, depth = 0): unknown {
  if (doc === null || typeof doc !== 'object' || depth > MAX_DEPTH) return doc;
  if (Array.isArray(doc)) {
    let copy: unknown[] | undefined;
    doc.forEach((item, i) => {
      const next = withoutSampleRefs(item, depth + 1);
      if (next !== item) (copy ??= [...doc])[i] = next;
    });
    return copy ?? doc;
  }
  const record = doc as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in record) {
    const value = record[key];
    if (value === null || typeof value !== 'object') continue;
    if (DATA_KEYS.has(key)) {
      if (holdsRef(value, depth + 1)) delete (copy ??= { ...record })[key];
      continue;
    }
    const next = withoutSampleRefs(value, depth + 1);
    if (next !== value) (copy ??= { ...record })[key] = next;
  }
  return copy ?? doc;
}

function holdsRef(node: unknown, depth: number): boolean {
  if (node === null || typeof node !== 'object' || depth > MAX_DEPTH) return false;
  if (Array.isArray(node)) return node.some((item) => holdsRef(item, depth + 1));
  if ('$ref' in node) return true;
  return Object.values(node).some((value) => holdsRef(value, depth + 1));
}
