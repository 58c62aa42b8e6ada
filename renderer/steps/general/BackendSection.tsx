import { useStudio } from '../../store';
import { Field } from '../../components/Field';
import { Checkbox, Segmented, TextInput } from '../../components/inputs';
import { GATEWAY_PARAMETER, hasGateway, readString } from '../../document/general-fields';
import { getAt } from '../../../main/core/model/json-pointer';
import type { DocEdit } from '../../../main/core/model/findings';
import { findingsAt } from '../findings-for';

const SWAGGER = 'apiDefinition.swagger.json' as const;
const PROPERTIES = 'apiProperties.json' as const;

export function BackendSection({ swagger, properties }: { swagger: unknown; properties: unknown }) {
  const findings = useStudio((s) => s.findings);
  const setJson = useStudio((s) => s.setJson);
  const applyFix = useStudio((s) => s.applyFix);
  const schemes = getAt(swagger, '/schemes');
  const scheme = Array.isArray(schemes) && schemes.includes('http') && !schemes.includes('https') ? 'http' : 'https';
  const host = readString(swagger, '/host');
  const basePath = readString(swagger, '/basePath');
  const gateway = hasGateway(properties);

  const toggleGateway = (on: boolean) => {
    const capabilities = getAt(properties, '/properties/capabilities');
    const list = Array.isArray(capabilities) ? capabilities.filter((c) => c !== 'gateway') : [];
    const edits: DocEdit[] = [
      { file: PROPERTIES, path: '/properties/capabilities', value: on ? [...list, 'gateway'] : list },
      on
        ? { file: PROPERTIES, path: '/properties/connectionParameters/gateway', value: GATEWAY_PARAMETER }
        : { file: PROPERTIES, path: '/properties/connectionParameters/gateway', remove: true },
    ];
    applyFix({ label: on ? 'Connect via on-premises data gateway' : 'Stop using the on-premises data gateway', edits });
  };

  return (
    <section className="card">
      <h2>Backend</h2>
      <Field label="Scheme" pointer={`${SWAGGER}#/schemes`} findings={findingsAt(findings, SWAGGER, '/schemes')}>
        {() => (
          <Segmented label="Scheme" testId="general-scheme" value={scheme} options={[{ value: 'https', label: 'HTTPS' }, { value: 'http', label: 'HTTP' }]}
            onChange={(v) => setJson(SWAGGER, '/schemes', [v], 'Change scheme')} />
        )}
      </Field>
      <div className="field-row">
        <Field label="Host" pointer={`${SWAGGER}#/host`} findings={findingsAt(findings, SWAGGER, '/host')} hint="Host name only, e.g. api.contoso.com (no https://, no path).">
          {(id) => <TextInput id={id} testId="general-host" value={host} spellCheck={false} placeholder="api.contoso.com"
            onValue={(v) => setJson(SWAGGER, '/host', v, 'Edit host', '/host')} />}
        </Field>
        <Field label="Base URL" pointer={`${SWAGGER}#/basePath`} findings={findingsAt(findings, SWAGGER, '/basePath')} hint="Starts with /, e.g. /v1">
          {(id) => <TextInput id={id} testId="general-basepath" value={basePath} spellCheck={false} placeholder="/"
            onValue={(v) => setJson(SWAGGER, '/basePath', v, 'Edit base URL', '/basePath')} />}
        </Field>
      </div>
      <div className="url-preview" data-testid="backend-url">
        {scheme}://{host || 'host'}{basePath || '/'}
      </div>
      <div className="field" data-pointer={`${PROPERTIES}#/properties/capabilities`}>
        <Checkbox label="Connect via on-premises data gateway" checked={gateway} onChange={toggleGateway} testId="general-gateway" />
        <div className="field-hint">Adds the gateway capability and its connection parameter, as the wizard does.</div>
      </div>
    </section>
  );
}
