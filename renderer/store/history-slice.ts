/**
 * Undo/redo across every edit the app makes (forms, quick fixes, code view): one history for the whole project.
 * Text changes are stored as single replacements; rapid edits to the same field coalesce into one step.
 */
import type { TextFileName } from '../../main/core/model/project';
import { applyReplacement, invertReplacement, type Replacement } from '../document/text-diff';
import type { Slice } from './types';

export type HistoryChange =
  | { kind: 'text'; file: TextFileName; replacement: Replacement }
  /** One sidecar section (e.g. 'icon', 'kind'): undoing it leaves the other sections, such as test history, alone. */
  | { kind: 'sidecar'; key: string; before: unknown; after: unknown }
  | { kind: 'icon'; before: string | undefined; after: string | undefined };

export interface HistoryEntry {
  label: string;
  at: number;
  coalesceKey?: string;
  changes: HistoryChange[];
}

export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Records an entry for changes already applied to the project. */
  record(entry: HistoryEntry): void;
  undo(): void;
  redo(): void;
  clearHistory(): void;
}

const LIMIT = 500;
const COALESCE_MS = 1200;

export const createHistorySlice: Slice<HistorySlice> = (set, get) => ({
  past: [],
  future: [],

  record(entry) {
    const past = get().past;
    const last = past[past.length - 1];
    if (last && entry.coalesceKey && last.coalesceKey === entry.coalesceKey && entry.at - last.at < COALESCE_MS) {
      const merged = { ...last, at: entry.at, changes: [...last.changes, ...entry.changes] };
      set({ past: [...past.slice(0, -1), merged], future: [] });
      return;
    }
    set({ past: [...past.slice(-(LIMIT - 1)), entry], future: [] });
  },

  undo() {
    const { past, future } = get();
    const entry = past[past.length - 1];
    if (!entry) return;
    get().replayChanges([...entry.changes].reverse().map(invertChange));
    set({ past: past.slice(0, -1), future: [entry, ...future] });
  },

  redo() {
    const { past, future } = get();
    const entry = future[0];
    if (!entry) return;
    get().replayChanges(entry.changes);
    set({ past: [...past, entry], future: future.slice(1) });
  },

  clearHistory() {
    set({ past: [], future: [] });
  },
});

export function invertChange(change: HistoryChange): HistoryChange {
  switch (change.kind) {
    case 'text':
      return { ...change, replacement: invertReplacement(change.replacement) };
    case 'sidecar':
      return { kind: 'sidecar', key: change.key, before: change.after, after: change.before };
    case 'icon':
      return { kind: 'icon', before: change.after, after: change.before };
  }
}

export { applyReplacement };
