/**
 * A credential the author types: it goes to the OS secret store through IPC (tied to `host`), never into the
 * project files. The stored value never comes back; the field only says whether one is stored, and for which host.
 */
import { useEffect, useState } from 'react';
import { connector } from '../../bridge';
import { useStudio } from '../../store';
import type { SecretInfo, SecretScope } from '../../../preload/contract';

interface Props {
  id?: string;
  scope: SecretScope;
  field: string;
  host: string;
  testId: string;
  placeholder?: string;
}

export function SecretInput({ id, scope, field, host, testId, placeholder }: Props) {
  const toast = useStudio((s) => s.toast);
  const [info, setInfo] = useState<SecretInfo | null>(null);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    connector.hasSecret(scope, field).then((next) => live && setInfo(next), (error: Error) => live && toast('error', error.message));
    return () => {
      live = false;
    };
  }, [scope, field, toast]);

  const store = async () => {
    if (!value) return;
    if (!host) {
      toast('error', 'Enter the URL this secret is sent to (or the API host in the General step) first: each secret is tied to its host.');
      return;
    }
    setBusy(true);
    try {
      setInfo(await connector.setSecret(scope, field, value, host));
      setValue('');
    } catch (error) {
      toast('error', (error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await connector.deleteSecret(scope, field);
      setInfo({ field, present: false });
    } catch (error) {
      toast('error', (error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="secret-input">
      <div className="secret-row">
        <input
          id={id}
          type="password"
          className="input"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={info?.present ? 'Stored — type a new value to replace it' : (placeholder ?? 'Not stored')}
          data-testid={testId}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void store();
          }}
        />
        <button type="button" className="button" disabled={!value || busy} onClick={() => void store()} data-testid={`${testId}-store`}>
          Store
        </button>
        {info?.present && (
          <button type="button" className="button danger" disabled={busy} onClick={() => void remove()} data-testid={`${testId}-forget`}>
            Forget
          </button>
        )}
      </div>
      <div className="field-hint" data-testid={`${testId}-status`}>
        {info === null
          ? 'Checking the secret store…'
          : info.present
            ? info.sessionOnly
              ? `Kept for this session only, for ${info.host}.`
              : `Stored securely for ${info.host}${info.pendingSave ? ', in memory until the project is saved.' : '.'}`
            : `Not stored. Goes to secret storage${host ? ` for ${host}` : ''}, never into the files.`}
      </div>
    </div>
  );
}
