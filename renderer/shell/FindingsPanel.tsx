/**
 * The validation panel: findings grouped by wizard step and, in the Definition step, by operation; filterable by
 * severity; a click goes to the field, a button applies the quick fix (one undo step). It collapses to a narrow
 * rail with the counts (remembered), which leaves the editors room on a 1280 px screen.
 */
import { useMemo, useState } from 'react';
import type { Finding, Severity } from '../../main/core/model/findings';
import { parsePointer } from '../../main/core/model/json-pointer';
import { useStudio } from '../store';
import { STEPS } from '../store/ui-slice';
import { SeverityIcon } from '../components/FindingBadge';

const STEP_LABEL: Record<string, string> = { ...Object.fromEntries(STEPS.map((s) => [s.id, s.label])), code: 'Code' };

export function FindingsPanel() {
  const findings = useStudio((s) => s.findings);
  const validation = useStudio((s) => s.validation);
  const focusFinding = useStudio((s) => s.focusFinding);
  const applyFix = useStudio((s) => s.applyFix);
  const toggleFindings = useStudio((s) => s.toggleFindings);
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: false });
  const groups = useMemo(() => groupFindings(findings.filter((f) => shown[f.severity])), [findings, shown]);
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const [rail, setRail] = useState(() => readRail());
  const collapse = (next: boolean) => {
    setRail(next);
    writeRail(next);
  };

  if (rail) {
    return (
      <aside className="findings-panel rail" aria-label="Findings" data-testid="findings-panel">
        <button type="button" className="findings-rail" onClick={() => collapse(false)} title="Show the findings" aria-label="Show the findings" data-testid="findings-expand">
          <span className="findings-rail-arrow" aria-hidden="true">‹</span>
          {(['error', 'warning', 'info'] as Severity[]).map((severity) => (
            <span key={severity} className="findings-rail-count"><SeverityIcon severity={severity} />{count(severity)}</span>
          ))}
          <span className="findings-rail-label">Findings</span>
        </button>
      </aside>
    );
  }

  return (
    <aside className="findings-panel" aria-label="Findings" data-testid="findings-panel">
      <div className="findings-header">
        <h2>Findings</h2>
        <div className="severity-filters" role="group" aria-label="Filter by severity">
          {(['error', 'warning', 'info'] as Severity[]).map((severity) => (
            <button key={severity} type="button" className={`filter ${severity} ${shown[severity] ? 'on' : ''}`} aria-pressed={shown[severity]}
              onClick={() => setShown({ ...shown, [severity]: !shown[severity] })} data-testid={`filter-${severity}`}>
              <SeverityIcon severity={severity} /> {count(severity)}
            </button>
          ))}
        </div>
        <button type="button" className="icon-button" onClick={() => collapse(true)} title="Collapse to a rail" aria-label="Collapse findings" data-testid="findings-collapse">›</button>
        <button type="button" className="icon-button" onClick={() => toggleFindings(false)} title="Hide findings (Ctrl+Shift+M)" aria-label="Hide findings">×</button>
      </div>
      {validation.status === 'failed' && <div className="panel-message error">{validation.message}</div>}
      {groups.length === 0 && validation.status !== 'failed' && (
        <div className="panel-empty" data-testid="findings-empty">
          {validation.status === 'running' || validation.status === 'idle' ? 'Checking your connector…' : 'Nothing to show with these filters.'}
        </div>
      )}
      <div className="findings-scroll">
        {groups.map((group) => (
          <section key={group.key} className="finding-group">
            <h3>{group.title} <span className="group-count">{group.items.length}</span></h3>
            <ul>
              {group.items.map((finding, index) => (
                <li key={index} className={`finding ${finding.severity}`}>
                  <button type="button" className="finding-main" onClick={() => focusFinding(finding)} data-testid="finding">
                    <SeverityIcon severity={finding.severity} />
                    <span className="finding-text">
                      <span className="finding-message">{finding.message}</span>
                      <span className="finding-where">
                        {finding.file}
                        {/* A finding about the project as a whole has no place in a file to point at. */}
                        {finding.line && finding.file !== 'project' ? `:${finding.line}:${finding.column}` : ''} · {finding.rule}
                        {finding.legacy ? ' · pre-existing' : ''}
                      </span>
                    </span>
                  </button>
                  {finding.fix && (
                    <button type="button" className="link-button fix" onClick={() => applyFix(finding.fix!)} data-testid="panel-quick-fix">
                      {finding.fix.label}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </aside>
  );
}

const RAIL_KEY = 'connector-studio.findings-rail';

function readRail(): boolean {
  try {
    return localStorage.getItem(RAIL_KEY) === '1';
  } catch {
    return false;
  }
}

function writeRail(rail: boolean): void {
  try {
    localStorage.setItem(RAIL_KEY, rail ? '1' : '0');
  } catch {
    // Storage unavailable (private mode): the choice lasts for this session only.
  }
}

interface Group {
  key: string;
  title: string;
  items: Finding[];
}

const STEP_ORDER = ['general', 'security', 'definition', 'code', 'test', 'export'];

function groupFindings(findings: Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const step = finding.step ?? 'export';
    let key: string = step;
    let title = STEP_LABEL[step] ?? step;
    const segments = finding.path.startsWith('/paths/') ? parsePointer(finding.path) : [];
    if (step === 'definition' && segments.length >= 3) {
      key = `${step}:${segments[1]}:${segments[2]}`;
      title = `Definition · ${segments[2].toUpperCase()} ${segments[1]}`;
    }
    const group = groups.get(key) ?? { key, title, items: [] };
    group.items.push(finding);
    groups.set(key, group);
  }
  const rank = (f: Finding) => (f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);
  return [...groups.values()]
    .map((g) => ({ ...g, items: g.items.sort((a, b) => rank(a) - rank(b)) }))
    .sort((a, b) => STEP_ORDER.indexOf(a.key.split(':')[0]) - STEP_ORDER.indexOf(b.key.split(':')[0]) || a.key.localeCompare(b.key));
}
