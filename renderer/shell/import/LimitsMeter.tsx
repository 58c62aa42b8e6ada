/** The connector limits for the current selection (1 MB definition, 512 schemas), as meters with a clear verdict. */
import type { ConvertLimits } from '../../../preload/contract';
import { BYTES_LIMIT, SCHEMAS_LIMIT, formatBytes } from './import-format';

export function LimitsMeter({ limits, measuring }: { limits: ConvertLimits | null; measuring: boolean }) {
  const over = limits !== null && (limits.over1MB || limits.over512);
  return (
    <section className={`limits ${measuring ? 'measuring' : ''}`} aria-label="Connector limits" data-testid="import-limits">
      <Meter
        label="Definition size"
        value={limits?.bytes ?? 0}
        limit={BYTES_LIMIT}
        text={limits ? `${formatBytes(limits.bytes)} of 1 MB` : 'Measuring…'}
        over={limits?.over1MB ?? false}
        testId="limit-bytes"
      />
      <Meter
        label="Schemas"
        value={limits?.schemas ?? 0}
        limit={SCHEMAS_LIMIT}
        text={limits ? `${limits.schemas} of 512` : 'Measuring…'}
        over={limits?.over512 ?? false}
        testId="limit-schemas"
      />
      {limits?.alsoKept && limits.alsoKept.length > 0 && (
        <p className="field-hint limits-also-kept" data-testid="import-also-kept">
          Also kept, because a picked operation fills a dropdown from {limits.alsoKept.length === 1 ? 'it' : 'them'}: {limits.alsoKept.join(', ')}.
        </p>
      )}
      <p className={`limits-verdict ${over ? 'bad' : 'good'}`} role={over ? 'alert' : 'status'} data-testid={over ? 'import-over-limits' : 'import-within-limits'}>
        {limits === null
          ? 'Measuring the selection…'
          : over
            ? `Too large for a connector: the platform accepts a definition up to 1 MB with at most 512 schemas. Keep fewer operations.`
            : 'Fits the connector limits (1 MB, 512 schemas).'}
      </p>
    </section>
  );
}

function Meter({ label, value, limit, text, over, testId }: { label: string; value: number; limit: number; text: string; over: boolean; testId: string }) {
  const percent = Math.min(100, Math.round((value / limit) * 100));
  return (
    <div className={`meter ${over ? 'over' : percent >= 80 ? 'near' : ''}`} data-testid={testId}>
      <div className="meter-label">
        <span>{label}</span>
        <span className="meter-value">{text}</span>
      </div>
      <div className="meter-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={limit} aria-valuenow={value}>
        <div className="meter-fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
