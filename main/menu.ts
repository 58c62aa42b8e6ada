/**
 * The native menu. Shortcuts are shown here but handled by the renderer (registerAccelerator: false), so they work
 * the same in the app and in the browser-based e2e tests, and text fields keep their native editing keys.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../preload/contract';
import type { RecentProject } from './core/model/recent';

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  openHelp(): void;
}

export function buildMenu(actions: MenuActions, recent: RecentProject[], isDev: boolean): Menu {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => actions.command(command),
  });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New Connector…', 'new', 'CmdOrCtrl+N'),
        item('Open Folder…', 'open-folder', 'CmdOrCtrl+O'),
        item('Open Package or Definition…', 'open-file', 'CmdOrCtrl+Shift+O'),
        {
          label: 'Open Recent',
          submenu: recent.length
            ? recent.map((r) => ({ label: `${r.title} — ${r.path}`, click: () => actions.openRecent(r.path) }))
            : [{ label: 'No recent projects', enabled: false }],
        },
        { type: 'separator' },
        item('Save', 'save', 'CmdOrCtrl+S'),
        item('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Next Step', 'next-step', 'CmdOrCtrl+PageDown'),
        item('Previous Step', 'previous-step', 'CmdOrCtrl+PageUp'),
        item('Show or Hide Findings', 'toggle-findings', 'CmdOrCtrl+Shift+M'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: '&Help',
      submenu: [{ label: 'Certification Guide (Microsoft Learn)', click: () => actions.openHelp() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
