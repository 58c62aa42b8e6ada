/** Contract area: projects — the ProjectApi over main/core/project. */
import { basename } from 'node:path';
import type { ProjectApi, ProjectDTO, Result } from '../../preload/contract';
import type { Emit } from './emit';
import type { LoadedProject, TextFileData, TextFileName } from '../core/model/project';
import type { RecoveryBackup } from '../core/model/recovery';
import { textReceiver } from '../core/model/text-changes';
import type { Host } from '../host-types';
import { openProjectSource } from '../core/project/open';
import { saveProjectFolder } from '../core/project/save';
import { blankPropertiesText, blankSwaggerText } from '../core/project/templates';
import { projectFromFiles } from '../core/project/decode-files';
import { recoveryStore } from '../core/project/recovery';
import { recentList } from '../core/project/recent';
import { ProjectWatcher } from '../core/project/watch';
import { ProjectError } from '../core/project/errors';
import { encodeText } from '../core/text/encoding';

export function createProjectHandlers(host: Host, emit: Emit): ProjectApi & { dispose(): void } {
  const recovery = recoveryStore(host.dataDir);
  const recent = recentList(host.dataDir);
  /** The texts of the last backup: the next one sends only what changed since. */
  const backupTexts = textReceiver<TextFileName>();
  let watcher: ProjectWatcher | undefined;

  const watchFolder = (folder: string, files: { name: string; bytes: Uint8Array }[]) => {
    watcher?.stop();
    watcher = new ProjectWatcher(folder, (file) => emit('file-changed', { folder, file }));
    for (const file of files) watcher.remember(file.name, file.bytes);
    watcher.start();
  };

  const opened = async (project: LoadedProject): Promise<Result<ProjectDTO>> => {
    const dto = toDTO(project);
    if (project.source.kind === 'folder' && project.source.path) {
      const folder = project.source.path;
      watchFolder(folder, Object.values(project.files).map((f) => ({ name: f!.diskName, bytes: encodeText(f!.text, f!.bom) })));
      await remember(folder, project);
    } else if (project.source.kind === 'zip' && project.source.path) {
      host.addRecentDocument(project.source.path);
    }
    return { ok: true, value: dto };
  };

  const remember = async (path: string, project: LoadedProject) => {
    host.addRecentDocument(path);
    await recent.add({ path, title: titleOf(project.files['apiDefinition.swagger.json']?.text) ?? basename(path), openedAt: new Date().toISOString() });
  };

  const openPath = async (path: string): Promise<Result<ProjectDTO>> => {
    try {
      return await opened(await openProjectSource(path));
    } catch (error) {
      const result = failure(error);
      // The import flow converts this file (main/api/convert.ts): the renderer needs its path.
      return result.error.code === 'needs-conversion' ? { ok: false, error: { ...result.error, path } } : result;
    }
  };

  return {
    async appInfo() {
      const cipher = host.secretCipher;
      const persistent = cipher.isEncryptionAvailable() && cipher.backend() !== 'basic_text';
      return {
        version: host.appVersion,
        platform: host.platform,
        secretStorage: persistent
          ? { persistent }
          : { persistent, reason: 'This system offers no protected secret storage, so secrets you type are kept for this session only.' },
      };
    },

    async newProject(title) {
      watcher?.stop();
      const encoder = new TextEncoder();
      const project = projectFromFiles(
        [
          { name: 'apiDefinition.swagger.json', bytes: encoder.encode(blankSwaggerText(title)) },
          { name: 'apiProperties.json', bytes: encoder.encode(blankPropertiesText()) },
        ],
        { kind: 'new', path: null },
      );
      return toDTO(project);
    },

    async openDialog(kind) {
      const path = await host.showOpenDialog(kind);
      return path ? openPath(path) : null;
    },

    openPath,

    async saveProject(request) {
      const folder = request.folder ?? (await host.showSaveFolderDialog(safeFolderName(request.title)));
      if (!folder) return null;
      try {
        const icon = request.iconBase64 ? new Uint8Array(Buffer.from(request.iconBase64, 'base64')) : undefined;
        const written = await saveProjectFolder(folder, { files: request.files, icon, sidecar: request.sidecar });
        if (watcher && request.folder === folder) {
          for (const file of written) watcher.remember(file.name, file.bytes);
        } else {
          watchFolder(folder, written);
        }
        host.addRecentDocument(folder);
        await recent.add({ path: folder, title: request.title, openedAt: new Date().toISOString() });
        return { ok: true, value: { folder, savedAt: new Date().toISOString(), files: written.map((f) => f.name) } };
      } catch (error) {
        return failure(error);
      }
    },

    listRecent: () => recent.list(),

    async backupUnsaved(request) {
      // Before any await: backups arrive in order, so each one's changes apply to the texts of the one before.
      const texts = backupTexts.receive(request);
      if (!texts) return { resend: true };
      const { texts: _texts, version: _version, since: _since, textChanges: _changes, files: meta, ...rest } = request;
      const files: RecoveryBackup['files'] = {};
      for (const [name, data] of Object.entries(meta) as [TextFileName, Omit<TextFileData, 'text'>][]) {
        const text = texts[name];
        if (text === undefined) return { resend: true };
        files[name] = { ...data, text };
      }
      try {
        await recovery.write({ ...rest, files });
        emit('autosave', { status: 'saved', at: new Date().toISOString() });
      } catch (error) {
        emit('autosave', { status: 'failed', at: new Date().toISOString(), message: `Your unsaved work could not be backed up: ${(error as Error).message}` });
      }
      return {};
    },

    discardBackup: (id) => recovery.discard(id),
    listBackups: () => recovery.list(),

    async setWindowState(state) {
      host.setWindowState(state.title, state.dirty);
    },

    async confirmClose() {
      host.allowClose();
    },

    async readPreviousVersion(kind) {
      const path = await host.showOpenDialog(kind);
      if (!path) return null;
      try {
        const previous = await openProjectSource(path);
        const swagger = previous.files['apiDefinition.swagger.json']?.text;
        if (swagger === undefined) throw new ProjectError('not-a-connector', `${basename(path)} holds no apiDefinition.swagger.json.`);
        return { ok: true, value: { source: path, swagger, properties: previous.files['apiProperties.json']?.text } };
      } catch (error) {
        return failure(error);
      }
    },

    async openExternal(url) {
      if (!isSafeExternalUrl(url)) return false;
      await host.openExternal(url);
      return true;
    },

    dispose() {
      watcher?.stop();
    },
  };
}

export function toDTO(project: LoadedProject): ProjectDTO {
  return {
    source: project.source,
    folder: project.source.kind === 'folder' ? project.source.path : null,
    files: project.files,
    iconBase64: project.icon ? Buffer.from(project.icon).toString('base64') : undefined,
    sidecar: project.sidecar,
    notices: project.notices,
    fileNames: project.fileNames,
    ...(project.package ? { package: project.package } : {}),
  };
}

function failure(error: unknown): { ok: false; error: { code: string; message: string } } {
  if (error instanceof ProjectError) return { ok: false, error: { code: error.code, message: error.message } };
  return { ok: false, error: { code: 'unexpected', message: `Something went wrong: ${(error as Error)?.message ?? String(error)}` } };
}

function titleOf(swaggerText: string | undefined): string | undefined {
  const match = swaggerText ? /"title"\s*:\s*"([^"]{1,80})"/.exec(swaggerText) : null;
  return match?.[1];
}

/** A folder name from a connector title: no path separators or characters Windows refuses. */
export function safeFolderName(title: string): string {
  const cleaned = title.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.length > 0 ? cleaned.slice(0, 80) : 'Connector';
}

/** Only https links leave the app (DESIGN.md, Security). */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
