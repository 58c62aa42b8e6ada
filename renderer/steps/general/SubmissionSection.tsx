import { useStudio } from '../../store';
import { Segmented } from '../../components/inputs';
import type { ConnectorKindName } from '../../../main/core/model/kind';
import { PreviousVersion } from './PreviousVersion';

const OPTIONS: { value: ConnectorKindName; label: string }[] = [
  { value: 'certified', label: 'Certified' },
  { value: 'independent-publisher', label: 'Independent publisher' },
  { value: 'custom', label: 'Custom' },
];

const HINTS: Record<ConnectorKindName, string> = {
  certified: 'You own the service and submit the connector for certification.',
  'independent-publisher': 'You publish a connector for a service you do not own: brand colour #da3b01, no icon, "(Independent Publisher)" in the title.',
  custom: 'A connector for your own tenant; certification rules are shown as advice.',
};

export function SubmissionSection() {
  const kind = useStudio((s) => s.project?.sidecar.kind ?? 'certified');
  const setKind = useStudio((s) => s.setKind);
  return (
    <section className="card">
      <h2>Submission</h2>
      <div className="field">
        <span className="field-label">Connector type</span>
        <Segmented label="Connector type" value={kind} options={OPTIONS} onChange={setKind} testId="kind" />
        <div className="field-hint">{HINTS[kind]}</div>
      </div>
      <PreviousVersion />
    </section>
  );
}
