import type { SpecCheck } from '../../../../main/core/model/icon';

/** The live certification checks beside the preview: each pass or fail with its reason. */
export function SpecChecks({ checks, pending }: { checks: SpecCheck[]; pending: boolean }) {
  return (
    <ul className={`spec-checks ${pending ? 'pending' : ''}`} data-testid="icon-checks" aria-busy={pending}>
      {checks.map((check) => (
        <li key={check.id} className={check.pass ? 'pass' : 'fail'} data-check={check.id} data-pass={check.pass}>
          <span className="spec-mark" aria-label={check.pass ? 'passes' : 'fails'}>{check.pass ? '✓' : '✕'}</span>
          <span className="spec-label">{check.label}</span>
          <span className="spec-reason">{check.reason}</span>
        </li>
      ))}
    </ul>
  );
}
