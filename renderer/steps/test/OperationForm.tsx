/** The generated form of one operation (formModel): one input per parameter, a raw body editor, "Fill sample". */
import type { FormField, FormModel } from '../../../main/core/model/testing';
import type { BodyChoice } from '../../../main/core/model/testing/form-model';
import type { FileInput } from '../../../main/core/model/testing/types';
import { walk, type FormValues } from '../../../main/core/model/testing/dynamic-values';
import { bytesToBase64 } from '../../../main/core/model/testing/security';
import { fieldKey, formValuesOf } from './test-model';
import { DynamicChoice, type DynamicLoader } from './DynamicChoice';
import { setJsonValue } from '../../../main/core/model/json-edit';
import { toPointer } from '../../../main/core/model/json-pointer';

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
          {loader && body.bodyChoices && body.bodyChoices.length > 0 && (
            <BodyChoices choices={body.bodyChoices} bodyText={state.bodyText} form={formValues} loader={loader}
              onBody={(bodyText) => onChange({ ...state, bodyText })} />
          )}
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

/** Body properties filled from other operations: choosing a value writes it into the JSON body above. */
function BodyChoices({ choices, bodyText, form, loader, onBody }: { choices: BodyChoice[]; bodyText: string; form: FormValues; loader: DynamicLoader; onBody(text: string): void }) {
  const body = parseBodyObject(bodyText);
  return (
    <div className="body-choices" data-testid="test-body-choices">
      <div className="field-label">Body values from other operations</div>
      {body === undefined && <div className="field-hint bad">Write the body as a JSON object to fill these from here.</div>}
      <div className="param-grid">
        {choices.map((choice) => {
          const key = choice.path.join('.');
          const current = body === undefined ? undefined : walk(body, choice.path);
          const field: FormField = { name: key, in: 'body', label: choice.label, type: choice.type, required: choice.required, visibility: 'none', dynamicValues: choice.dynamicValues };
          return (
            <div className="field" key={key}>
              <div className="field-label-row">
                <label className="field-label" htmlFor={`test-body-choice-${key}`}>
                  {choice.label}
                  {choice.required && <span className="required-mark" title="Required"> *</span>}
                </label>
                <span className="param-tags"><span className="param-place param-path">{key}</span></span>
              </div>
              <DynamicChoice field={field} id={`test-body-choice-${key}`} testId={`test-body-choice-${choice.path.join('-')}`} form={form} loader={loader}
                value={current === undefined || current === null ? '' : typeof current === 'object' ? JSON.stringify(current) : String(current)}
                onValue={(v) => body !== undefined && onBody(bodyWithValue(bodyText, body, choice.path, typed(v, choice.type)))} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function parseBodyObject(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The body text with the value set at `path` (an empty value removes the property), as one minimal edit: the
 * rest of the body keeps the author's layout. Parents that are missing, or are not objects, are written whole.
 */
function bodyWithValue(text: string, body: Record<string, unknown>, path: string[], value: unknown): string {
  let depth = 0;
  for (let node: unknown = body; depth < path.length - 1; depth++) {
    node = (node as Record<string, unknown>)[path[depth]];
    if (node === null || typeof node !== 'object' || Array.isArray(node)) break;
  }
  if (depth < path.length - 1 && value === undefined) return text;
  const written = depth === path.length - 1 ? value : setBodyValue({}, path.slice(depth + 1), value);
  return setJsonValue(text, body, toPointer(path.slice(0, depth + 1)), written);
}

/** A copy of the body with the value set at `path` (an empty value removes the property). */
function setBodyValue(body: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  const copy = { ...body };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy;
  }
  const child = copy[head];
  copy[head] = setBodyValue(child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Record<string, unknown>) : {}, rest, value);
  return copy;
}

/** Numbers and booleans go into the JSON as such when the schema says so. */
function typed(text: string, type: string): unknown {
  if (text === '') return undefined;
  if ((type === 'integer' || type === 'number') && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
