/**
 * What the File menu, the toolbar, the empty state and drag-and-drop do: open, create, save — with the
 * unsaved-changes guard in front of anything that would replace the open project.
 */
import type { ProjectDTO, Result } from '../../preload/contract';
import type { RecoveryBackup } from '../../main/core/model/recovery';
import { connector } from '../bridge';
import { useStudio } from '../store';
import { titleOf } from '../document/general-fields';

const store = () => useStudio.getState();

/** Runs `proceed` now, or after the user chose Save / Don't save when there is unsaved work. */
export function guardUnsaved(reason: string, proceed: () => void): void {
  if (!store().isDirty()) return proceed();
  store().openDialog({ kind: 'unsaved-changes', reason, proceed });
}

function opened(result: Result<ProjectDTO> | null): boolean {
  if (!result) return false;
  if (!result.ok) {
    // OpenAPI 3 and Postman files go through the import dialog (renderer/shell/import): report first, then the project.
    if (result.error.code === 'needs-conversion' && result.error.path) store().openDialog({ kind: 'import', path: result.error.path });
    else store().toast('error', result.error.message);
    return false;
  }
  discardCurrentBackup();
  store().loadProject(result.value);
  store().setStep('general');
  store().scheduleValidation(0);
  return true;
}

/** Opens the untitled project the import dialog built from a converted file. */
export function openConverted(project: ProjectDTO): boolean {
  return opened({ ok: true, value: project });
}

export function newProject(title: string): void {
  guardUnsaved('create a new connector', async () => {
    discardCurrentBackup();
    store().loadProject(await connector.newProject(title));
    store().setStep('general');
    store().scheduleValidation(0);
  });
}

export function openWithDialog(kind: 'folder' | 'file'): void {
  guardUnsaved('open another project', async () => {
    await withBusy('Opening…', async () => opened(await connector.openDialog(kind)));
  });
}

export function openPath(path: string): void {
  guardUnsaved('open another project', async () => {
    await withBusy('Opening…', async () => opened(await connector.openPath(path)));
  });
}

/** Saves to the project's folder, or asks for one (Save As). Resolves true when saved. */
export async function save(saveAs = false): Promise<boolean> {
  const project = store().project;
  if (!project) return false;
  const title = titleOf(project.files['apiDefinition.swagger.json']?.text) || 'Connector';
  const result = await withBusy('Saving…', () =>
    connector.saveProject({
      folder: saveAs ? null : project.folder,
      files: project.files,
      iconBase64: project.iconBase64,
      sidecar: project.sidecar,
      title,
    }),
  );
  if (!result) return false;
  if (!result.ok) {
    store().toast('error', result.error.message);
    return false;
  }
  store().markSaved(result.value.folder, result.value.savedAt);
  await connector.discardBackup(project.id);
  store().toast('success', `Saved to ${result.value.folder}`);
  return true;
}

/** Replaces the open project with the folder's current content (after another program changed it). */
export async function reloadFromDisk(): Promise<void> {
  const folder = store().project?.folder;
  if (folder) opened(await connector.openPath(folder));
}

export async function restoreBackup(backup: RecoveryBackup): Promise<void> {
  const dto: ProjectDTO = {
    source: { kind: backup.projectPath ? 'folder' : 'new', path: backup.projectPath },
    folder: backup.projectPath,
    files: backup.files,
    iconBase64: backup.iconBase64,
    sidecar: backup.sidecar,
    notices: [],
    fileNames: Object.values(backup.files).map((f) => f!.diskName),
  };
  // Compare with what is on disk so the restored work shows as unsaved until the user saves it.
  const onDisk = backup.projectPath ? await connector.openPath(backup.projectPath) : null;
  const base: ProjectDTO = onDisk?.ok ? onDisk.value : { ...dto, files: {}, iconBase64: undefined };
  store().loadProject(dto, { id: backup.id, dirtyFrom: base });
  store().scheduleValidation(0);
  store().toast('success', `Restored your unsaved work on ${backup.title}.`);
}

function discardCurrentBackup(): void {
  const id = store().project?.id;
  if (id) void connector.discardBackup(id);
}

async function withBusy<T>(message: string, work: () => Promise<T>): Promise<T> {
  store().setBusy(message);
  try {
    return await work();
  } finally {
    store().setBusy(null);
  }
}
