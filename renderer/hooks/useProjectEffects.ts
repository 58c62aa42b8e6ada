/**
 * Side effects of editing, wired once: validate after each change, back up unsaved work within a second (crash
 * recovery), and keep the window title and close guard in step with the dirty state.
 */
import { useEffect } from 'react';
import { connector } from '../bridge';
import { useStudio } from '../store';
import { titleOf } from '../document/general-fields';

const BACKUP_DELAY_MS = 700;

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
      backupTimer = setTimeout(() => {
        const current = useStudio.getState().project;
        if (!current) return;
        void connector.backupUnsaved({
          id: current.id,
          projectPath: current.folder,
          title: titleOf(current.files['apiDefinition.swagger.json']?.text) || 'Untitled connector',
          savedAt: new Date().toISOString(),
          files: current.files,
          iconBase64: current.iconBase64,
          sidecar: current.sidecar,
        });
      }, BACKUP_DELAY_MS);
    });
    return () => {
      clearTimeout(backupTimer);
      unsubscribe();
    };
  }, []);
}
