/**
 * Step 2, Security: the wizard's Authentication type with its per-type forms (No authentication, Basic, API key,
 * OAuth 2.0 with its identity providers, Windows behind a gateway), plus what the wizard lacks: multi-auth sets,
 * extra connection parameters and credentials kept in the OS secret store. Every change goes through writeAuth and
 * lands as ONE undo step over the swagger and apiProperties.json.
 */
import { useRef } from 'react';
import { useStudio } from '../../store';
import { useFocusTarget } from '../../hooks/useFocusTarget';
import { InlineFindings } from '../../components/FindingBadge';
import { readString } from '../../document/general-fields';
import { defaultAuth, type AuthConfig, type AuthKind, type OAuth2Auth } from '../../../main/core/model/security';
import { findingsAt } from '../findings-for';
import { PROPERTIES, SWAGGER, useAuth, useSecretScope } from './useAuth';
import { ApiKeyForm, BasicForm } from './CredentialForms';
import { OAuthForm } from './OAuthForm';
import { ParametersTable } from './ParametersTable';
import { SetsSection } from './SetsSection';
import { SecretStorageStatus, TestCredentials } from './TestCredentials';
import '../../styles/security.css';

const KINDS: { kind: AuthKind; label: string; hint: string }[] = [
  { kind: 'none', label: 'No authentication', hint: 'Anyone can call it.' },
  { kind: 'basic', label: 'Basic', hint: 'Username and password.' },
  { kind: 'apiKey', label: 'API Key', hint: 'Key in header or query.' },
  { kind: 'oauth2', label: 'OAuth 2.0', hint: 'Sign in with a provider.' },
  { kind: 'windows', label: 'Windows', hint: 'Through the data gateway.' },
  { kind: 'multi', label: 'Several options', hint: 'Multi-auth parameter sets.' },
];

/** The new kind's template; the extra parameters and the gateway stay. Undo restores the old kind. */
export function switchKind(config: AuthConfig, kind: AuthKind): AuthConfig {
  return { ...defaultAuth(kind), gateway: config.gateway || kind === 'windows', params: config.params };
}

/** oauth2generic fills its URL templates from token:customHost: choosing it adds that parameter, as BoldSign has. */
function withProvider(config: AuthConfig, oauth2: OAuth2Auth): AuthConfig {
  const template = defaultAuth('oauth2', 'oauth2generic').params;
  const needsHost = oauth2.identityProvider === 'oauth2generic' && config.oauth2?.identityProvider !== 'oauth2generic' && !config.params.some((p) => p.name === 'token:customHost');
  return { ...config, oauth2, params: needsHost ? [...config.params, ...template] : config.params };
}

export function SecurityStep() {
  const ref = useRef<HTMLDivElement>(null);
  useFocusTarget(ref);
  const findings = useStudio((s) => s.findings);
  const { config, update, swagger } = useAuth();
  const scope = useSecretScope();
  const apiHost = readString(swagger, '/host');
  const kinds = KINDS.filter((k) => (k.kind !== 'windows' || config.gateway || config.kind === 'windows'));
  const authFindings = [
    ...findingsAt(findings, SWAGGER, '/securityDefinitions'),
    ...findingsAt(findings, SWAGGER, '/security'),
    ...findingsAt(findings, PROPERTIES, '/properties/connectionParameters', { exact: true }),
  ];
  const reserved = config.kind === 'oauth2' ? ['token'] : config.kind === 'apiKey' ? [config.apiKey?.parameter ?? 'api_key'] : config.kind === 'basic' || config.kind === 'windows' ? ['username', 'password'] : [];

  return (
    <div className="step step-security" ref={ref} data-testid="step-security">
      <header className="step-header">
        <h1>Security</h1>
        <p>How people sign in to your service when they create a connection.</p>
      </header>
      <SecretStorageStatus />
      <section className="card" data-pointer={`${SWAGGER}#/securityDefinitions`}>
        <h2>Authentication type</h2>
        <div className="auth-kinds" role="radiogroup" aria-label="Authentication type" data-testid="auth-kind">
          {kinds.map(({ kind, label, hint }) => (
            <button key={kind} type="button" role="radio" aria-checked={config.kind === kind} data-testid={`auth-kind-${kind}`}
              className={`auth-kind ${config.kind === kind ? 'selected' : ''}`}
              onClick={() => config.kind !== kind && update(switchKind(config, kind), `Authentication: ${label}`)}>
              <span className="auth-kind-label">{label}</span>
              <span className="auth-kind-hint">{hint}</span>
            </button>
          ))}
        </div>
        {config.gateway && (
          <p className="security-note" data-testid="auth-gateway">Connects through the on-premises data gateway (set in the General step).</p>
        )}
        <InlineFindings findings={authFindings} />
      </section>

      {config.kind === 'none' && (
        <section className="card" data-testid="auth-none">
          <h2>No authentication</h2>
          <p className="card-hint">The connector sends no credentials. Choose a type above if your API needs one.</p>
        </section>
      )}
      {(config.kind === 'basic' || config.kind === 'windows') && config.basic && (
        <section className="card">
          <h2>{config.kind === 'windows' ? 'Windows authentication' : 'Basic authentication'}</h2>
          <p className="card-hint">The labels people see for the username and password when they create a connection.</p>
          <BasicForm basic={config.basic} onChange={(basic, label, key) => update({ ...config, basic }, label, key)} />
        </section>
      )}
      {config.kind === 'apiKey' && config.apiKey && (
        <section className="card">
          <h2>API Key</h2>
          <ApiKeyForm apiKey={config.apiKey} onChange={(apiKey, label, key) => update({ ...config, apiKey }, label, key)} />
        </section>
      )}
      {config.kind === 'oauth2' && config.oauth2 && (
        <section className="card" data-pointer={`${PROPERTIES}#/properties/connectionParameters/token`}>
          <h2>OAuth 2.0</h2>
          <OAuthForm oauth={config.oauth2} container="/properties/connectionParameters" scope={scope} secretField="oauth2:clientSecret" apiHost={apiHost}
            testId="oauth" onChange={(oauth2, label, key) => update(withProvider(config, oauth2), label, key)} />
        </section>
      )}
      {config.kind === 'multi' && config.sets && (
        <SetsSection sets={config.sets} scope={scope} apiHost={apiHost} onChange={(sets, label, key) => update({ ...config, sets }, label, key)} />
      )}

      <section className="card" data-pointer={`${PROPERTIES}#/properties/connectionParameters`}>
        <h2>Connection parameters <span className="group-count">{config.params.length}</span></h2>
        <p className="card-hint">Values each connection asks for besides signing in, such as a subdomain or a custom host (read by policies like dynamichosturl).</p>
        <ParametersTable params={config.params} container="/properties/connectionParameters" reserved={reserved} testId="params"
          onChange={(params, label, key) => update({ ...config, params }, label, key && `param:${key}`)} />
      </section>

      <TestCredentials config={config} scope={scope} apiHost={apiHost} />
    </div>
  );
}
