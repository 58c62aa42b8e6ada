/** What the package needs, item by item; each open item links to the step and field that fixes it. */
import type { Finding } from '../../../main/core/model/findings';
import { useStudio } from '../../store';
import type { StepId } from '../../store/ui-slice';
import { findingsAt } from '../findings-for';
import { storedSubmission } from './export-request';

interface Item {
  id: string;
  label: string;
  ok: boolean;
  detail: string;
  /** Where "Fix" goes: the first finding about it, or a field of a step. */
  target: Finding | { step: StepId; file: Finding['file']; path: string };
  optional?: boolean;
}

const SWAGGER = 'apiDefinition.swagger.json';
const PROPERTIES = 'apiProperties.json';

function errorsIn(findings: readonly Finding[], steps: string[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' && steps.includes(f.step ?? 'export'));
}

export function ChecklistSection({ placeholders }: { placeholders: number }) {
  const project = useStudio((s) => s.project)!;
  const findings = useStudio((s) => s.findings);
  const focusFinding = useStudio((s) => s.focusFinding);
  const kind = project.sidecar.kind ?? 'certified';
  const has = (name: keyof typeof project.files) => project.files[name] !== undefined;
  const readmeErrors = findings.filter((f) => f.file === 'readme.md' && f.severity === 'error');
  const readmeWarnings = findings.filter((f) => f.file === 'readme.md' && f.severity === 'warning');
  const brand = findingsAt(findings, PROPERTIES, '/properties/iconBrandColor').filter((f) => f.severity === 'error');
  const contact = findingsAt(findings, SWAGGER, '/info/contact').filter((f) => f.severity === 'error');
  const icon = findings.filter((f) => f.file === 'icon.png' && f.severity === 'error');
  const account = storedSubmission(project.sidecar.submission);
  const stepErrors = (steps: string[]) => errorsIn(findings, steps);
  const general = stepErrors(['general']);
  const security = stepErrors(['security']);
  const definition = stepErrors(['definition', 'code']);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

  const items: Item[] = [
    { id: 'files', label: 'Definition and properties', ok: has(SWAGGER) && has(PROPERTIES), detail: 'apiDefinition.swagger.json and apiProperties.json', target: { step: 'definition', file: SWAGGER, path: '' } },
    {
      id: 'readme',
      label: 'readme.md',
      ok: has('readme.md') && readmeErrors.length + readmeWarnings.length === 0,
      optional: has('readme.md') && readmeErrors.length === 0,
      detail: !has('readme.md') ? 'Missing: generate it below' : readmeErrors.length ? plural(readmeErrors.length, 'error') : readmeWarnings.length ? plural(readmeWarnings.length, 'template section') + ' missing (advice)' : 'Has the template sections',
      target: readmeErrors[0] ?? readmeWarnings[0] ?? { step: 'export', file: 'readme.md', path: '' },
    },
    { id: 'placeholders', label: 'readme placeholders filled in', ok: has('readme.md') && placeholders === 0, detail: placeholders ? `${plural(placeholders, 'placeholder')} left` : has('readme.md') ? 'None left' : 'No readme yet', target: { step: 'export', file: 'readme.md', path: '' } },
    kind === 'independent-publisher'
      ? { id: 'icon', label: 'No icon (independent publisher)', ok: true, detail: project.iconBase64 ? 'The project has an icon; it is left out of the export' : 'Independent publishers submit no icon', target: { step: 'general', file: 'icon.png', path: '' } }
      : { id: 'icon', label: 'Icon', ok: !!project.iconBase64 && icon.length === 0, detail: !project.iconBase64 ? 'No icon.png yet (230 × 230 px, brand colour background)' : icon.length ? plural(icon.length, 'problem') : 'icon.png', target: icon[0] ?? { step: 'general', file: 'icon.png', path: '' }, optional: !project.iconBase64 },
    { id: 'brand', label: 'Brand colour', ok: brand.length === 0, detail: brand[0]?.message ?? 'iconBrandColor is valid', target: brand[0] ?? { step: 'general', file: PROPERTIES, path: '/properties/iconBrandColor' } },
    { id: 'contact', label: 'Support contact', ok: contact.length === 0, detail: contact[0]?.message ?? 'info.contact is set', target: contact[0] ?? { step: 'general', file: SWAGGER, path: '/info/contact' } },
    { id: 'general', label: 'General step passes', ok: general.length === 0, detail: plural(general.length, 'error'), target: general[0] ?? { step: 'general', file: SWAGGER, path: '' } },
    { id: 'security', label: 'Security step passes', ok: security.length === 0, detail: plural(security.length, 'error'), target: security[0] ?? { step: 'security', file: PROPERTIES, path: '' } },
    { id: 'definition', label: 'Definition passes', ok: definition.length === 0, detail: plural(definition.length, 'error'), target: definition[0] ?? { step: 'definition', file: SWAGGER, path: '' } },
    { id: 'account', label: 'Test account instructions', ok: account.instructions.trim() !== '', detail: account.instructions.trim() ? 'Given' : 'Tell the certification team how to get a test account', target: { step: 'export', file: 'submission.md' as Finding['file'], path: '' } },
  ];

  const fix = (item: Item) => {
    const target = item.target;
    if ('rule' in target) focusFinding(target);
    else focusFinding({ rule: `checklist-${item.id}`, severity: 'info', message: item.label, file: target.file, path: target.path, step: target.step });
  };

  return (
    <section className="card">
      <h2>Submission checklist</h2>
      <ul className="checklist export-checklist" data-testid="export-checklist">
        {items.map((item) => (
          <li key={item.id} className={item.ok ? 'ok' : item.optional ? 'optional' : 'todo'} data-testid={`check-${item.id}`}>
            <span className="check-mark" aria-label={item.ok ? 'done' : 'to do'}>{item.ok ? '✓' : '•'}</span>
            <span className="check-label">{item.label}</span>
            <span className="muted check-detail">{item.detail}</span>
            {!item.ok ? <button type="button" className="link-button" onClick={() => fix(item)}>Fix</button> : <span />}
          </li>
        ))}
      </ul>
    </section>
  );
}
