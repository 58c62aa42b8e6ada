/** The left column's operation list: cheap rows (one button each), filtered by the search box. */
import { memo } from 'react';
import type { OperationRef } from '../../../../main/core/model/operations';

interface Props {
  operations: OperationRef[];
  selected: string | null;
  errorCounts: Map<string, number>;
  onSelect(pointer: string): void;
  testId: string;
}

export function OperationList({ operations, selected, errorCounts, onSelect, testId }: Props) {
  if (operations.length === 0) return <p className="card-hint def-empty">None yet.</p>;
  return (
    <ul className="def-list" data-testid={testId} role="listbox" aria-label="Operations">
      {operations.map((op) => (
        <Row key={op.pointer} op={op} active={op.pointer === selected} errors={errorCounts.get(op.pointer) ?? 0} onSelect={onSelect} />
      ))}
    </ul>
  );
}

const Row = memo(function Row({ op, active, errors, onSelect }: { op: OperationRef; active: boolean; errors: number; onSelect(p: string): void }) {
  const summary = typeof op.operation.summary === 'string' && op.operation.summary ? op.operation.summary : op.operationId ?? op.path;
  const visibility = op.operation['x-ms-visibility'];
  return (
    <li role="option" aria-selected={active}>
      <button type="button" className={`def-row ${active ? 'active' : ''}`} onClick={() => onSelect(op.pointer)} data-testid="operation-row" data-operation-id={op.operationId ?? ''}>
        <span className={`method ${op.method}`}>{op.method.toUpperCase()}</span>
        <span className="def-row-text">
          <span className="def-row-title">{summary}</span>
          <span className="def-row-sub">{op.operationId ?? 'no operation ID'}{visibility === 'internal' ? ' · internal' : ''}</span>
        </span>
        {errors > 0 && <span className="count error">{errors}</span>}
      </button>
    </li>
  );
});
