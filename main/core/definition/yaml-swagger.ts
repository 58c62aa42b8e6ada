/**
 * A swagger written in YAML (the Swagger Editor's format, and what people paste in): parsed with `yaml`,
 * with `<<` merge keys, with its problems positioned for the user, and with alias bombs refused.
 *
 * A 478-byte "billion laughs" document expands into gigabytes (TOOLCHAIN.md): yaml 2 counts alias
 * expansions and throws past `maxAliasCount`, which becomes an ordinary positioned error here.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { parsePointer } from '../model/json-pointer';

export interface YamlProblem {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ParsedYaml {
  /** The document as plain data (undefined when it could not be read). */
  value: unknown;
  problems: YamlProblem[];
}

/** Alias expansions allowed per document: generous for real specs (which use few), fatal for a bomb. */
export const MAX_ALIAS_COUNT = 100;

export function parseYamlSwagger(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { merge: true, lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: YamlProblem[] = [];
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  for (const error of doc.errors) problems.push({ ...at(error.pos[0]), message: firstLine(error.message), severity: 'error' });
  for (const warning of doc.warnings) problems.push({ ...at(warning.pos[0]), message: firstLine(warning.message), severity: 'warning' });
  if (doc.errors.length > 0) return { value: undefined, problems };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch (error) {
    const message = (error as Error).message;
    const bomb = /alias/i.test(message);
    problems.push({
      line: 1,
      column: 1,
      severity: 'error',
      message: bomb
        ? `The YAML uses aliases (*name) that expand too many times (more than ${MAX_ALIAS_COUNT}): it looks like an "alias bomb" and was not expanded.`
        : `The YAML could not be read: ${firstLine(message)}`,
    });
    return { value: undefined, problems };
  }
}

/** True when a swagger text is YAML rather than JSON (JSON texts start with `{` after blanks and a BOM). */
export function looksLikeYaml(text: string): boolean {
  const start = /^[\s\ufeff]*(\S)/.exec(text);
  if (!start) return false;
  return start[1] !== '{' && start[1] !== '[';
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/** Line/column of each pointer in a YAML text (nearest existing ancestor for a missing target). */
export function yamlPositions(text: string, pointers: Iterable<string>): Map<string, { line: number; column: number }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { merge: true, lineCounter });
  const out = new Map<string, { line: number; column: number }>();
  for (const pointer of pointers) {
    let segments: string[] = [];
    try {
      segments = parsePointer(pointer);
    } catch {
      // Not a pointer: the start of the document.
    }
    let offset = doc.contents?.range?.[0] ?? 0;
    for (let depth = segments.length; depth > 0; depth--) {
      const start = startOf(doc.getIn(segments.slice(0, depth - 1), true), segments[depth - 1]);
      if (start !== undefined) {
        offset = start;
        break;
      }
    }
    const pos = lineCounter.linePos(offset);
    out.set(pointer, { line: pos.line, column: pos.col });
  }
  return out;
}

/** Where a member starts inside a YAML collection node: the key of a mapping pair, or a sequence item. */
function startOf(parent: unknown, segment: string): number | undefined {
  if (isMap(parent)) {
    const pair = parent.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
    const node = (isScalar(pair?.key) ? pair.key : pair?.value) as { range?: [number, number, number] } | undefined;
    return node?.range?.[0];
  }
  if (isSeq(parent) && /^\d+$/.test(segment)) {
    return (parent.items[Number(segment)] as { range?: [number, number, number] } | undefined)?.range?.[0];
  }
  return undefined;
}
