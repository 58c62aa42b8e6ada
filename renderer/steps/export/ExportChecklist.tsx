/**
 * Step 5, Export (issue 7): the checklist of what a submission needs, the validation summary, the submission
 * details, the two outputs (submission zip, pull-request folder) and the readme editor. Main re-runs every check
 * and gate before writing; this step only shows and links.
 */
import { useCallback, useRef, useState } from 'react';
import { useStudio } from '../../store';
import { useFocusTarget } from '../../hooks/useFocusTarget';
import { ChecklistSection } from './ChecklistSection';
import { ValidationSummary } from './ValidationSummary';
import { SubmissionForm, type PasswordState } from './SubmissionForm';
import { ExportOutput } from './ExportOutput';
import { ReadmeEditor } from './ReadmeEditor';
import { storedSubmission, type SubmissionDraft } from './export-request';
import '../../styles/export.css';

export function ExportChecklist() {
  const errors = useStudio((s) => s.findings.filter((f) => f.severity === 'error').length);
  const ref = useRef<HTMLDivElement>(null);
  useFocusTarget(ref);
  const [secret, setSecret] = useState<PasswordState>({ password: '', includePassword: false });
  const [placeholders, setPlaceholders] = useState(0);
  const secretRef = useRef(secret);
  secretRef.current = secret;
  const onPlaceholders = useCallback((count: number) => setPlaceholders(count), []);

  // Read at click time: a field committed on blur (the click on an export button) is already in the store.
  const draft = useCallback((): SubmissionDraft => {
    const stored = storedSubmission(useStudio.getState().project?.sidecar.submission);
    return { ...stored, ...secretRef.current };
  }, []);

  return (
    <div className="step step-export" ref={ref} data-testid="step-export">
      <header className="step-header">
        <h1>Export</h1>
        <p data-testid="export-verdict">
          {errors === 0 ? 'No errors block certification.' : `${errors} ${errors === 1 ? 'error blocks' : 'errors block'} certification.`} Export the zip to email, or the folder
          for a pull request.
        </p>
      </header>
      <div className="step-grid">
        <div className="step-column">
          <ChecklistSection placeholders={placeholders} />
          <ValidationSummary />
        </div>
        <div className="step-column">
          <SubmissionForm secret={secret} onSecret={setSecret} />
          <ExportOutput draft={draft} />
        </div>
      </div>
      <ReadmeEditor onPlaceholders={onPlaceholders} />
    </div>
  );
}
