/** The Definition step's overview: every action and trigger with its request line, id and visibility. */
import { useStudio } from '../../store';
import { parsedJson } from '../../document/parsed';
import { listOperations, isObject } from '../../../main/core/model/operations';
import { getAt } from '../../../main/core/model/json-pointer';

export function OperationsOverview() {
  const project = useStudio((s) => s.project)!;
  const findings = useStudio((s) => s.findings);
  const focusFinding = useStudio((s) => s.focusFinding);
  const swagger = parsedJson('apiDefinition.swagger.json', project.files['apiDefinition.swagger.json']?.text);
  const properties = parsedJson('apiProperties.json', project.files['apiProperties.json']?.text);
  const operations = listOperations(swagger);
  const actions = operations.filter((o) => !o.isTrigger);
  const triggers = operations.filter((o) => o.isTrigger);
  const count = (pointer: string) => {
    const v = getAt(swagger, pointer);
    return isObject(v) ? Object.keys(v).length : 0;
  };
  const policies = getAt(properties, '/properties/policyTemplateInstances');
  const errorsAt = (pointer: string) => findings.filter((f) => f.severity === 'error' && f.path.startsWith(pointer + '/'));

  const table = (title: string, list: typeof operations, testId: string) => (
    <section className="card" data-testid={testId}>
      <h2>{title} <span className="group-count">{list.length}</span></h2>
      {list.length === 0 ? (
        <p className="card-hint">None yet.</p>
      ) : (
        <table className="table">
          <thead>
            <tr><th>Request</th><th>Operation ID</th><th>Summary</th><th>Visibility</th><th /></tr>
          </thead>
          <tbody>
            {list.map((op) => {
              const errors = errorsAt(op.pointer);
              return (
                <tr key={op.pointer} data-pointer={`apiDefinition.swagger.json#${op.pointer}`}>
                  <td><span className={`method ${op.method}`}>{op.method.toUpperCase()}</span> <code>{op.path}</code></td>
                  <td><code>{op.operationId ?? '—'}</code></td>
                  <td>{typeof op.operation.summary === 'string' ? op.operation.summary : <span className="muted">no summary</span>}</td>
                  <td>{typeof op.operation['x-ms-visibility'] === 'string' ? op.operation['x-ms-visibility'] : 'none'}</td>
                  <td>{errors.length > 0 && <button type="button" className="count error as-button" onClick={() => focusFinding(errors[0])}>{errors.length}</button>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );

  return (
    <div className="step" data-testid="step-definition">
      <header className="step-header">
        <h1>Definition</h1>
        <p>
          {actions.length} actions · {triggers.length} triggers · {count('/definitions')} definitions · {count('/parameters')} shared parameters ·{' '}
          {Array.isArray(policies) ? policies.length : 0} policies
        </p>
      </header>
      {table('Actions', actions, 'actions-list')}
      {table('Triggers', triggers, 'triggers-list')}
    </div>
  );
}
