/** The Definition step's forms view (the "Forms" toggle of DefinitionStep): lists and editors, see forms/. */
import { useMemo } from 'react';
import { listOperations } from '../../../main/core/model/operations';
import { DefinitionForms } from './forms/DefinitionForms';
import { useDocuments } from './forms/shared';

export function OperationsOverview() {
  const { swagger } = useDocuments();
  const count = useMemo(() => listOperations(swagger).length, [swagger]);
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
