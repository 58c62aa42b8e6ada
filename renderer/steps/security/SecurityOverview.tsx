/** The Security step's overview: the security definitions and the connection parameters users fill in. */
import { useStudio } from '../../store';
import { parsedJson } from '../../document/parsed';
import { getAt } from '../../../main/core/model/json-pointer';
import { isObject } from '../../../main/core/model/operations';
import { findingsAt } from '../findings-for';
import { InlineFindings } from '../../components/FindingBadge';

export function SecurityOverview() {
  const project = useStudio((s) => s.project)!;
  const findings = useStudio((s) => s.findings);
  const swagger = parsedJson('apiDefinition.swagger.json', project.files['apiDefinition.swagger.json']?.text);
  const properties = parsedJson('apiProperties.json', project.files['apiProperties.json']?.text);
  const definitions = getAt(swagger, '/securityDefinitions');
  const parameters = getAt(properties, '/properties/connectionParameters');
  const sets = getAt(properties, '/properties/connectionParameterSets');
  const entries = isObject(definitions) ? Object.entries(definitions) : [];
  const params = isObject(parameters) ? Object.entries(parameters) : [];
  return (
    <div className="step" data-testid="step-security">
      <header className="step-header">
        <h1>Security</h1>
        <p>How people sign in to your service when they create a connection.</p>
      </header>
      <section className="card" data-pointer="apiDefinition.swagger.json#/securityDefinitions">
        <h2>Authentication</h2>
        {entries.length === 0 ? (
          <p data-testid="auth-summary">No authentication: anyone can call the API.</p>
        ) : (
          <ul className="plain-list" data-testid="auth-summary">
            {entries.map(([name, def]) => (
              <li key={name}><strong>{describe(def)}</strong> <span className="muted">({name})</span></li>
            ))}
          </ul>
        )}
        {isObject(sets) && <p className="card-hint">This connector offers several ways to sign in (connection parameter sets).</p>}
        <InlineFindings findings={findingsAt(findings, 'apiDefinition.swagger.json', '/securityDefinitions')} />
      </section>
      <section className="card" data-pointer="apiProperties.json#/properties/connectionParameters">
        <h2>Connection parameters <span className="group-count">{params.length}</span></h2>
        {params.length === 0 ? (
          <p className="card-hint">None.</p>
        ) : (
          <table className="table">
            <thead><tr><th>Name</th><th>Type</th><th>Shown as</th></tr></thead>
            <tbody>
              {params.map(([name, p]) => (
                <tr key={name}>
                  <td><code>{name}</code></td>
                  <td>{isObject(p) ? String(p.type ?? '') : ''}</td>
                  <td>{String(getAt(p, '/uiDefinition/displayName') ?? (isObject(p) && isObject(p.oAuthSettings) ? `OAuth 2.0 (${String(p.oAuthSettings.identityProvider)})` : ''))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <InlineFindings findings={findingsAt(findings, 'apiProperties.json', '/properties/connectionParameters')} />
      </section>
    </div>
  );
}

function describe(def: unknown): string {
  if (!isObject(def)) return 'Unknown';
  if (def.type === 'basic') return 'Basic authentication';
  if (def.type === 'apiKey') return `API key in the ${String(def.in)} "${String(def.name)}"`;
  if (def.type === 'oauth2') return `OAuth 2.0 (${String(def.flow)})`;
  return String(def.type);
}
