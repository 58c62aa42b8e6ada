/** Choosing the operations to keep: search, select all/none, a size estimate per operation. */
import { useMemo, useState } from 'react';
import type { ConvertOperation } from '../../../preload/contract';
import { filterOperations, formatBytes } from './import-format';

interface Props {
  operations: ConvertOperation[];
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
}

export function OperationPicker({ operations, selected, onChange }: Props) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterOperations(operations, query), [operations, query]);
  const filtered = query.trim() !== '';
  const setMany = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  };
  return (
    <section className="operation-picker" aria-label="Operations to keep">
      <div className="picker-tools">
        <input
          className="input"
          type="search"
          placeholder="Search operations (path, id, summary)"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label="Search operations"
          data-testid="import-search"
        />
        <button type="button" className="button" onClick={() => setMany(shown.map((op) => op.operationId), true)} data-testid="import-select-all">
          {filtered ? 'Select shown' : 'Select all'}
        </button>
        <button type="button" className="button" onClick={() => setMany(shown.map((op) => op.operationId), false)} data-testid="import-select-none">
          {filtered ? 'Clear shown' : 'Select none'}
        </button>
      </div>
      <div className="picker-count muted" data-testid="import-selected-count">
        {selected.size} of {operations.length} operations selected{filtered ? ` · ${shown.length} match` : ''}
      </div>
      <ul className="picker-list" data-testid="import-operations">
        {shown.map((op) => (
          <li key={op.operationId}>
            <label className={`picker-row ${selected.has(op.operationId) ? 'on' : ''}`}>
              <input
                type="checkbox"
                checked={selected.has(op.operationId)}
                onChange={(e) => setMany([op.operationId], e.target.checked)}
                data-testid={`import-op-${op.operationId}`}
              />
              <span className={`method ${op.method}`}>{op.method.toUpperCase()}</span>
              <span className="picker-text">
                <span className="picker-path">{op.path}</span>
                <span className="picker-summary muted">{op.summary ? `${op.summary} · ` : ''}{op.operationId}</span>
              </span>
              <span className="picker-size muted" title="Estimated size of the operation and the definitions it uses">~{formatBytes(op.bytes)}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted picker-empty">No operation matches “{query}”.</li>}
      </ul>
    </section>
  );
}
