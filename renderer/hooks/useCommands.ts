/**
 * Menu commands and keyboard shortcuts, handled in one place. The native menu only displays the accelerators
 * (registerAccelerator: false), so these handlers serve both the menu and the keyboard.
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../preload/contract';
import { connector } from '../bridge';
import { useStudio } from '../store';
import { guardUnsaved, openPath, openWithDialog, save } from '../shell/project-actions';

export function runCommand(command: MenuCommand): void {
  const state = useStudio.getState();
  switch (command) {
    case 'new':
      return guardUnsaved('create a new connector', () => state.openDialog({ kind: 'new-project' }));
    case 'open-folder':
      return openWithDialog('folder');
    case 'open-file':
      return openWithDialog('file');
    case 'save':
      if (state.project) void save(false);
      return;
    case 'save-as':
      if (state.project) void save(true);
      return;
    case 'undo':
      return state.undo();
    case 'redo':
      return state.redo();
    case 'next-step':
      return state.moveStep(1);
    case 'previous-step':
      return state.moveStep(-1);
    case 'toggle-findings':
      return state.toggleFindings();
  }
}

/** Maps a key event to a command, or undefined. Text fields keep their own Ctrl+Z only when nothing is open. */
export function commandForKey(event: KeyboardEvent): MenuCommand | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'n' && !event.shiftKey) return 'new';
  if (key === 'o') return event.shiftKey ? 'open-file' : 'open-folder';
  if (key === 's') return event.shiftKey ? 'save-as' : 'save';
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === 'pagedown') return 'next-step';
  if (key === 'pageup') return 'previous-step';
  if (key === 'm' && event.shiftKey) return 'toggle-findings';
  return undefined;
}

export function useCommands(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event);
      if (!command) return;
      // Monaco keeps its own undo/redo while it has focus (the code view wires it to the store itself).
      if ((command === 'undo' || command === 'redo') && (event.target as HTMLElement | null)?.closest?.('.monaco-editor')) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey, true);
    const offs = [
      connector.on('menu', ({ command }) => runCommand(command)),
      connector.on('open-path', ({ path }) => openPath(path)),
      connector.on('file-changed', ({ file }) => useStudio.getState().noteExternalChange(file)),
      connector.on('close-requested', () =>
        guardUnsaved('close Connector Studio', () => void connector.confirmClose()),
      ),
      connector.on('autosave', (event) => {
        if (event.status === 'failed' && event.message) useStudio.getState().toast('error', event.message);
      }),
    ];
    return () => {
      window.removeEventListener('keydown', onKey, true);
      for (const off of offs) off();
    };
  }, []);
}
