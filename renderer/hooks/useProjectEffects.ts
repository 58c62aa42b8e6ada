/**
 * Side effects of editing, wired once: validate after each change, back up unsaved work within a second (crash
 * recovery), and keep the window title and close guard in step with the dirty state.
 */
import { useEffect } from 'react';
import { connector } from '../bridge';
import { useStudio } from '../store';
import { titleOf } from '../document/general-fields';
import { textSender } from '../document/text-sender';
import type { TextFileData, TextFileName } from '../../main/core/model/project';
import type { BackupRequest } from '../../preload/contract';

const BACKUP_DELAY_MS = 700;

/** The texts main backed up last: each backup sends only what changed since (a 1 MB definition is not copied per pause). */
const backupSender = textSender<TextFileName>();
let backedUpProject: string | undefined;

/** Backs up the open project's unsaved state; main writes it whole, so a crash loses at most the last pause. */
async function backup(): Promise<void> {
  const current = useStudio.getState().project;
  if (!current) return;
  if (backedUpProject !== current.id) backupSender.reset();
  backedUpProject = current.id;
  const texts: Partial<Record<TextFileName, string>> = {};
  const files: BackupRequest['files'] = {};
  for (const [name, data] of Object.entries(current.files) as [TextFileName, TextFileData][]) {
    texts[name] = data.text;
    files[name] = { bom: data.bom, diskName: data.diskName };
  }
  const request = {
    id: current.id,
    projectPath: current.folder,
    title: titleOf(current.files['apiDefinition.swagger.json']?.text) || 'Untitled connector',
    savedAt: new Date().toISOString(),
    files,
    iconBase64: current.iconBase64,
    sidecar: current.sidecar,
  };
  try {
    const response = await connector.backupUnsaved({ ...request, ...backupSender.next(texts) });
    // Main lost track of the texts (a reloaded window, a restarted handler): send them whole.
    if (response?.resend) {
      backupSender.reset();
      await connector.backupUnsaved({ ...request, ...backupSender.next(texts) });
    }
  } catch {
    // Main reports a failed backup itself (the autosave event); the next backup sends everything again.
    backupSender.reset();
  }
}

export function useProjectEffects(): void {
  useEffect(() => {
    let backupTimer: ReturnType<typeof setTimeout> | undefined;
    let lastWindowState = '';

    const unsubscribe = useStudio.subscribe((state, previous) => {
      const project = state.project;
      // Every store change lands here (validation status, UI state): only a new project version concerns us.
      if (project === previous.project) return;
      const dirty = state.isDirty();
      const title = project ? `${titleOf(project.files['apiDefinition.swagger.json']?.text) || 'Untitled'}${dirty ? ' •' : ''} — Connector Studio` : 'Connector Studio';
      const windowState = `${title}|${dirty}`;
      if (windowState !== lastWindowState) {
        lastWindowState = windowState;
        void connector.setWindowState({ title, dirty });
      }
      if (!project) return;
      const contentChanged =
        project.files !== previous.project?.files || project.sidecar !== previous.project?.sidecar || project.iconBase64 !== previous.project?.iconBase64;
      if (!contentChanged || previous.project?.id !== project.id) return;
      state.scheduleValidation();
      clearTimeout(backupTimer);
      if (!dirty) return;
      backupTimer = setTimeout(() => void backup(), BACKUP_DELAY_MS);
    });
    return () => {
      clearTimeout(backupTimer);
      unsubscribe();
    };
  }, []);
}
