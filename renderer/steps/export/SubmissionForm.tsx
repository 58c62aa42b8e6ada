/**
 * The submission details: the connector kind (from the sidecar, changed in General), the test account the
 * certification team will use, the optional environment id for settings.json, and the password opt-in.
 * Instructions, user name and environment are kept in sidecar.submission (one undo step per field edit); the
 * password is never stored anywhere: it lives in this form until the export and only goes out if ticked.
 */
import { useEffect, useState } from 'react';
import { useStudio } from '../../store';
import { Field } from '../../components/Field';
import { Checkbox, TextArea, TextInput } from '../../components/inputs';
import type { ConnectorKindName } from '../../../main/core/model/kind';
import { storedSubmission } from './export-request';

const KIND_LABEL: Record<ConnectorKindName, string> = {
  certified: 'Certified connector',
  'independent-publisher': 'Independent publisher connector',
  custom: 'Custom connector',
};

type StoredKey = 'instructions' | 'username' | 'environment';

export interface PasswordState {
  password: string;
  includePassword: boolean;
}

export function SubmissionForm({ secret, onSecret }: { secret: PasswordState; onSecret(next: PasswordState): void }) {
  const sidecar = useStudio((s) => s.project!.sidecar);
  const setSidecar = useStudio((s) => s.setSidecar);
  const setStep = useStudio((s) => s.setStep);
  const kind = sidecar.kind ?? 'certified';
  const stored = storedSubmission(sidecar.submission);

  const commit = (key: StoredKey, value: string) => {
    const current = useStudio.getState().project?.sidecar;
    if (!current || storedSubmission(current.submission)[key] === value) return;
    const submission = { ...(current.submission ?? {}) };
    if (key === 'environment') {
      if (value.trim() === '') delete submission.environment;
      else submission.environment = value.trim();
    } else {
      const account = { ...((submission.testAccount as Record<string, unknown> | undefined) ?? {}) };
      if (value === '') delete account[key];
      else account[key] = value;
      submission.testAccount = account;
    }
    setSidecar({ ...current, submission }, key === 'environment' ? 'Edit environment id' : `Edit test account ${key === 'username' ? 'user name' : 'instructions'}`);
  };

  return (
    <section className="card" data-testid="export-submission">
      <h2>Submission details</h2>
      <div className="export-kind">
        <span className="field-label">Connector kind</span>
        <span data-testid="export-kind">{KIND_LABEL[kind]}</span>
        <button type="button" className="link-button" onClick={() => setStep('general')}>Change in General</button>
      </div>
      {kind === 'independent-publisher' && (
        <p className="export-note" data-testid="export-ip-note">
          Independent publishers submit no icon: the pull-request folder and the zip leave icon.png out, even if the project has one.
        </p>
      )}
      {/* A secret found in the sheet (e.g. pasted into the instructions) is located at "submission.md": this field. */}
      <DraftField pointer="submission.md#" label="Test account instructions" hint="How the certification team gets a test account: sign-up link, trial, or the account you will share." stored={stored.instructions} multiline testId="export-test-instructions" onCommit={(v) => commit('instructions', v)} />
      <DraftField label="Test account user name" stored={stored.username} testId="export-test-username" onCommit={(v) => commit('username', v)} />
      <DraftField label="Environment id (optional)" hint="The Power Platform environment GUID written to settings.json." stored={stored.environment} testId="export-environment" placeholder="00000000-0000-0000-0000-000000000000" onCommit={(v) => commit('environment', v)} />
      <div className="field">
        <Checkbox label="Include the test account password in the zip" checked={secret.includePassword} testId="export-include-password" onChange={(includePassword) => onSecret({ ...secret, includePassword })} />
        {secret.includePassword && (
          <>
            <div className="export-warning" role="alert" data-testid="export-password-warning">
              The password will be written in plain text in submission.md: anyone who receives the zip can read it. Prefer sending it to the certification team separately, and change it after certification.
            </div>
            <Field label="Test account password" hint="Not saved in the project; used for this export only.">
              {(id) => <TextInput id={id} type="password" autoComplete="off" testId="export-password" value={secret.password} onValue={(password) => onSecret({ ...secret, password })} />}
            </Field>
          </>
        )}
      </div>
    </section>
  );
}

function DraftField({ label, hint, pointer, stored, multiline, testId, placeholder, onCommit }: { label: string; hint?: string; pointer?: string; stored: string; multiline?: boolean; testId: string; placeholder?: string; onCommit(value: string): void }) {
  const [draft, setDraft] = useState(stored);
  // Undo/redo or another view changed the stored value: show it.
  useEffect(() => setDraft(stored), [stored]);
  return (
    <Field label={label} hint={hint} pointer={pointer}>
      {(id) =>
        multiline ? (
          <TextArea id={id} testId={testId} value={draft} onValue={setDraft} onBlur={() => onCommit(draft)} rows={3} />
        ) : (
          <TextInput id={id} testId={testId} value={draft} placeholder={placeholder} onValue={setDraft} onBlur={() => onCommit(draft)} />
        )
      }
    </Field>
  );
}
