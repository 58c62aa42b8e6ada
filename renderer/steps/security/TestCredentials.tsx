/**
 * Where secrets live: the storage status (persistent, or this session only and why) and the credentials the author
 * keeps for testing (API key, password, securestring parameters) — in the OS secret store, never in the files.
 */
import { useEffect, useState } from 'react';
import { connector } from '../../bridge';
import { Field } from '../../components/Field';
import { secretFields, type AuthConfig } from '../../../main/core/model/security';
import type { SecretScope, SecretStatus } from '../../../preload/contract';
import { SecretInput } from './SecretInput';

export function SecretStorageStatus() {
  const [status, setStatus] = useState<SecretStatus | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    connector.secretStatus().then((s) => live && setStatus(s), (error: Error) => live && setFailure(error.message));
    return () => {
      live = false;
    };
  }, []);
  if (failure) return <div className="banner warning" data-testid="secret-status">Secret storage is unavailable: {failure}</div>;
  if (!status) return null;
  return status.persistent ? (
    <div className="secret-status ok" data-testid="secret-status">
      Secrets you type here are kept encrypted in this computer's secure storage, never in the project files or an export.
    </div>
  ) : (
    <div className="banner warning" data-testid="secret-status">
      <span>Secrets are kept for this session only: {status.reason}</span>
    </div>
  );
}

export function TestCredentials({ config, scope, apiHost }: { config: AuthConfig; scope: SecretScope; apiHost: string }) {
  // OAuth client secrets sit in the OAuth form; tokens come from signing in (Test step).
  const fields = secretFields(config).filter((f) => !f.ref.includes('oauth2:'));
  if (fields.length === 0) return null;
  return (
    <section className="card" data-testid="test-credentials">
      <h2>Credentials for testing</h2>
      <p className="card-hint">
        Optional: your own values for the Test step, each tied to the API host{apiHost ? ` (${apiHost})` : ''}. The connector files keep none of them.
      </p>
      {fields.map((field) => (
        <Field key={field.ref} label={field.label}>
          {(id) => <SecretInput id={id} scope={scope} field={field.ref} host={apiHost} testId={`secret-${field.ref.replace(/[^a-zA-Z0-9]+/g, '-')}`} />}
        </Field>
      ))}
    </section>
  );
}
