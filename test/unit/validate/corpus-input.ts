/** Reads a corpus connector folder into a ValidationInput (texts decoded losslessly, keyed by canonical name). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../../main/core/text/encoding';
import { TEXT_FILES, type TextFileName } from '../../../main/core/model/project';
import type { ValidationInput } from '../../../main/core/validate/engine';
import { inspectIcon } from '../../../main/core/icon/inspect';

/** The folder as the app would validate it: texts, file names, and icon.png measured with sharp. */
export async function corpusInput(dir: string, kind: ValidationInput['kind'] = 'certified'): Promise<ValidationInput> {
  const fileNames = readdirSync(dir).sort();
  const texts: Partial<Record<TextFileName, string>> = {};
  let icon: ValidationInput['icon'];
  for (const name of fileNames) {
    const canonical = TEXT_FILES.find((t) => t.toLowerCase() === name.toLowerCase());
    if (canonical) texts[canonical] = decodeText(new Uint8Array(readFileSync(join(dir, name)))).text;
    if (name.toLowerCase() === 'icon.png') icon = await inspectIcon(new Uint8Array(readFileSync(join(dir, name))));
  }
  return { texts, fileNames, kind, icon };
}

export function kindOf(connector: string): ValidationInput['kind'] {
  if (connector.startsWith('independent-publisher')) return 'independent-publisher';
  if (connector.startsWith('custom')) return 'custom';
  return 'certified';
}
