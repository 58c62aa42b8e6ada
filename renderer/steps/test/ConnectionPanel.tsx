/**
 * The Test step's connection: the credentials the connector's authentication asks for (kept in the OS secret
 * store, never in the project), its extra connection parameters, and where requests go: the live API or the local
 * mock server.
 */
import { useEffect, useRef, useState } from 'react';
import { connector } from '../../bridge';
import { useStudio } from '../../store';
import { Field } from '../../components/Field';
import { Segmented, TextInput } from '../../components/inputs';
import { isSecret, type AuthConfig, type ConnectionParameter, type OAuth2Auth, type ParameterSet } from '../../../main/core/model/security';
import { apiKeyPlacement, WINDOWS_AUTH_EXPLANATION } from '../../../main/core/model/testing/security';
import type { MockInfo, SecretInfo, SecretScope, TestTarget } from '../../../preload/contract';
import { SecretInput } from '../security/SecretInput';
import { SecretStorageStatus } from '../security/TestCredentials';
import { ACCESS_TOKEN_FIELD, PASSWORD_FIELD, REFRESH_TOKEN_FIELD, USERNAME_FIELD, activeSet, connectionKind, setAuthKind, setPrefix, signInEndpoints } from './test-model';

interface Props {
  config: AuthConfig;
  /** Multi-auth: the set chosen (sidecar), and how to choose another. */
  setName: string | undefined;
  onSet(name: string): void;
  scope: SecretScope;
  apiHost: string;
  liveUrl: string;
  swagger: unknown;
  params: Record<string, string>;
  onParam(name: string, value: string): void;
  target: TestTarget;
  onTarget(target: TestTarget): void;
  mock: MockInfo | null;
  onMock(mock: MockInfo | null): void;
}

export function ConnectionPanel(props: Props) {
  const { config, scope, apiHost } = props;
  const kind = connectionKind(config);
  return (
    <section className="card connection-panel" data-testid="test-connection">
      <h2>Connection</h2>
      <SecretStorageStatus />
      <div className="connection-grid">
        <div>
          {kind === 'none' && <p className="muted" data-testid="auth-none">This connector uses no authentication: requests are sent as they are.</p>}
          {kind === 'unsupported' && (
            <p className="muted" data-testid="auth-unsupported">
              This connector&apos;s authentication ({config.kind}) cannot be signed into from the desktop: requests are sent without credentials.
            </p>
          )}
          {kind === 'windows' && (
            <div className="banner warning auth-windows" data-testid="auth-windows">
              <span>{WINDOWS_AUTH_EXPLANATION}</span>
              {props.target === 'live' && (
                <button type="button" className="button" onClick={() => props.onTarget('mock')} data-testid="auth-windows-use-mock">Use the mock server</button>
              )}
            </div>
          )}
          {kind === 'apiKey' && (
            <Field label={config.apiKey!.displayName ?? 'API Key'} hint={`Sent in the ${config.apiKey!.in} "${config.apiKey!.name}".`}>
              {(id) => <SecretInput id={id} scope={scope} field={`param:${config.apiKey!.parameter}`} host={apiHost} testId="test-api-key" />}
            </Field>
          )}
          {kind === 'basic' && (
            <>
              <Field label={config.basic!.username.displayName ?? 'Username'}>
                {(id) => <SecretInput id={id} scope={scope} field={USERNAME_FIELD} host={apiHost} testId="test-username" placeholder="Username" />}
              </Field>
              <Field label={config.basic!.password.displayName ?? 'Password'}>
                {(id) => <SecretInput id={id} scope={scope} field={PASSWORD_FIELD} host={apiHost} testId="test-password" />}
              </Field>
            </>
          )}
          {kind === 'oauth2' && <OAuthConnection oauth={config.oauth2!} prefix="" scope={scope} apiHost={apiHost} />}
          {kind === 'multi' && <SetConnection {...props} />}
          {config.params.map((param) => (
            <ExtraParameter key={param.name} param={param} scope={scope} apiHost={apiHost} value={props.params[param.name]} onValue={(v) => props.onParam(param.name, v)} />
          ))}
        </div>
        <TargetSwitch {...props} />
      </div>
    </section>
  );
}

/** What a set's credentials do once stored, in the words of the single-auth panels. */
function setHint(set: ParameterSet, swagger: unknown): string {
  const kind = setAuthKind(set, swagger);
  const placement = apiKeyPlacement(swagger);
  if (kind === 'apiKey' && placement) return `The key is sent in the ${placement.in} "${placement.name}", as the platform does for this set.`;
  if (kind === 'basic') return 'Sent as HTTP Basic authentication, as the platform does for this set.';
  if (kind === 'oauth2') return 'Requests carry the set\'s OAuth access token (Authorization: Bearer).';
  return 'These values reach the API through the policies that read them (@connectionParameters).';
}

/** Multi-auth (connectionParameterSets): choose the set, then its sign-in and parameters, as the platform's dialog does. */
function SetConnection(props: Props) {
  const { config, scope, apiHost } = props;
  const sets = config.sets!;
  const set = activeSet(config, props.setName)!;
  const prefix = setPrefix(set);
  const label = sets.displayName ?? 'Authentication type';
  return (
    <div className="set-connection" data-testid="test-auth-sets">
      <Field label={label} hint={set.description ?? sets.description}>
        {(id) => (
          <select id={id} className="input" value={set.name} onChange={(e) => props.onSet(e.target.value)} data-testid="test-auth-set">
            {sets.values.map((s) => <option key={s.name} value={s.name}>{s.displayName ?? s.name}</option>)}
          </select>
        )}
      </Field>
      <div className="field-hint set-hint" data-testid="test-auth-set-hint">{setHint(set, props.swagger)}</div>
      {set.oauth2 && <OAuthConnection key={set.name} oauth={set.oauth2} prefix={prefix} scope={scope} apiHost={apiHost} />}
      {set.params.filter((p) => !p.hidden).map((param) => (
        <ExtraParameter key={`${set.name}:${param.name}`} param={param} scope={scope} apiHost={apiHost} secretField={prefix + param.name}
          value={props.params[param.name]} onValue={(v) => props.onParam(param.name, v)} />
      ))}
    </div>
  );
}

interface ParameterProps {
  param: ConnectionParameter;
  scope: SecretScope;
  apiHost: string;
  /** The secret-store field of a securestring parameter (a set's are "set:<set>:<name>"). */
  secretField?: string;
  value: string | undefined;
  onValue(v: string): void;
}

function ExtraParameter({ param, scope, apiHost, secretField, value, onValue }: ParameterProps) {
  const [draft, setDraft] = useState(value ?? (param.defaultValue !== undefined ? String(param.defaultValue) : ''));
  useEffect(() => setDraft(value ?? (param.defaultValue !== undefined ? String(param.defaultValue) : '')), [value, param.defaultValue]);
  const label = param.displayName ?? param.name;
  const testId = `test-param-${param.name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  if (isSecret(param)) {
    return <Field label={label} hint={param.description}>{(id) => <SecretInput id={id} scope={scope} field={secretField ?? `param:${param.name}`} host={apiHost} testId={testId} />}</Field>;
  }
  const commit = () => draft !== (value ?? '') && onValue(draft);
  return (
    <Field label={label} hint={param.description ?? 'Saved with the project (not a secret).'}>
      {(id) =>
        param.allowedValues ? (
          <select id={id} className="input" value={draft} data-testid={testId} onChange={(e) => { setDraft(e.target.value); onValue(e.target.value); }}>
            <option value="">Choose…</option>
            {param.allowedValues.map((v) => <option key={v.value} value={v.value}>{v.text ?? v.value}</option>)}
          </select>
        ) : (
          <TextInput id={id} testId={testId} value={draft} onValue={setDraft} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} spellCheck={false} />
        )
      }
    </Field>
  );
}

/** OAuth sign-in or a pasted token; `prefix` keeps a multi-auth set's tokens apart ("" for single auth). */
function OAuthConnection({ oauth, prefix, scope, apiHost }: { oauth: OAuth2Auth; prefix: string; scope: SecretScope; apiHost: string }) {
  const accessField = prefix + ACCESS_TOKEN_FIELD;
  const refreshField = prefix + REFRESH_TOKEN_FIELD;
  const fieldPrefix = prefix ? { fieldPrefix: prefix } : {};
  const toast = useStudio((s) => s.toast);
  const endpoints = signInEndpoints(oauth);
  const [token, setToken] = useState<SecretInfo | null>(null);
  const [refreshable, setRefreshable] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [expiresAt, setExpiresAt] = useState<string | undefined>();
  /** Each sign-in attempt's number: a cancelled attempt that finishes later changes nothing on screen. */
  const attempt = useRef(0);

  const reload = async () => {
    setToken(await connector.hasSecret(scope, accessField));
    setRefreshable((await connector.hasSecret(scope, refreshField)).present);
  };
  useEffect(() => {
    let live = true;
    Promise.all([connector.hasSecret(scope, accessField), connector.hasSecret(scope, refreshField)]).then(
      ([access, refresh]) => {
        if (!live) return;
        setToken(access);
        setRefreshable(refresh.present);
      },
      (error: Error) => live && toast('error', error.message),
    );
    return () => {
      live = false;
    };
  }, [scope, toast, accessField, refreshField]);

  const signIn = async (refresh: boolean) => {
    if (!endpoints) return;
    const mine = ++attempt.current;
    setBusy(refresh ? 'Refreshing the token…' : 'Waiting for you to sign in in your browser…');
    try {
      const base = { scope, tokenUrl: endpoints.tokenUrl, clientId: oauth.clientId ?? '', scopes: oauth.scopes, apiHost, ...fieldPrefix };
      const result = refresh
        ? await connector.refreshSignIn(base)
        : await connector.signIn({ ...base, authorizationUrl: endpoints.authorizationUrl, ...(endpoints.extraParameters ? { extraParameters: endpoints.extraParameters } : {}) });
      if (mine !== attempt.current) return;
      if (result.ok) {
        setExpiresAt(result.value.expiresAt);
        toast('success', refresh ? 'The access token was refreshed.' : 'Signed in. The token is kept in secret storage.');
      } else toast('error', result.error.message);
      await reload();
    } catch (error) {
      if (mine === attempt.current) toast('error', (error as Error).message);
    } finally {
      if (mine === attempt.current) setBusy(null);
    }
  };

  /** Closes main's loopback listener at once (not at its timeout) and returns to the idle state. */
  const cancel = () => {
    attempt.current++;
    setBusy(null);
    void connector.cancelSignIn();
  };
  // Leaving the connection (another step, another project, another sign-in set) ends a sign-in still waiting.
  const waiting = useRef(false);
  waiting.current = busy !== null;
  useEffect(() => () => {
    if (waiting.current) void connector.cancelSignIn();
  }, []);

  const usePasted = async () => {
    try {
      setToken(await connector.pasteToken(scope, pasted, apiHost, prefix || undefined));
      setPasted('');
      setExpiresAt(undefined);
    } catch (error) {
      toast('error', (error as Error).message);
    }
  };

  const signOut = async () => {
    await connector.deleteSecret(scope, accessField);
    await connector.deleteSecret(scope, refreshField);
    await reload();
  };

  return (
    <div className="oauth-connection" data-testid="test-oauth">
      <div className="field">
        <div className="field-label">OAuth 2.0 ({oauth.identityProvider})</div>
        {endpoints ? (
          <div className="row-actions">
            <button type="button" className="button primary" disabled={busy !== null} onClick={() => void signIn(false)} data-testid="test-sign-in">
              Sign in
            </button>
            {token?.present && refreshable && (
              <button type="button" className="button" disabled={busy !== null} onClick={() => void signIn(true)} data-testid="test-refresh-token">Refresh token</button>
            )}
            {token?.present && <button type="button" className="button danger" disabled={busy !== null} onClick={() => void signOut()} data-testid="test-sign-out">Sign out</button>}
          </div>
        ) : (
          <div className="field-hint bad">Set the authorization and token URLs in the Security step to sign in from here.</div>
        )}
        {busy && (
          <div className="progress-line" data-testid="test-sign-in-busy">
            <span className="spinner" /> {busy}
            <button type="button" className="link-button" onClick={cancel} data-testid="test-sign-in-cancel">Cancel</button>
          </div>
        )}
        <div className="field-hint" data-testid="test-token-status">
          {token === null
            ? 'Checking the secret store…'
            : token.present
              ? `Signed in: an access token for ${token.host} is in secret storage${expiresAt ? ` (expires ${new Date(expiresAt).toLocaleTimeString()})` : ''}.`
              : endpoints
                ? `Not signed in. "Sign in" opens ${new URL(endpoints.authorizationUrl).host} in your browser.`
                : 'Not signed in.'}
        </div>
      </div>
      <Field label="Or paste an access token" hint="From the API's developer portal or another tool. Kept in secret storage.">
        {(id) => (
          <div className="secret-row">
            <input id={id} type="password" className="input" autoComplete="off" spellCheck={false} value={pasted} placeholder="eyJ… or Bearer eyJ…"
              onChange={(e) => setPasted(e.target.value)} data-testid="test-paste-token" />
            <button type="button" className="button" disabled={!pasted.trim()} onClick={() => void usePasted()} data-testid="test-paste-token-use">Use token</button>
          </div>
        )}
      </Field>
    </div>
  );
}

function TargetSwitch({ target, onTarget, mock, onMock, swagger, liveUrl }: Props) {
  const toast = useStudio((s) => s.toast);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      onMock(await connector.startMock(swagger));
    } catch (error) {
      toast('error', `The mock server could not start: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const stop = async () => {
    setBusy(true);
    try {
      await connector.stopMock();
      onMock(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="target-switch">
      <Field label="Send requests to">
        {() => (
          <Segmented label="Send requests to" testId="test-target" value={target} onChange={onTarget}
            options={[{ value: 'live', label: 'Live API' }, { value: 'mock', label: 'Mock server' }]} />
        )}
      </Field>
      {target === 'live' ? (
        <div className="url-preview" data-testid="test-live-url">{liveUrl}</div>
      ) : (
        <div className="mock-box" data-testid="test-mock">
          <div className="mock-row">
            <span className={`mock-dot ${mock ? 'on' : ''}`} aria-hidden />
            <span data-testid="test-mock-status">{mock ? `Running at ${mock.baseUrl}` : 'Stopped'}</span>
            {mock ? (
              <>
                <button type="button" className="button" disabled={busy} onClick={() => void start()} data-testid="test-mock-restart">Restart</button>
                <button type="button" className="button" disabled={busy} onClick={() => void stop()} data-testid="test-mock-stop">Stop</button>
              </>
            ) : (
              <button type="button" className="button primary" disabled={busy} onClick={() => void start()} data-testid="test-mock-start">Start</button>
            )}
          </div>
          <div className="field-hint">
            {mock
              ? `Answers every operation from the definition as it was at ${new Date(mock.startedAt).toLocaleTimeString()} (Restart after editing it). No credentials are sent to it.`
              : 'A local server on this computer that answers from the definition: documented examples, else samples built from the response schemas.'}
          </div>
        </div>
      )}
    </div>
  );
}
