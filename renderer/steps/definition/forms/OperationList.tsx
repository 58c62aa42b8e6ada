/**
 * The left column's operation list: cheap rows (one button each), filtered by the search box, reordered by drag and
 * drop or Alt+ArrowUp / Alt+ArrowDown (useReorder).
 */
import { memo } from 'react';
import type { OperationRef } from '../../../../main/core/model/operations';
import { rowProps, type DragState, type DropPlace, type RowHandlers } from './useReorder';

interface Props {
  operations: OperationRef[];
  selected: string | null;
  errorCounts: Map<string, number>;
  onSelect(pointer: string): void;
  testId: string;
  /** Whether the list is filtered by the search box ("No match" rather than "None yet"). */
  filtered: boolean;
  reorder: { drag: DragState | null; handlers: RowHandlers; enabled: boolean };
}

export function OperationList({ operations, selected, errorCounts, onSelect, testId, filtered, reorder }: Props) {
  if (operations.length === 0) return <p className="card-hint def-empty">{filtered ? 'No match.' : 'None yet.'}</p>;
  const { drag, handlers, enabled } = reorder;
  return (
    <ul className="def-list" data-testid={testId} role="listbox" aria-label="Operations">
      {operations.map((op) => (
        <Row key={op.pointer} op={op} active={op.pointer === selected} errors={errorCounts.get(op.pointer) ?? 0} onSelect={onSelect}
          handlers={handlers} enabled={enabled} dragging={drag?.from === op.pointer} drop={drag?.over?.key === op.pointer ? drag.over.place : undefined} />
      ))}
    </ul>
  );
}

interface RowProps {
  op: OperationRef;
  active: boolean;
  errors: number;
  onSelect(p: string): void;
  handlers: RowHandlers;
  enabled: boolean;
  dragging: boolean;
  drop: DropPlace | undefined;
}

const Row = memo(function Row({ op, active, errors, onSelect, handlers, enabled, dragging, drop }: RowProps) {
  const summary = typeof op.operation.summary === 'string' && op.operation.summary ? op.operation.summary : op.operationId ?? op.path;
  const visibility = op.operation['x-ms-visibility'];
  const drag: DragState | null = dragging || drop ? { from: dragging ? op.pointer : '', over: drop ? { key: op.pointer, place: drop } : undefined } : null;
  return (
    <li role="option" aria-selected={active} {...rowProps(op.pointer, handlers, drag, enabled)}>
      <button type="button" className={`def-row ${active ? 'active' : ''}`} onClick={() => onSelect(op.pointer)} data-testid="operation-row" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" data-operation-id={op.operationId ?? ''}>
        <span className={`method ${op.method}`}>{op.method.toUpperCase()}</span>
        <span className="def-row-text">
          <span className="def-row-title">{summary}</span>
          <span className="def-row-sub">{op.operationId ?? 'no operation ID'}{visibility === 'internal' ? ' · internal' : ''}</span>
        </span>
        {errors > 0 && <span className="count error">{errors}</span>}
        {enabled && <span className="def-grip" aria-hidden="true" title="Drag to reorder, or Alt+↑ / Alt+↓">⠿</span>}
      </button>
    </li>
  );
});
