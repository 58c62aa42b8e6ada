/** The wizard's step list with the count of errors and warnings per step (fed by the validator). */
import { useStudio } from '../store';
import { STEPS } from '../store/ui-slice';
import { countsByStep } from '../store/validation-slice';

export function WizardNav() {
  const step = useStudio((s) => s.step);
  const setStep = useStudio((s) => s.setStep);
  const findings = useStudio((s) => s.findings);
  const counts = countsByStep(findings);
  return (
    <nav className="wizard-nav" aria-label="Wizard steps">
      <ol>
        {STEPS.map((s, index) => {
          const c = s.id === 'definition' ? { errors: counts.definition.errors + counts.code.errors, warnings: counts.definition.warnings + counts.code.warnings } : counts[s.id];
          return (
            <li key={s.id}>
              <button type="button" className={`nav-step ${step === s.id ? 'current' : ''}`} aria-current={step === s.id ? 'step' : undefined}
                onClick={() => setStep(s.id)} data-testid={`nav-${s.id}`}>
                <span className="nav-index">{index + 1}</span>
                <span className="nav-label">{s.label}</span>
                <span className="nav-counts" data-testid={`nav-count-${s.id}`}>
                  {c.errors > 0 && <span className="count error" title={`${c.errors} errors`}>{c.errors}</span>}
                  {c.warnings > 0 && <span className="count warning" title={`${c.warnings} warnings`}>{c.warnings}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className="nav-shortcut-hint">Ctrl+PgUp / Ctrl+PgDn</div>
    </nav>
  );
}
