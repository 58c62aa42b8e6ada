/**
 * Extra connection parameters (a subdomain, a custom host, a region …) that policies such as dynamichosturl read with
 * @connectionParameters('name'): add, edit and remove, with the uiDefinition texts, required and a dropdown.
 */
import { Fragment, useState } from 'react';
import { Field } from '../../components/Field';
import { Checkbox, TextInput } from '../../components/inputs';
import { InlineFindings } from '../../components/FindingBadge';
import { useStudio } from '../../store';
import type { AllowedValue, ConnectionParameter } from '../../../main/core/model/security';
import { findingsAt } from '../findings-for';
import { PROPERTIES, at } from './useAuth';

export const PARAM_TYPES = ['string', 'securestring', 'int', 'bool'];
const NAME = /^([0-9a-zA-Z_]+|[0-9a-zA-Z_]+:[0-9a-zA-Z_]+)$/;

interface Props {
  params: ConnectionParameter[];
  onChange(next: ConnectionParameter[], label: string, key?: string): void;
  /** apiProperties pointer of the object the parameters live in. */
  container: string;
  /** Names the authentication already uses. */
  reserved: string[];
  testId: string;
}

export function ParametersTable({ params, onChange, container, reserved, testId }: Props) {
  const findings = useStudio((s) => s.findings);
  const [open, setOpen] = useState<string | null>(null);
  const taken = new Set([...reserved, ...params.map((p) => p.name)]);

  const add = () => {
    let n = 1;
    while (taken.has(`parameter${n}`)) n++;
    const name = `parameter${n}`;
    onChange([...params, { name, type: 'string', displayName: 'New parameter', required: true }], 'Add connection parameter');
    setOpen(name);
  };
  const replace = (index: number, next: ConnectionParameter, label: string, key?: string) =>
    onChange(params.map((p, i) => (i === index ? next : p)), label, key);

  return (
    <div className="params" data-testid={testId}>
      {params.length === 0 ? (
        <p className="card-hint" data-testid={`${testId}-empty`}>None. Add one for a value each connection needs besides sign-in, such as a subdomain or a region.</p>
      ) : (
        <table className="table params-table">
          <thead>
            <tr><th>Name</th><th>Type</th><th>Shown as</th><th>Required</th><th>Dropdown</th><th /></tr>
          </thead>
          <tbody>
            {params.map((param, index) => {
              const pointer = at(container, param.name);
              const rowFindings = findingsAt(findings, PROPERTIES, pointer);
              return (
                <Fragment key={param.name}>
                  <tr data-testid={`${testId}-row`} data-pointer={`${PROPERTIES}#${pointer}`} className={open === param.name ? 'open' : ''}>
                    <td><code>{param.name}</code></td>
                    <td>{param.type}</td>
                    <td>{param.displayName ?? ''}</td>
                    <td>{param.required ? 'Yes' : 'No'}</td>
                    <td>{param.allowedValues ? `${param.allowedValues.length} values` : ''}</td>
                    <td className="row-buttons">
                      <button type="button" className="link-button" data-testid={`${testId}-edit`} onClick={() => setOpen(open === param.name ? null : param.name)}>
                        {open === param.name ? 'Close' : 'Edit'}
                      </button>
                      <button type="button" className="link-button danger" data-testid={`${testId}-remove`}
                        onClick={() => onChange(params.filter((_, i) => i !== index), `Remove connection parameter ${param.name}`)}>
                        Remove
                      </button>
                    </td>
                  </tr>
                  {rowFindings.length > 0 && open !== param.name && (
                    <tr className="findings-row"><td colSpan={6}><InlineFindings findings={rowFindings} /></td></tr>
                  )}
                  {open === param.name && (
                    <tr className="editor-row">
                      <td colSpan={6}>
                        <ParameterEditor param={param} taken={taken} pointer={pointer} testId={`${testId}-editor`}
                          onRename={(name) => { replace(index, { ...param, name }, `Rename connection parameter to ${name}`); setOpen(name); }}
                          onChange={(next, label, key) => replace(index, next, label, key && `${param.name}:${key}`)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" className="button" onClick={add} data-testid={`${testId}-add`}>Add parameter</button>
    </div>
  );
}

interface EditorProps {
  param: ConnectionParameter;
  taken: Set<string>;
  pointer: string;
  testId: string;
  onRename(name: string): void;
  onChange(next: ConnectionParameter, label: string, key?: string): void;
}

function ParameterEditor({ param, taken, pointer, testId, onRename, onChange }: EditorProps) {
  const findings = useStudio((s) => s.findings);
  const [name, setName] = useState(param.name);
  const nameProblem = name === param.name ? '' : !NAME.test(name) ? 'Letters, digits and _ only (or token:name).' : taken.has(name) ? 'Another parameter has this name.' : '';
  const commitName = () => {
    if (name !== param.name && !nameProblem) onRename(name);
  };
  const types = PARAM_TYPES.includes(param.type) ? PARAM_TYPES : [...PARAM_TYPES, param.type];
  const values = param.allowedValues ?? [];
  const setValues = (next: AllowedValue[] | undefined, label: string, key?: string) => {
    const { allowedValues: _old, ...rest } = param;
    onChange(next === undefined ? rest : { ...rest, allowedValues: next }, label, key);
  };
  return (
    <div className="param-editor" data-testid={testId}>
      <div className="field-row even">
        <Field label="Name" hint={nameProblem ? <span className="field-hint bad">{nameProblem}</span> : 'Policies read it as @connectionParameters(\'name\').'}>
          {(id) => <TextInput id={id} testId={`${testId}-name`} value={name} spellCheck={false} invalid={!!nameProblem}
            onValue={setName} onBlur={commitName} onKeyDown={(e) => e.key === 'Enter' && commitName()} />}
        </Field>
        <Field label="Type" pointer={`${PROPERTIES}#${pointer}/type`} findings={findingsAt(findings, PROPERTIES, `${pointer}/type`)}>
          {(id) => (
            <select id={id} className="input" value={param.type} data-testid={`${testId}-type`} onChange={(e) => onChange({ ...param, type: e.target.value }, 'Change parameter type')}>
              {types.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          )}
        </Field>
      </div>
      <Field label="Display name" pointer={`${PROPERTIES}#${pointer}/uiDefinition/displayName`} findings={findingsAt(findings, PROPERTIES, `${pointer}/uiDefinition/displayName`)}>
        {(id) => <TextInput id={id} testId={`${testId}-display-name`} value={param.displayName ?? ''} onValue={(v) => onChange({ ...param, displayName: v }, 'Edit parameter display name', 'displayName')} />}
      </Field>
      <div className="field-row even">
        <Field label="Description" pointer={`${PROPERTIES}#${pointer}/uiDefinition/description`}>
          {(id) => <TextInput id={id} testId={`${testId}-description`} value={param.description ?? ''} onValue={(v) => onChange({ ...param, description: v }, 'Edit parameter description', 'description')} />}
        </Field>
        <Field label="Tooltip" pointer={`${PROPERTIES}#${pointer}/uiDefinition/tooltip`}>
          {(id) => <TextInput id={id} testId={`${testId}-tooltip`} value={param.tooltip ?? ''} onValue={(v) => onChange({ ...param, tooltip: v }, 'Edit parameter tooltip', 'tooltip')} />}
        </Field>
      </div>
      <div className="field checks" data-pointer={`${PROPERTIES}#${pointer}/uiDefinition/constraints`}>
        <Checkbox label="Required" testId={`${testId}-required`} checked={param.required === true} onChange={(v) => onChange({ ...param, required: v }, v ? 'Make parameter required' : 'Make parameter optional')} />
        <Checkbox label="Offer a dropdown of allowed values" testId={`${testId}-dropdown`} checked={param.allowedValues !== undefined}
          onChange={(v) => setValues(v ? [{ text: '', value: '' }] : undefined, v ? 'Add a dropdown' : 'Remove the dropdown')} />
        <InlineFindings findings={findingsAt(findings, PROPERTIES, `${pointer}/uiDefinition/constraints`)} />
      </div>
      {param.allowedValues !== undefined && (
        <div className="allowed-values" data-testid={`${testId}-values`}>
          {values.map((entry, i) => (
            <div className="allowed-row" key={i}>
              <TextInput testId={`${testId}-value-${i}`} aria-label="Value" placeholder="Value" value={entry.value}
                onValue={(v) => setValues(values.map((e, j) => (j === i ? { ...e, value: v } : e)), 'Edit dropdown value', `value-${i}`)} />
              <TextInput testId={`${testId}-text-${i}`} aria-label="Shown as" placeholder="Shown as" value={entry.text ?? ''}
                onValue={(v) => setValues(values.map((e, j) => (j === i ? { ...e, text: v } : e)), 'Edit dropdown text', `text-${i}`)} />
              <button type="button" className="icon-button" aria-label="Remove value" onClick={() => setValues(values.filter((_, j) => j !== i), 'Remove dropdown value')}>×</button>
            </div>
          ))}
          <button type="button" className="link-button" data-testid={`${testId}-add-value`} onClick={() => setValues([...values, { text: '', value: '' }], 'Add dropdown value')}>
            Add value
          </button>
        </div>
      )}
    </div>
  );
}
