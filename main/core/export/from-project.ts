/**
 * A loaded project as export input: each text file back to its exact bytes (encodeText is the inverse
 * of the loader's decodeText, BOM included), the readme's name on disk kept for the PR folder.
 */
import type { ConnectorKindName } from '../model/kind';
import type { LoadedProject, TextFileName } from '../model/project';
import { encodeText } from '../text/encoding';
import type { ExportInput } from './export-input';

export function exportInputFromProject(
  project: LoadedProject,
  extra: Omit<ExportInput, 'files' | 'diskNames' | 'icon' | 'sidecar' | 'kind'> & { kind?: ConnectorKindName },
): ExportInput {
  const files: ExportInput['files'] = {};
  const diskNames: ExportInput['diskNames'] = {};
  for (const [name, data] of Object.entries(project.files) as [TextFileName, LoadedProject['files'][TextFileName]][]) {
    if (!data) continue;
    files[name] = encodeText(data.text, data.bom);
    diskNames[name] = data.diskName;
  }
  return {
    ...extra,
    files,
    diskNames,
    icon: project.icon,
    sidecar: project.sidecar,
    kind: extra.kind ?? project.sidecar.kind ?? 'certified',
  };
}

/** The texts the validator takes, from the same project. */
export function validationTexts(project: LoadedProject): Partial<Record<TextFileName, string>> {
  const texts: Partial<Record<TextFileName, string>> = {};
  for (const [name, data] of Object.entries(project.files) as [TextFileName, LoadedProject['files'][TextFileName]][]) {
    if (data) texts[name] = data.text;
  }
  return texts;
}
