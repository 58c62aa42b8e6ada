import type { Finding } from '../../main/core/model/findings';
import { useStudio } from '../store';

/** The findings that concern one field, shown under it, each with its quick fix when there is one. */
export function InlineFindings({ findings }: { findings: Finding[] }) {
  const applyFix = useStudio((s) => s.applyFix);
  if (findings.length === 0) return null;
  return (
    <ul className="inline-findings" data-testid="inline-findings">
      {findings.map((finding, index) => (
        <li key={`${finding.rule}-${index}`} className={`inline-finding ${finding.severity}`}>
          <SeverityIcon severity={finding.severity} />
          <span className="inline-finding-message">{finding.message}</span>
          {finding.fix && (
            <button type="button" className="link-button" onClick={() => applyFix(finding.fix!)} data-testid="quick-fix">
              {finding.fix.label}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function SeverityIcon({ severity }: { severity: Finding['severity'] }) {
  const symbol = severity === 'error' ? '✕' : severity === 'warning' ? '!' : 'i';
  return (
    <span className={`severity-icon ${severity}`} aria-label={severity} role="img">
      {symbol}
    </span>
  );
}
