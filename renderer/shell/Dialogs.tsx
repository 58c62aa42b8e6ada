/** Modal dialogs: naming a new connector, and the unsaved-changes prompt (Save / Don't save / Cancel). */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStudio } from '../store';
import { newProject, save } from './project-actions';
import { ImportDialog } from './import/ImportDialog';

export function Dialogs() {
  const dialog = useStudio((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'new-project') return <NewProjectDialog />;
  if (dialog.kind === 'import') return <ImportDialog key={dialog.path} path={dialog.path} />;
  return <UnsavedChangesDialog reason={dialog.reason} proceed={dialog.proceed} />;
}

function Modal({ title, children, onCancel, testId }: { title: string; children: ReactNode; onCancel(): void; testId: string }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);
  return (
    <div className="modal-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div className="modal" role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

function NewProjectDialog() {
  const close = () => useStudio.getState().openDialog(null);
  const [title, setTitle] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const restricted = /\b(api|connector)\b/i.test(title);
  const create = () => {
    if (!title.trim()) return;
    close();
    newProject(title.trim());
  };
  return (
    <Modal title="New connector" onCancel={close} testId="new-project-dialog">
      <form onSubmit={(e) => { e.preventDefault(); create(); }}>
        <label className="field-label" htmlFor="new-title">Connector name</label>
        <input id="new-title" ref={input} className="input" value={title} maxLength={60} onChange={(e) => setTitle(e.target.value)} placeholder="Contoso Tasks" data-testid="new-project-title" />
        <div className={`field-hint ${title.length > 30 || restricted ? 'bad' : ''}`}>
          {title.length > 30 ? `${title.length} characters: certification allows 30.` : restricted ? 'Certification does not allow the words API or Connector in the name.' : 'Usually your product or company name. You can change it later.'}
        </div>
        <div className="modal-actions">
          <button type="button" className="button" onClick={close}>Cancel</button>
          <button type="submit" className="button primary" disabled={!title.trim()} data-testid="new-project-create">Create</button>
        </div>
      </form>
    </Modal>
  );
}

function UnsavedChangesDialog({ reason, proceed }: { reason: string; proceed: () => void }) {
  const close = () => useStudio.getState().openDialog(null);
  const saveThen = async () => {
    close();
    if (await save(false)) proceed();
  };
  return (
    <Modal title="Save your changes?" onCancel={close} testId="unsaved-dialog">
      <p>Your connector has changes that are not saved. Save them before you {reason}?</p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={close} data-testid="unsaved-cancel">Cancel</button>
        <button type="button" className="button danger" onClick={() => { close(); proceed(); }} data-testid="unsaved-discard">Don't save</button>
        <button type="button" className="button primary" onClick={() => void saveThen()} data-testid="unsaved-save" autoFocus>Save</button>
      </div>
    </Modal>
  );
}
