/** The Definition step's forms view (the "Forms" toggle of DefinitionStep): lists and editors, see forms/. */
import { useStudio } from '../../store';
import { operationsOf } from '../../document/operations-view';
import { parsedJson } from '../../document/parsed';
import { DefinitionForms } from './forms/DefinitionForms';

export function OperationsOverview() {
  const text = useStudio((s) => s.project?.files['apiDefinition.swagger.json']?.text);
  const count = operationsOf(parsedJson('apiDefinition.swagger.json', text)).length;
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
