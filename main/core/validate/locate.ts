/**
 * Step 4: line and column for each finding, computed only for the paths findings name, one scan per file.
 * Findings about a non-JSON file or the project as a whole point at the start of the file.
 */
import type { Finding } from '../model/findings';
import { positionsOf } from '../definition/positions';
import { yamlPositions } from '../definition/yaml-swagger';

export interface LocatableText {
  text: string;
  yaml: boolean;
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
    const paths = list.map((f) => f.path);
    const positions = source.yaml ? yamlPositions(source.text, paths) : positionsOf(source.text, paths);
    for (const finding of list) {
      const at = positions.get(finding.path) ?? { line: 1, column: 1 };
      finding.line = at.line;
      finding.column = at.column;
    }
  }
}
