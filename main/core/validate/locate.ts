/**
 * Step 4: line and column for each finding, computed only for the paths findings name, one scan per file.
 * Findings about a non-JSON file or the project as a whole point at the start of the file.
 */
import type { Finding } from '../model/findings';
import { positionsInOrder } from '../definition/positions';
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
    if (source.yaml) {
      const positions = yamlPositions(source.text, paths);
      list.forEach((finding, i) => place(finding, positions.get(paths[i])));
    } else {
      const positions = positionsInOrder(source.text, paths);
      list.forEach((finding, i) => place(finding, positions[i]));
    }
  }
}

function place(finding: Finding, at: { line: number; column: number } | undefined): void {
  finding.line = at?.line ?? 1;
  finding.column = at?.column ?? 1;
}
