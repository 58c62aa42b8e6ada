import { useStudio } from '../../store';
import { Field } from '../../components/Field';
import { TextInput } from '../../components/inputs';
import { readString } from '../../document/general-fields';
import { findingsAt } from '../findings-for';

const SWAGGER = 'apiDefinition.swagger.json' as const;
const FIELDS = [
  { key: 'name', label: 'Name', placeholder: 'Contoso Support', type: 'text' },
  { key: 'email', label: 'Email', placeholder: 'support@contoso.com', type: 'email' },
  { key: 'url', label: 'URL', placeholder: 'https://contoso.com/support', type: 'url' },
] as const;

export function ContactSection({ swagger }: { swagger: unknown }) {
  const findings = useStudio((s) => s.findings);
  const setJson = useStudio((s) => s.setJson);
  const contactFindings = findingsAt(findings, SWAGGER, '/info/contact', { exact: true });
  return (
    <section className="card" data-pointer={`${SWAGGER}#/info/contact`}>
      <h2>Support contact</h2>
      <p className="card-hint">Reviewers and users reach you here. Certification requires a contact.</p>
      {contactFindings.length > 0 && <Field label="" findings={contactFindings}>{() => null}</Field>}
      {FIELDS.map((field) => {
        const pointer = `/info/contact/${field.key}`;
        return (
          <Field key={field.key} label={field.label} pointer={`${SWAGGER}#${pointer}`} findings={findingsAt(findings, SWAGGER, pointer)}>
            {(id) => (
              <TextInput id={id} testId={`general-contact-${field.key}`} type={field.type} placeholder={field.placeholder} value={readString(swagger, pointer)}
                onValue={(v) => setJson(SWAGGER, pointer, v, `Edit contact ${field.label.toLowerCase()}`, pointer)} />
            )}
          </Field>
        );
      })}
    </section>
  );
}
