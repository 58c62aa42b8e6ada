/**
 * Saving a project folder. Each file is written atomically (temp file, fsync, rename by write-file-atomic), so a
 * crash or kill at any moment leaves either the old or the new file, never a broken one.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { encodeText } from '../text/encoding';
import { SIDECAR_FILE, type Sidecar, type TextFileData, type TextFileName } from '../model/project';
import { ProjectError } from './errors';

export interface ProjectContent {
  files: Partial<Record<TextFileName, TextFileData>>;
  icon?: Uint8Array;
  sidecar: Sidecar;
}

export interface SavedFile {
  name: string;
  bytes: Uint8Array;
}

/** The exact bytes a project writes, by file name on disk (the sidecar only when it holds something). */
export function projectBytes(content: ProjectContent): SavedFile[] {
  const out: SavedFile[] = [];
  for (const data of Object.values(content.files)) {
    if (data) out.push({ name: data.diskName, bytes: encodeText(data.text, data.bom) });
  }
  if (content.icon) out.push({ name: 'icon.png', bytes: content.icon });
  if (Object.keys(content.sidecar).some((key) => key !== 'format')) {
    out.push({ name: SIDECAR_FILE, bytes: new TextEncoder().encode(JSON.stringify(content.sidecar, null, 2) + '\n') });
  }
  return out;
}

/**
 * Writes the project into `dir`. Files whose bytes are already on disk are left alone (no needless mtime change,
 * no needless "changed on disk" event for other programs watching the folder).
 */
export async function saveProjectFolder(dir: string, content: ProjectContent): Promise<SavedFile[]> {
  await mkdir(dir, { recursive: true });
  const files = projectBytes(content);
  for (const file of files) {
    const target = join(dir, file.name);
    const current = await readFile(target).catch(() => undefined);
    if (current && Buffer.compare(current, file.bytes) === 0) continue;
    try {
      await writeFileAtomic(target, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), { fsync: true });
    } catch (error) {
      throw new ProjectError('write-failed', `${file.name} could not be saved in ${dir}: ${(error as Error).message}. Your work is still open and backed up.`);
    }
  }
  return files;
}
