import { useStudio } from '../../store';
import { Field } from '../../components/Field';
import { TextArea, TextInput } from '../../components/inputs';
import { readString } from '../../document/general-fields';
import { findingsAt } from '../findings-for';

const SWAGGER = 'apiDefinition.swagger.json' as const;

export function ConnectorSection({ swagger }: { swagger: unknown }) {
  const findings = useStudio((s) => s.findings);
  const setJson = useStudio((s) => s.setJson);
  const title = readString(swagger, '/info/title');
  const description = readString(swagger, '/info/description');
  const titleFindings = findingsAt(findings, SWAGGER, '/info/title');
  const descriptionFindings = findingsAt(findings, SWAGGER, '/info/description');
  return (
    <section className="card">
      <h2>Connector</h2>
      <Field label="Connector name" pointer={`${SWAGGER}#/info/title`} findings={titleFindings} counter={{ length: title.length, max: 30 }}
        hint="Your product or company name. At most 30 characters, without the words API or Connector.">
        {(id) => (
          <TextInput id={id} testId="general-title" value={title} invalid={titleFindings.some((f) => f.severity === 'error')}
            onValue={(v) => setJson(SWAGGER, '/info/title', v, 'Edit connector name', '/info/title')} />
        )}
      </Field>
      <Field label="Description" pointer={`${SWAGGER}#/info/description`} findings={descriptionFindings} counter={{ length: description.length, min: 30, max: 500 }}
        hint="What the connector lets people do, in 30 to 500 characters. Do not name Power Apps, Power Automate or Logic Apps.">
        {(id) => (
          <TextArea id={id} testId="general-description" rows={4} value={description} invalid={descriptionFindings.some((f) => f.severity === 'error')}
            onValue={(v) => setJson(SWAGGER, '/info/description', v, 'Edit description', '/info/description')} />
        )}
      </Field>
    </section>
  );
}
