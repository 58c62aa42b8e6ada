/** What the conversion did, before anything opens: every report item grouped by kind, with where it came from. */
import { useState } from 'react';
import type { ConversionPreview, ConvertReportItem } from '../../../preload/contract';
import { REPORT_GROUPS, SOURCE_LABELS, formatBytes, groupReport } from './import-format';

const FIRST_ITEMS = 60;

export function ConversionReport({ preview }: { preview: ConversionPreview }) {
  const { report } = preview;
  const groups = groupReport(report.items);
  return (
    <section className="import-report" data-testid="import-report" aria-label="Conversion report">
      <h3>Conversion report</h3>
      <div className="import-summary">
        <span className="import-source" data-testid="import-source">{SOURCE_LABELS[report.source] ?? report.source}</span>
        <span>→ Swagger 2.0</span>
        <span className="muted" data-testid="import-stats">
          {report.stats.operations} operations · {report.stats.schemas} schemas · {formatBytes(preview.limits.bytes)}
        </span>
      </div>
      <div className="import-counts" data-testid="import-counts">
        {REPORT_GROUPS.map((group) => (
          <span key={group.kind} className={`import-count ${group.kind} ${groups[group.kind].length === 0 ? 'none' : ''}`} data-testid={`import-count-${group.kind}`}>
            <strong>{groups[group.kind].length}</strong> {group.title.toLowerCase()}
          </span>
        ))}
      </div>
      {report.items.length === 0 && <p className="muted">Everything converted as it is: nothing was dropped, approximated or renamed.</p>}
      <div className={`import-groups ${report.items.length === 0 ? 'empty' : ''}`}>
        {REPORT_GROUPS.filter((group) => groups[group.kind].length > 0).map((group) => (
          <ReportGroup key={group.kind} kind={group.kind} title={group.title} hint={group.hint} items={groups[group.kind]} />
        ))}
      </div>
    </section>
  );
}

function ReportGroup({ kind, title, hint, items }: { kind: string; title: string; hint: string; items: ConvertReportItem[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST_ITEMS);
  return (
    <details className={`report-group ${kind}`} open={kind !== 'info'} data-testid={`report-group-${kind}`}>
      <summary>
        <span className={`report-dot ${kind}`} aria-hidden />
        {title} <span className="group-count">{items.length}</span>
      </summary>
      <p className="report-hint">{hint}</p>
      <ul>
        {shown.map((item, index) => (
          <li key={index} className="report-item" data-testid="report-item">
            <span className="report-message">{item.message}</span>
            <span className="report-where">
              <code title="Where in the imported file">{item.sourcePointer || '(whole document)'}</code>
              {item.targetPointer !== undefined && (
                <>
                  {' → '}
                  <code title="Where in the connector">{item.targetPointer || '(whole definition)'}</code>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setAll(true)} data-testid={`report-more-${kind}`}>
          Show {items.length - shown.length} more
        </button>
      )}
    </details>
  );
}
