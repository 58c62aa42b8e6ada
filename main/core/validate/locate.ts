/**
 * Step 4: line and column for each finding, computed only for the paths findings name, one scan per file.
 * Findings about a non-JSON file or the project as a whole point at the start of the file.
 *
 * A finding often names a member that is missing (".../properties/id/description" when there is no
 * description): it is placed on the nearest member that exists. When the parsed document is at hand, each
 * path is first cut back to the part that exists in it, so the text scanner only descends where a wanted
 * member really is and skips the rest of each object whole (the corpus has ~8,000 such findings; looking
 * for each missing member made the scanner read every property of every response schema character by
 * character).
 */
import type { Finding } from '../model/findings';
import { unescapeSegment } from '../model/json-pointer';
import { positionsOf } from '../definition/positions';
import { yamlPositions } from '../definition/yaml-swagger';

export interface LocatableText {
  text: string;
  yaml: boolean;
  /** The document parsed from `text` (its members tell which parts of a path exist). */
  value?: unknown;
}

export function locateFindings(findings: Finding[], texts: Partial<Record<string, LocatableText>>): void {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.line !== undefined && finding.column !== undefined) continue;
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  for (const [file, list] of byFile) {
    const source = texts[file];
    const isDocument = source && (file === 'apiDefinition.swagger.json' || file === 'apiProperties.json');
    if (!isDocument) {
      for (const finding of list) Object.assign(finding, { line: 1, column: 1 });
      continue;
    }
    const value = source.value;
    const wanted = value === undefined || source.yaml ? list.map((f) => f.path) : list.map((f) => existingPart(value, f.path));
    const positions = source.yaml ? yamlPositions(source.text, wanted) : positionsOf(source.text, wanted);
    for (let i = 0; i < list.length; i++) {
      const at = positions.get(wanted[i]) ?? { line: 1, column: 1 };
      list[i].line = at.line;
      list[i].column = at.column;
    }
  }
}

/**
 * The longest leading part of `pointer` that names a member present in `root` (a pointer that is not one
 * is returned as it is: the scanner puts it at the start of the document).
 */
export function existingPart(root: unknown, pointer: string): string {
  if (pointer === '' || pointer.charCodeAt(0) !== 0x2f /* / */) return pointer;
  let node = root;
  let end = 0;
  while (end < pointer.length) {
    const next = pointer.indexOf('/', end + 1);
    const stop = next < 0 ? pointer.length : next;
    const raw = pointer.slice(end + 1, stop);
    const segment = raw.includes('~') ? unescapeSegment(raw) : raw;
    if (Array.isArray(node)) {
      // The scanner counts array elements as "0", "1", …: only that spelling names one.
      const index = Number(segment);
      if (!(String(index) === segment && index < node.length)) break;
      node = node[index];
    } else if (typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else break;
    end = stop;
  }
  return end === pointer.length ? pointer : pointer.slice(0, end);
}
