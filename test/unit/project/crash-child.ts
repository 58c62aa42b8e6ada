/**
 * Child process for the crash-safety test: saves the project and writes crash backups in a loop, alternating
 * between two versions, until it is killed.
 */
import { saveProjectFolder } from '../../../main/core/project/save';
import { recoveryStore } from '../../../main/core/project/recovery';
import { versionText } from './crash-versions';

const [folder, dataDir] = process.argv.slice(2);
const recovery = recoveryStore(dataDir);

async function main() {
  for (let i = 0; ; i++) {
    const text = versionText(i % 2);
    const files = { 'apiDefinition.swagger.json': { text, bom: false, diskName: 'apiDefinition.swagger.json' } };
    await saveProjectFolder(folder, { files, sidecar: { format: 'connector-studio/1' } });
    await recovery.write({ id: 'crash', projectPath: folder, title: `v${i % 2}`, savedAt: new Date().toISOString(), files, sidecar: { format: 'connector-studio/1' } });
    if (i === 0) process.stdout.write('ready\n');
  }
}

void main();
