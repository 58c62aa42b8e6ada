/** The Test step: the operations a reviewer expects to see tested, against the backend URL. */
import { useStudio } from '../../store';
import { parsedJson } from '../../document/parsed';
import { listOperations } from '../../../main/core/model/operations';
import { readString } from '../../document/general-fields';

export function TestOverview() {
  const project = useStudio((s) => s.project)!;
  const swagger = parsedJson('apiDefinition.swagger.json', project.files['apiDefinition.swagger.json']?.text);
  const operations = listOperations(swagger);
  const base = `https://${readString(swagger, '/host')}${readString(swagger, '/basePath')}`;
  return (
    <div className="step" data-testid="step-test">
      <header className="step-header">
        <h1>Test</h1>
        <p>Reviewers expect every operation to be tested. Backend: <code>{base}</code></p>
      </header>
      <section className="card">
        <h2>Operations <span className="group-count">{operations.length}</span></h2>
        <ul className="plain-list">
          {operations.map((op) => (
            <li key={op.pointer}>
              <span className={`method ${op.method}`}>{op.method.toUpperCase()}</span> <code>{op.path}</code> <span className="muted">{op.operationId}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
