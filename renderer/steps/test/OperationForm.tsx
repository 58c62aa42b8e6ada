/** The generated form of one operation (formModel): one input per parameter, a raw body editor, "Fill sample". */
import type { FormField, FormModel } from '../../../main/core/model/testing';
import type { FileInput } from '../../../main/core/model/testing/types';
import type { FormValues } from '../../../main/core/model/testing/dynamic-values';
import { bytesToBase64 } from '../../../main/core/model/testing/security';
import { fieldKey, formValuesOf } from './test-model';
import { DynamicChoice, type DynamicLoader } from './DynamicChoice';

export interface FormState {
  values: Record<string, string>;
  bodyText: string;
  files: Record<string, FileInput>;
}

interface Props {
  model: FormModel;
  state: FormState;
  onChange(state: FormState): void;
  onFillSample(): void;
  /** Fills x-ms-dynamic-values / x-ms-dynamic-list parameters by calling their operation. */
  loader?: DynamicLoader;
}

const PLACES: Record<FormField['in'], string> = { path: 'path', query: 'query', header: 'header', body: 'body', formData: 'form' };

export function OperationForm({ model, state, onChange, onFillSample, loader }: Props) {
  const fields = model.fields.filter((f) => f.in !== 'body');
  const body = model.fields.find((f) => f.in === 'body');
  const setValue = (key: string, value: string) => onChange({ ...state, values: { ...state.values, [key]: value } });
  const formValues = formValuesOf(model, state.values, state.bodyText);
  return (
    <div className="operation-form" data-testid="test-form">
      <div className="form-head">
        <h3>Parameters</h3>
        <button type="button" className="link-button" onClick={onFillSample} data-testid="test-fill-sample">Fill with sample values</button>
      </div>
      {fields.length === 0 && !body && <p className="muted">This operation takes no parameters.</p>}
      <div className="param-grid">
        {fields.map((field) => (
          <ParameterInput key={fieldKey(field)} field={field} value={state.values[fieldKey(field)] ?? ''} file={state.files[field.name]} form={formValues} loader={loader}
            onValue={(v) => setValue(fieldKey(field), v)}
            onFile={(file) => {
              const files = { ...state.files };
              if (file) files[field.name] = file;
              else delete files[field.name];
              onChange({ ...state, files });
            }} />
        ))}
      </div>
      {body && (
        <div className="field body-field">
          <div className="field-label-row">
            <label className="field-label" htmlFor="test-body">
              {body.label} <span className="param-place">body</span>
              {body.required && <span className="required-mark" title="Required"> *</span>}
            </label>
            <span className="muted">{model.consumes[0] ?? 'application/json'}</span>
          </div>
          <textarea id="test-body" className="input textarea code-text" rows={8} spellCheck={false} value={state.bodyText}
            placeholder='{ "name": "value" }' onChange={(e) => onChange({ ...state, bodyText: e.target.value })} data-testid="test-body" />
          <div className="field-hint">{body.description ?? 'Sent exactly as typed (raw body).'}</div>
        </div>
      )}
    </div>
  );
}

interface InputProps {
  field: FormField;
  value: string;
  file?: FileInput;
  form: FormValues;
  loader?: DynamicLoader;
  onValue(v: string): void;
  onFile(f: FileInput | undefined): void;
}

function ParameterInput({ field, value, file, form, loader, onValue, onFile }: InputProps) {
  const id = `test-param-${field.in}-${field.name}`;
  const testId = `test-input-${field.in}-${field.name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const dynamic = field.dynamicValues !== undefined && loader !== undefined && field.type !== 'file' && !field.enum;
  const hint = [field.description, field.dynamicValues && !dynamic ? `In flows the values come from ${field.dynamicValues.operationId ?? 'another operation'}; type one here.` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <div className="field-label-row">
        <label className="field-label" htmlFor={id}>
          {field.label}
          {field.required && <span className="required-mark" title="Required"> *</span>}
        </label>
        <span className="param-tags">
          <span className="param-place">{PLACES[field.in]}</span>
          {field.visibility === 'advanced' || field.visibility === 'internal' ? <span className="param-place">{field.visibility}</span> : null}
        </span>
      </div>
      {dynamic ? (
        <DynamicChoice field={field} id={id} testId={testId} value={value} onValue={onValue} form={form} loader={loader} />
      ) : field.type === 'file' ? (
        <input id={id} type="file" className="input" data-testid={testId}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            if (!chosen) return onFile(undefined);
            void chosen.arrayBuffer().then((buffer) => onFile({ fileName: chosen.name, contentType: chosen.type || undefined, base64: bytesToBase64(new Uint8Array(buffer)) }));
          }} />
      ) : field.enum || field.type === 'boolean' ? (
        <select id={id} className="input" value={value} onChange={(e) => onValue(e.target.value)} data-testid={testId}>
          {!field.required || value === '' ? <option value="">{field.required ? 'Choose…' : '(not sent)'}</option> : null}
          {(field.enum ?? [{ value: true, label: 'Yes (true)' }, { value: false, label: 'No (false)' }]).map((option) => (
            <option key={String(option.value)} value={String(option.value)}>{option.label}</option>
          ))}
        </select>
      ) : (
        <input id={id} className="input" value={value} spellCheck={false} onChange={(e) => onValue(e.target.value)} data-testid={testId}
          placeholder={field.type === 'array' ? `${field.itemsType ?? 'value'}, ${field.itemsType ?? 'value'}, …` : field.format ?? field.type} />
      )}
      {file && <div className="field-hint">{file.fileName}</div>}
      {hint && <div className="field-hint">{hint}</div>}
    </div>
  );
}
