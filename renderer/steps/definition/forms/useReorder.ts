/**
 * Drag-and-drop reordering for the Definition lists (HTML5 drag and drop). A row being dragged over shows a line
 * above or below it where the drop lands; Alt+ArrowUp / Alt+ArrowDown on a focused row moves it one place (the
 * keyboard way), and focus stays on the moved row. Rows carry `data-reorder-key`; the handlers are stable, so
 * memoised rows only re-render when their own drop line changes.
 */
import { useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { DropPlace } from '../../../document/definition/reorder';

export type { DropPlace };

/** What our drags carry (drag and drop needs some data to start); a drop reads the dragged row from state. */
const MIME = 'application/x-connector-studio-row';

export interface ReorderOptions {
  /** The keys of the rows shown, in order. */
  keys: readonly string[];
  /** False while the forms are read-only: nothing is draggable and Alt+arrows do nothing. */
  enabled: boolean;
  /** Whether `from` may land next to `to` (e.g. only within one group). */
  canDrop?(from: string, to: string): boolean;
  /** Applies a drop; returns the key of the moved row afterwards (it may change, e.g. a list index). */
  onMove(from: string, to: string, place: DropPlace): string | undefined;
  /** Moves a row one place up (-1) or down (1); returns the moved row's key afterwards. */
  onStep(key: string, delta: -1 | 1): string | undefined;
}

export interface DragState {
  from: string;
  over?: { key: string; place: DropPlace };
}

export interface RowHandlers {
  onDragStart(e: DragEvent<HTMLElement>): void;
  onDragEnter(e: DragEvent<HTMLElement>): void;
  onDragOver(e: DragEvent<HTMLElement>): void;
  onDragLeave(e: DragEvent<HTMLElement>): void;
  onDrop(e: DragEvent<HTMLElement>): void;
  onDragEnd(): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
}

export function useReorder(options: ReorderOptions): { drag: DragState | null; handlers: RowHandlers } {
  const latest = useRef(options);
  latest.current = options;
  const [drag, setDrag] = useState<DragState | null>(null);
  const dragRef = useRef<DragState | null>(null);
  const update = (next: DragState | null) => {
    const prev = dragRef.current;
    if (prev?.from === next?.from && prev?.over?.key === next?.over?.key && prev?.over?.place === next?.over?.place) return;
    dragRef.current = next;
    setDrag(next);
  };

  const handlers = useMemo<RowHandlers>(() => {
    const keyOf = (e: { currentTarget: HTMLElement }) => e.currentTarget.dataset.reorderKey;
    /** A drop that would leave the row where it is shows no line. */
    const allowed = (from: string, to: string, place: DropPlace) => {
      const { keys, canDrop } = latest.current;
      if (from === to) return false;
      const f = keys.indexOf(from);
      const t = keys.indexOf(to);
      if (f < 0 || t < 0 || (place === 'before' && t === f + 1) || (place === 'after' && t === f - 1)) return false;
      return canDrop ? canDrop(from, to) : true;
    };
    const refocus = (list: Element | null, key: string | undefined) => {
      if (!list || key === undefined) return;
      // After React has rendered the new order (the row's element may have been moved, which drops focus).
      requestAnimationFrame(() => list.querySelector<HTMLElement>(`[data-reorder-key="${CSS.escape(key)}"] button`)?.focus());
    };
    const over = (e: DragEvent<HTMLElement>) => {
      const current = dragRef.current;
      const key = keyOf(e);
      // Only while one of our rows is dragged (a file dragged in from elsewhere is not a reorder).
      if (!current || key === undefined) return;
      const rect = e.currentTarget.getBoundingClientRect();
      const place: DropPlace = e.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
      if (!allowed(current.from, key, place)) {
        update({ from: current.from });
        return;
      }
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      update({ from: current.from, over: { key, place } });
    };
    return {
      onDragStart(e) {
        const key = keyOf(e);
        if (!latest.current.enabled || key === undefined) {
          e.preventDefault();
          return;
        }
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData(MIME, key);
        update({ from: key });
      },
      // Entering a row and moving over it both place the line (some drags report only the entry).
      onDragEnter: over,
      onDragOver: over,
      onDragLeave(e) {
        const current = dragRef.current;
        if (current && current.over?.key === keyOf(e) && !e.currentTarget.contains(e.relatedTarget as Node | null)) update({ from: current.from });
      },
      onDrop(e) {
        const current = dragRef.current;
        e.preventDefault();
        update(null);
        if (!current?.over) return;
        refocus(e.currentTarget.closest('ul'), latest.current.onMove(current.from, current.over.key, current.over.place));
      },
      onDragEnd() {
        update(null);
      },
      onKeyDown(e) {
        if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        const key = keyOf(e);
        e.preventDefault();
        if (!latest.current.enabled || key === undefined) return;
        refocus(e.currentTarget.closest('ul'), latest.current.onStep(key, e.key === 'ArrowUp' ? -1 : 1));
      },
    };
  }, []);

  return { drag, handlers };
}

/** The props of one reorderable <li>: its key, the handlers, and the classes for the drop line and the dragged row. */
export function rowProps(key: string, handlers: RowHandlers, drag: DragState | null, enabled: boolean) {
  const place = drag?.over?.key === key ? drag.over.place : undefined;
  return {
    'data-reorder-key': key,
    draggable: enabled,
    ...handlers,
    className: `def-reorder${place ? ` drop-${place}` : ''}${drag?.from === key ? ' dragging' : ''}`,
  };
}
