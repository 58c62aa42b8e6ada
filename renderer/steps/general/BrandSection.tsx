import { useStudio } from '../../store';
import { Field } from '../../components/Field';
import { TextInput } from '../../components/inputs';
import { readString } from '../../document/general-fields';
import { findingsAt } from '../findings-for';

const PROPERTIES = 'apiProperties.json' as const;
const HEX = /^#[0-9a-fA-F]{6}$/;

export function BrandSection({ properties, iconBase64 }: { properties: unknown; iconBase64?: string }) {
  const findings = useStudio((s) => s.findings);
  const setJson = useStudio((s) => s.setJson);
  const color = readString(properties, '/properties/iconBrandColor');
  const colorFindings = findingsAt(findings, PROPERTIES, '/properties/iconBrandColor');
  const iconFindings = findings.filter((f) => f.file === 'icon.png');
  const setColor = (value: string) => setJson(PROPERTIES, '/properties/iconBrandColor', value, 'Change brand colour', 'brand-color');
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
    </section>
  );
}
