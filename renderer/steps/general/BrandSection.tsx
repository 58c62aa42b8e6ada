import { useStudio } from '../../store';
import { Field } from '../../components/Field';
import { TextInput } from '../../components/inputs';
import { readString } from '../../document/general-fields';
import { findingsAt } from '../findings-for';
import { useState } from 'react';
import { IconComposer } from './icon/IconComposer';
import { connector } from '../../bridge';

const PROPERTIES = 'apiProperties.json' as const;
const HEX = /^#[0-9a-fA-F]{6}$/;

export function BrandSection({ properties, iconBase64, title }: { properties: unknown; iconBase64?: string; title: string }) {
  const findings = useStudio((s) => s.findings);
  const kind = useStudio((s) => s.project?.sidecar.kind ?? 'certified');
  const applyIcon = useStudio((s) => s.applyIcon);
  const toast = useStudio((s) => s.toast);
  const [composing, setComposing] = useState(false);
  const mode = kind === 'independent-publisher' ? 'independent-publisher' : 'certified';
  const setJson = useStudio((s) => s.setJson);
  const color = readString(properties, '/properties/iconBrandColor');
  const colorFindings = findingsAt(findings, PROPERTIES, '/properties/iconBrandColor');
  const iconFindings = findings.filter((f) => f.file === 'icon.png');
  const setColor = (value: string) => setJson(PROPERTIES, '/properties/iconBrandColor', value, 'Change brand colour', 'brand-color');
  const fix = async () => {
    if (!iconBase64) return;
    const result = await connector.fixIcon(iconBase64, color, mode);
    if (!result.ok) return toast('error', result.error.message);
    applyIcon({ iconBase64: result.value.iconBase64 }, 'Resize the icon and flatten its transparency');
    toast('success', 'icon.png is now 230×230 and opaque on the brand colour.');
  };
  return (
    <section className="card">
      <h2>Icon and brand colour</h2>
      <div className="brand-row">
        <div className="icon-preview" style={{ background: HEX.test(color) ? color : undefined }} data-testid="icon-preview">
          {iconBase64 ? <img src={`data:image/png;base64,${iconBase64}`} alt="Connector icon" /> : <span>No icon.png</span>}
        </div>
        <Field label="Icon background colour" pointer={`${PROPERTIES}#/properties/iconBrandColor`} findings={[...colorFindings, ...iconFindings]}
          hint="Your brand colour as #rrggbb: the icon's background. Not white, not the default #007ee5.">
          {(id) => (
            <div className="color-field">
              <input type="color" aria-label="Pick brand colour" value={HEX.test(color) ? color.toLowerCase() : '#000000'} onChange={(e) => setColor(e.target.value)} data-testid="general-color-picker" />
              <TextInput id={id} testId="general-color" value={color} spellCheck={false} maxLength={7} placeholder="#rrggbb" onValue={setColor}
                invalid={colorFindings.some((f) => f.severity === 'error')} />
            </div>
          )}
        </Field>
      </div>
      <div className="brand-actions">
        <button type="button" className="button primary" onClick={() => setComposing(true)} data-testid="open-icon-composer">
          {iconBase64 ? 'Edit icon…' : 'Compose icon…'}
        </button>
        {iconBase64 && HEX.test(color) && iconFindings.some((f) => f.severity === 'error') && (
          <button type="button" className="button" onClick={() => void fix()} data-testid="icon-fix">Fix icon (resize, flatten)</button>
        )}
      </div>
      {composing && <IconComposer color={HEX.test(color) ? color.toLowerCase() : '#5b3cc4'} title={title} mode={mode} onClose={() => setComposing(false)} />}
    </section>
  );
}
