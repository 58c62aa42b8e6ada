/** The Definition step's forms view (the "Forms" toggle of DefinitionStep): lists and editors, see forms/. */
import { operationsOf } from '../../document/operations-view';
import { DefinitionForms } from './forms/DefinitionForms';
import { useDocuments } from './forms/shared';

export function OperationsOverview() {
  const { swagger } = useDocuments();
  const count = operationsOf(swagger).length;
  return (
    <div className="step step-definition" data-testid="step-definition">
      <header className="step-header">
        <h1>Definition</h1>
        <p>Actions, triggers, shared references and policies — {count} operation{count === 1 ? '' : 's'}.</p>
      </header>
      <DefinitionForms />
    </div>
  );
}
