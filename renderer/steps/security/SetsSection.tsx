/**
 * Multi-auth connectors (connectionParameterSets): the connection dialog offers each set as a way to sign in. Each
 * set has a name, texts, a kind (OAuth 2.0, basic, API key, or just parameters) and its own parameters.
 */
import { Field } from '../../components/Field';
import { TextInput } from '../../components/inputs';
import { InlineFindings } from '../../components/FindingBadge';
import { useStudio } from '../../store';
import { defaultOAuth2, setKind, type ConnectionParameter, type ParameterSet, type ParameterSets } from '../../../main/core/model/security';
import type { SecretScope } from '../../../preload/contract';
import { findingsAt } from '../findings-for';
import { OAuthForm } from './OAuthForm';
import { ParametersTable } from './ParametersTable';
import { PROPERTIES } from './useAuth';

const SETS = '/properties/connectionParameterSets';
type SetKind = ReturnType<typeof setKind>;

const KIND_LABELS: Record<SetKind, string> = { oauth2: 'OAuth 2.0', basic: 'Basic authentication', apiKey: 'API key', none: 'Parameters only' };
const AUTH_NAMES = ['username', 'password', 'api_key'];

function credential(name: string, displayName: string): ConnectionParameter {
  return { name, type: 'securestring', displayName, required: true };
}

/** The set with another kind of sign-in: the old kind's parameters go, the others stay. */
export function changeSetKind(set: ParameterSet, kind: SetKind): ParameterSet {
  const { oauth2: _old, ...rest } = set;
  const others = set.params.filter((p) => !AUTH_NAMES.includes(p.name) && !p.name.startsWith('token:'));
  if (kind === 'oauth2') {
    const { definition: _none, ...oauth2 } = defaultOAuth2('oauth2');
    return { ...rest, oauth2, params: others };
  }
  if (kind === 'basic') return { ...rest, params: [credential('username', 'Username'), credential('password', 'Password'), ...others] };
  if (kind === 'apiKey') return { ...rest, params: [credential('api_key', 'API Key'), ...others] };
  return { ...rest, params: others };
}

interface Props {
  sets: ParameterSets;
  onChange(next: ParameterSets, label: string, key?: string): void;
  scope: SecretScope;
  apiHost: string;
}

export function SetsSection({ sets, onChange, scope, apiHost }: Props) {
  const findings = useStudio((s) => s.findings);
  const replace = (index: number, next: ParameterSet, label: string, key?: string) =>
    onChange({ ...sets, values: sets.values.map((s, i) => (i === index ? next : s)) }, label, key && `set${index}:${key}`);
  const add = () => {
    let n = sets.values.length + 1;
    while (sets.values.some((s) => s.name === `set${n}`)) n++;
    onChange({ ...sets, values: [...sets.values, changeSetKind({ name: `set${n}`, displayName: `Sign-in option ${n}`, params: [] }, 'apiKey')] }, 'Add a sign-in option');
  };
  return (
    <section className="card" data-testid="sets-section" data-pointer={`${PROPERTIES}#${SETS}`}>
      <h2>Sign-in options <span className="group-count">{sets.values.length}</span></h2>
      <p className="card-hint">connectionParameterSets: the connection dialog lets people choose one of these.</p>
      <div className="field-row even">
        <Field label="Choice label" pointer={`${PROPERTIES}#${SETS}/uiDefinition/displayName`}>
          {(id) => <TextInput id={id} testId="sets-label" value={sets.displayName ?? ''} onValue={(v) => onChange({ ...sets, displayName: v }, 'Edit sign-in choice label', 'sets-label')} />}
        </Field>
        <Field label="Choice description" pointer={`${PROPERTIES}#${SETS}/uiDefinition/description`}>
          {(id) => <TextInput id={id} testId="sets-description" value={sets.description ?? ''} onValue={(v) => onChange({ ...sets, description: v }, 'Edit sign-in choice description', 'sets-description')} />}
        </Field>
      </div>
      <InlineFindings findings={findingsAt(findings, PROPERTIES, SETS, { exact: true })} />
      {sets.values.map((set, index) => {
        const base = `${SETS}/values/${index}`;
        const kind = setKind(set);
        const reserved = set.oauth2 ? ['token'] : [];
        return (
          <div className="set-card" key={index} data-testid="set-card" data-pointer={`${PROPERTIES}#${base}`}>
            <div className="set-head">
              <code className="set-name" data-testid="set-name">{set.name}</code>
              <select className="input set-kind" aria-label="Sign-in kind" value={kind} data-testid="set-kind"
                onChange={(e) => replace(index, changeSetKind(set, e.target.value as SetKind), `Change ${set.name} sign-in kind`)}>
                {(Object.keys(KIND_LABELS) as SetKind[]).map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
              </select>
              <button type="button" className="button danger" disabled={sets.values.length <= 1} data-testid="set-remove"
                onClick={() => onChange({ ...sets, values: sets.values.filter((_, i) => i !== index) }, `Remove sign-in option ${set.name}`)}>
                Remove
              </button>
            </div>
            <div className="field-row even">
              <Field label="Label" pointer={`${PROPERTIES}#${base}/uiDefinition/displayName`}>
                {(id) => <TextInput id={id} testId="set-label" value={set.displayName ?? ''} onValue={(v) => replace(index, { ...set, displayName: v }, 'Edit sign-in option label', 'label')} />}
              </Field>
              <Field label="Description" pointer={`${PROPERTIES}#${base}/uiDefinition/description`}>
                {(id) => <TextInput id={id} testId="set-description" value={set.description ?? ''} onValue={(v) => replace(index, { ...set, description: v }, 'Edit sign-in option description', 'description')} />}
              </Field>
            </div>
            {set.oauth2 && (
              <OAuthForm oauth={set.oauth2} container={`${base}/parameters`} scope={scope} secretField={`set:${set.name}:oauth2:clientSecret`} apiHost={apiHost}
                testId={`set${index}-oauth`} onChange={(oauth2, label, key) => replace(index, { ...set, oauth2 }, label, key)} />
            )}
            <h3 className="subhead">Parameters</h3>
            <ParametersTable params={set.params} container={`${base}/parameters`} reserved={reserved} testId={`set${index}-params`}
              onChange={(params, label, key) => replace(index, { ...set, params }, label, key)} />
          </div>
        );
      })}
      <button type="button" className="button" onClick={add} data-testid="set-add">Add sign-in option</button>
    </section>
  );
}
