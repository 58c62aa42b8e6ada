/** Actions and triggers of the definition, each marked tested (with its last result) or not tested. */
import type { OperationRef } from '../../../main/core/model/operations';
import type { TestHistory } from '../../../main/core/model/testing';

interface Props {
  operations: OperationRef[];
  history: TestHistory;
  selected: string | undefined;
  onSelect(operationId: string): void;
}

export function OperationPicker({ operations, history, selected, onSelect }: Props) {
  const groups = [
    { title: 'Actions', items: operations.filter((op) => !op.isTrigger) },
    { title: 'Triggers', items: operations.filter((op) => op.isTrigger) },
  ].filter((g) => g.items.length > 0);
  const tested = operations.filter((op) => (history[op.operationId!] ?? []).length > 0).length;
  return (
    <nav className="card operation-picker" aria-label="Operations" data-testid="test-operations">
      <h2>
        Operations <span className="group-count" data-testid="test-tested-count">{tested} of {operations.length} tested</span>
      </h2>
      {operations.length === 0 && <p className="muted">The definition has no operations with an operation id yet.</p>}
      {groups.map((group) => (
        <div key={group.title} className="operation-group">
          <h3>{group.title}</h3>
          <ul>
            {group.items.map((op) => {
              const last = history[op.operationId!]?.[0];
              const state = !last ? 'untested' : last.status !== undefined && last.status < 400 && last.schemaValid !== false ? 'passed' : 'failed';
              const summary = typeof op.operation.summary === 'string' ? op.operation.summary : undefined;
              return (
                <li key={op.pointer}>
                  <button type="button" className={`operation-item ${selected === op.operationId ? 'selected' : ''}`} aria-current={selected === op.operationId || undefined}
                    onClick={() => onSelect(op.operationId!)} data-testid={`test-op-${op.operationId}`} data-state={state}>
                    <span className={`test-mark ${state}`} title={markTitle(state, last?.status)} aria-label={markTitle(state, last?.status)}>
                      {state === 'untested' ? '○' : state === 'passed' ? '✓' : '!'}
                    </span>
                    <span className={`method ${op.method}`}>{op.method.toUpperCase()}</span>
                    <span className="operation-names">
                      <span className="operation-id">{op.operationId}</span>
                      {summary && <span className="operation-summary">{summary}</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}

function markTitle(state: string, status: number | undefined): string {
  if (state === 'untested') return 'Not tested';
  if (state === 'passed') return `Tested: ${status}`;
  return status === undefined ? 'Tested: the request failed' : `Tested: ${status}, needs attention`;
}
