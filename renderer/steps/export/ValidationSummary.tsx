/** The validator's verdict on the whole project: counts, and the errors listed, each a link to its field. */
import { useStudio } from '../../store';
import { SeverityIcon } from '../../components/FindingBadge';

const SHOWN = 40;

export function ValidationSummary() {
  const findings = useStudio((s) => s.findings);
  const validation = useStudio((s) => s.validation);
  const focusFinding = useStudio((s) => s.focusFinding);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.filter((f) => f.severity === 'info').length;
  return (
    <section className="card" data-testid="export-validation">
      <h2>Validation</h2>
      <div className="export-counts">
        <span className="export-count error" data-testid="export-count-errors">{errors.length} {errors.length === 1 ? 'error' : 'errors'}</span>
        <span className="export-count warning">{warnings} {warnings === 1 ? 'warning' : 'warnings'}</span>
        <span className="export-count info">{infos} information</span>
        <span className="muted">{validation.status === 'running' ? 'Checking…' : validation.status === 'failed' ? validation.message : ''}</span>
      </div>
      {errors.length === 0 ? (
        <p className="muted">No errors: the package can go out. Warnings are advice and do not block the export.</p>
      ) : (
        <ul className="export-errors" data-testid="export-errors">
          {errors.slice(0, SHOWN).map((finding, index) => (
            <li key={`${finding.rule}-${finding.path}-${index}`}>
              <button type="button" className="export-location" onClick={() => focusFinding(finding)}>
                <SeverityIcon severity="error" />
                <span>{finding.message}</span>
                <span className="export-where">{finding.file}{finding.line !== undefined ? `:${finding.line}` : ''}</span>
              </button>
            </li>
          ))}
          {errors.length > SHOWN && <li className="muted">…and {errors.length - SHOWN} more in the findings panel.</li>}
        </ul>
      )}
    </section>
  );
}
