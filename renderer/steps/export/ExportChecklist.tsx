/** The Export step's checklist: what a submission needs, each item linked to where it is fixed. */
import { useStudio } from '../../store';
import type { StepId } from '../../store/ui-slice';

interface Item {
  label: string;
  ok: boolean;
  detail: string;
  step: StepId;
}

export function ExportChecklist() {
  const project = useStudio((s) => s.project)!;
  const findings = useStudio((s) => s.findings);
  const setStep = useStudio((s) => s.setStep);
  const errors = findings.filter((f) => f.severity === 'error');
  const errorsIn = (step: string) => errors.filter((f) => (f.step ?? 'export') === step).length;
  const has = (name: keyof typeof project.files) => project.files[name] !== undefined;
  const kind = project.sidecar.kind ?? 'certified';
  const items: Item[] = [
    { label: 'Definition and properties files', ok: has('apiDefinition.swagger.json') && has('apiProperties.json'), detail: 'apiDefinition.swagger.json and apiProperties.json', step: 'definition' },
    { label: 'readme.md', ok: has('readme.md'), detail: has('readme.md') ? 'Present' : 'Required for a pull request', step: 'export' },
    { label: kind === 'independent-publisher' ? 'No icon (independent publisher)' : 'Icon', ok: kind === 'independent-publisher' ? !project.iconBase64 : !!project.iconBase64, detail: project.iconBase64 ? 'icon.png' : 'No icon.png yet', step: 'general' },
    { label: 'General step passes', ok: errorsIn('general') === 0, detail: `${errorsIn('general')} errors`, step: 'general' },
    { label: 'Security step passes', ok: errorsIn('security') === 0, detail: `${errorsIn('security')} errors`, step: 'security' },
    { label: 'Definition passes', ok: errorsIn('definition') + errorsIn('code') === 0, detail: `${errorsIn('definition') + errorsIn('code')} errors`, step: 'definition' },
  ];
  return (
    <div className="step" data-testid="step-export">
      <header className="step-header">
        <h1>Export</h1>
        <p>{errors.length === 0 ? 'No errors block certification.' : `${errors.length} ${errors.length === 1 ? 'error blocks' : 'errors block'} certification.`}</p>
      </header>
      <section className="card">
        <h2>Submission checklist</h2>
        <ul className="checklist" data-testid="export-checklist">
          {items.map((item) => (
            <li key={item.label} className={item.ok ? 'ok' : 'todo'}>
              <span className="check-mark" aria-label={item.ok ? 'done' : 'to do'}>{item.ok ? '✓' : '•'}</span>
              <span className="check-label">{item.label}</span>
              <span className="muted">{item.detail}</span>
              {!item.ok && <button type="button" className="link-button" onClick={() => setStep(item.step)}>Fix</button>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
