/** Basic (and Windows) authentication and API key: the labels the connection dialog shows, and where the key goes. */
import { Field } from '../../components/Field';
import { Segmented, TextInput } from '../../components/inputs';
import { useStudio } from '../../store';
import type { ApiKeyAuth, BasicAuth, ParamLabels } from '../../../main/core/model/security';
import { findingsAt } from '../findings-for';
import { PROPERTIES, SWAGGER, at } from './useAuth';

const PARAMS = '/properties/connectionParameters';

function LabelFields({ labels, param, onChange, testId, what }: { labels: ParamLabels; param: string; onChange(next: ParamLabels, label: string, key: string): void; testId: string; what: string }) {
  const findings = useStudio((s) => s.findings);
  const pointer = at(PARAMS, param);
  return (
    <div className="label-fields">
      <Field label={`${what} label`} pointer={`${PROPERTIES}#${pointer}/uiDefinition/displayName`} findings={findingsAt(findings, PROPERTIES, pointer)}
        hint={`What the connection dialog calls the ${what.toLowerCase()} (parameter "${param}").`}>
        {(id) => <TextInput id={id} testId={`${testId}-label`} value={labels.displayName ?? ''}
          onValue={(v) => onChange({ ...labels, displayName: v }, `Edit ${what.toLowerCase()} label`, `${testId}-label`)} />}
      </Field>
      <div className="field-row even">
        <Field label="Description" pointer={`${PROPERTIES}#${pointer}/uiDefinition/description`}>
          {(id) => <TextInput id={id} testId={`${testId}-description`} value={labels.description ?? ''}
            onValue={(v) => onChange({ ...labels, description: v }, `Edit ${what.toLowerCase()} description`, `${testId}-description`)} />}
        </Field>
        <Field label="Tooltip" pointer={`${PROPERTIES}#${pointer}/uiDefinition/tooltip`}>
          {(id) => <TextInput id={id} testId={`${testId}-tooltip`} value={labels.tooltip ?? ''}
            onValue={(v) => onChange({ ...labels, tooltip: v }, `Edit ${what.toLowerCase()} tooltip`, `${testId}-tooltip`)} />}
        </Field>
      </div>
    </div>
  );
}

export function BasicForm({ basic, onChange }: { basic: BasicAuth; onChange(next: BasicAuth, label: string, key?: string): void }) {
  return (
    <div className="credential-form" data-testid="basic-form">
      <LabelFields what="Username" param="username" testId="basic-username" labels={basic.username}
        onChange={(username, label, key) => onChange({ ...basic, username }, label, key)} />
      <LabelFields what="Password" param="password" testId="basic-password" labels={basic.password}
        onChange={(password, label, key) => onChange({ ...basic, password }, label, key)} />
    </div>
  );
}

export function ApiKeyForm({ apiKey, onChange }: { apiKey: ApiKeyAuth; onChange(next: ApiKeyAuth, label: string, key?: string): void }) {
  const findings = useStudio((s) => s.findings);
  const definition = at('/securityDefinitions', apiKey.definitionName);
  return (
    <div className="credential-form" data-testid="apikey-form">
      <LabelFields what="Parameter" param={apiKey.parameter} testId="apikey" labels={apiKey}
        onChange={(labels, label, key) => onChange({ ...apiKey, ...labels }, label, key)} />
      <div className="field-row">
        <Field label="Parameter name" pointer={`${SWAGGER}#${definition}/name`} findings={findingsAt(findings, SWAGGER, definition)}
          hint="The header or query parameter your API reads the key from, e.g. X-API-Key.">
          {(id) => <TextInput id={id} testId="apikey-name" value={apiKey.name} spellCheck={false} placeholder="X-API-Key"
            onValue={(v) => onChange({ ...apiKey, name: v }, 'Edit API key parameter name', 'apikey-name')} />}
        </Field>
        <Field label="Parameter location" pointer={`${SWAGGER}#${definition}/in`}>
          {() => (
            <Segmented label="Parameter location" testId="apikey-in" value={apiKey.in}
              options={[{ value: 'header', label: 'Header' }, { value: 'query', label: 'Query' }]}
              onChange={(v) => onChange({ ...apiKey, in: v }, 'Change API key location')} />
          )}
        </Field>
      </div>
    </div>
  );
}
