/**
 * The wizard's "Dropdown type": None, Static (enum + x-ms-enum-values display names) or Dynamic
 * (x-ms-dynamic-values, or x-ms-dynamic-list): the operation that lists the values, its parameters mapped
 * from this operation's parameters or fixed values, the value path and the display path.
 */
import { isObject, type JsonObject } from '../../../../main/core/model/operations';
import { namedOperationsOf } from '../../../document/operations-view';
import type { DocEdit } from '../../../../main/core/model/findings';
import { Field } from '../../../components/Field';
import { Segmented, TextInput } from '../../../components/inputs';
import { InlineFindings } from '../../../components/FindingBadge';
import { useStudio } from '../../../store';
import { SWAGGER, Select, str, useFindings } from './shared';
import { useCompound } from './useCompound';

type Kind = 'none' | 'static' | 'dynamic' | 'list';

export function dropdownKind(target: JsonObject): Kind {
  if (isObject(target['x-ms-dynamic-values'])) return 'dynamic';
  if (isObject(target['x-ms-dynamic-list'])) return 'list';
  if (Array.isArray(target.enum)) return 'static';
  return 'none';
}

interface Props {
  pointer: string;
  target: JsonObject;
  swagger: unknown;
  ownParameters: string[];
}

export function DropdownEditor({ pointer, target, swagger, ownParameters }: Props) {
  const applyFix = useStudio((s) => s.applyFix);
  const kind = dropdownKind(target);
  const change = (next: Kind) => {
    if (next === kind) return;
    const edits: DocEdit[] = [];
    for (const key of ['enum', 'x-ms-enum-values', 'x-ms-dynamic-values', 'x-ms-dynamic-list']) {
      if (target[key] !== undefined) edits.push({ file: SWAGGER, path: `${pointer}/${key}`, remove: true });
    }
    if (next === 'static') {
      edits.push({ file: SWAGGER, path: `${pointer}/enum`, value: ['value1'] }, { file: SWAGGER, path: `${pointer}/x-ms-enum-values`, value: [{ value: 'value1', displayName: 'Value 1' }] });
    }
    if (next === 'dynamic') edits.push({ file: SWAGGER, path: `${pointer}/x-ms-dynamic-values`, value: { operationId: '', 'value-path': '', 'value-title': '' } });
    if (next === 'list') edits.push({ file: SWAGGER, path: `${pointer}/x-ms-dynamic-list`, value: { operationId: '', itemValuePath: '', itemTitlePath: '' } });
    applyFix({ label: 'Change dropdown type', edits });
  };
  return (
    <div className="def-subsection" data-testid="dropdown-editor">
      <h3>Dropdown</h3>
      <Segmented label="Dropdown type" testId="dropdown-kind" value={kind} onChange={change}
        options={[{ value: 'none', label: 'None' }, { value: 'static', label: 'Static' }, { value: 'dynamic', label: 'Dynamic (values)' }, { value: 'list', label: 'Dynamic (list)' }]} />
      {kind === 'static' && <StaticValues pointer={pointer} target={target} />}
      {kind === 'dynamic' && <DynamicValues pointer={`${pointer}/x-ms-dynamic-values`} value={target['x-ms-dynamic-values'] as JsonObject} swagger={swagger} ownParameters={ownParameters} list={false} />}
      {kind === 'list' && <DynamicValues pointer={`${pointer}/x-ms-dynamic-list`} value={target['x-ms-dynamic-list'] as JsonObject} swagger={swagger} ownParameters={ownParameters} list />}
    </div>
  );
}

function StaticValues({ pointer, target }: { pointer: string; target: JsonObject }) {
  const compound = useCompound();
  const findings = useFindings(SWAGGER, pointer + '/x-ms-enum-values');
  const values = (target.enum as unknown[]).map(str);
  const names = Array.isArray(target['x-ms-enum-values']) ? target['x-ms-enum-values'].filter(isObject) : [];
  const display = (value: string, index: number) => str((names.find((n) => str(n.value) === value) ?? names[index])?.displayName);
  const write = (rows: { value: string; displayName: string }[], label: string, key?: string) =>
    compound([
      { file: SWAGGER, path: `${pointer}/enum`, value: rows.map((r) => r.value) },
      { file: SWAGGER, path: `${pointer}/x-ms-enum-values`, value: rows },
    ], label, key);
  const rows = values.map((value, index) => ({ value, displayName: display(value, index) }));
  return (
    <div className="def-enum" data-testid="static-values" data-pointer={`${SWAGGER}#${pointer}/enum`}>
      <div className="def-enum-head"><span>Value</span><span>Display name</span><span /></div>
      {rows.map((row, index) => (
        <div className="def-enum-row" key={index}>
          <TextInput aria-label={`Value ${index + 1}`} testId="enum-value" value={row.value}
            onValue={(v) => write(rows.map((r, i) => (i === index ? { ...r, value: v } : r)), 'Edit dropdown value', `${pointer}/enum/${index}`)} />
          <TextInput aria-label={`Display name ${index + 1}`} testId="enum-display" value={row.displayName}
            onValue={(v) => write(rows.map((r, i) => (i === index ? { ...r, displayName: v } : r)), 'Edit display name', `${pointer}/x-ms-enum-values/${index}`)} />
          <button type="button" className="icon-button" aria-label="Remove value" onClick={() => write(rows.filter((_, i) => i !== index), 'Remove dropdown value')}>✕</button>
        </div>
      ))}
      <button type="button" className="link-button" data-testid="enum-add" onClick={() => write([...rows, { value: '', displayName: '' }], 'Add dropdown value')}>+ Add value</button>
      <InlineFindings findings={findings} />
    </div>
  );
}

function DynamicValues({ pointer, value, swagger, ownParameters, list }: { pointer: string; value: JsonObject; swagger: unknown; ownParameters: string[]; list: boolean }) {
  const compound = useCompound();
  const set = (key: string, v: unknown, label: string) => compound([{ file: SWAGGER, path: `${pointer}/${key}`, value: v }], label, `${pointer}/${key}`);
  const operations = namedOperationsOf(swagger);
  const chosen = operations.find((o) => o.operationId === value.operationId);
  const fOp = useFindings(SWAGGER, pointer + '/operationId');
  const fAll = useFindings(SWAGGER, pointer, true);
  const mapping = isObject(value.parameters) ? value.parameters : {};
  const theirParams = chosen && Array.isArray(chosen.operation.parameters)
    ? chosen.operation.parameters.flatMap((p) => (isObject(p) && typeof p.name === 'string' && p.in !== 'body' ? [p.name] : []))
    : [];
  const refKey = list ? 'parameterReference' : 'parameter';
  const setMapping = (name: string, entry: JsonObject | undefined) =>
    compound([{ file: SWAGGER, path: `${pointer}/parameters/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, ...(entry ? { value: entry } : { remove: true }) }], 'Map dropdown parameter', `${pointer}/parameters/${name}`);
  const paths = list
    ? [['itemsPath', 'Value collection (itemsPath)'], ['itemValuePath', 'Value (itemValuePath)'], ['itemTitlePath', 'Display name (itemTitlePath)']]
    : [['value-collection', 'Value collection'], ['value-path', 'Value'], ['value-title', 'Display name']];
  return (
    <div className="def-dynamic" data-testid="dynamic-values" data-pointer={`${SWAGGER}#${pointer}`}>
      <Field label="Operation" findings={[...fOp, ...fAll]} pointer={`${SWAGGER}#${pointer}/operationId`} hint="The operation that lists the values; make it internal.">
        {(id) => <Select id={id} testId="dynamic-operation" value={str(value.operationId)}
          options={[{ value: '', label: '(choose an operation)' }, ...operations.map((o) => ({ value: o.operationId!, label: `${o.operationId} — ${o.method.toUpperCase()} ${o.path}` }))]}
          onChange={(v) => set('operationId', v, 'Choose dropdown operation')} />}
      </Field>
      <div className="def-grid three">
        {paths.map(([key, label]) => (
          <Field key={key} label={label} pointer={`${SWAGGER}#${pointer}/${key}`}>
            {(id) => <TextInput id={id} testId={`dynamic-${key}`} value={str(value[key])} onValue={(v) => set(key, v, `Edit ${label}`)} />}
          </Field>
        ))}
      </div>
      {theirParams.length > 0 && (
        <table className="table def-mapping">
          <thead><tr><th>Its parameter</th><th>From this operation's parameter</th><th>or fixed value</th></tr></thead>
          <tbody>
            {theirParams.map((name) => {
              const entry = isObject(mapping[name]) ? mapping[name] : {};
              return (
                <tr key={name}>
                  <td><code>{name}</code></td>
                  <td>
                    <Select label={`Map ${name}`} value={str(entry[refKey])} options={['', ...ownParameters].map((n) => ({ value: n, label: n || '(none)' }))}
                      onChange={(v) => setMapping(name, v ? { [refKey]: v } : undefined)} />
                  </td>
                  <td>
                    <TextInput aria-label={`Fixed value for ${name}`} value={str(entry.value)} onValue={(v) => setMapping(name, v ? { value: v } : undefined)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
