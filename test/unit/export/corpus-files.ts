/** Loads a corpus connector as export input: the exact bytes of each file, the kind from its group folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportFileName, ExportInput } from '../../../main/core/export/export-input';
import type { ConnectorKindName } from '../../../main/core/model/kind';
import { emptySidecar } from '../../../main/core/model/project';

const GROUP_KIND: Record<string, ConnectorKindName> = {
  'certified-connectors': 'certified',
  'independent-publisher-connectors': 'independent-publisher',
  'custom-connectors': 'custom',
};

const TEXT_NAMES: ExportFileName[] = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx', 'intro.md'];

export function corpusExportInput(name: string, dir: string): ExportInput {
  const onDisk = readdirSync(dir);
  const files: ExportInput['files'] = {};
  const diskNames: ExportInput['diskNames'] = {};
  for (const canonical of TEXT_NAMES) {
    const disk = onDisk.find((n) => n.toLowerCase() === canonical.toLowerCase());
    if (disk) {
      files[canonical] = new Uint8Array(readFileSync(join(dir, disk)));
      diskNames[canonical] = disk;
    }
  }
  const iconPath = join(dir, 'icon.png');
  return {
    files,
    diskNames,
    icon: existsSync(iconPath) ? new Uint8Array(readFileSync(iconPath)) : undefined,
    sidecar: emptySidecar(),
    kind: GROUP_KIND[name.split('__')[0]],
    findings: [],
    knownSecrets: [],
  };
}
