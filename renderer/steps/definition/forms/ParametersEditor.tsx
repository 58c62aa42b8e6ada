/** Request parameters (path, query, header, body, formData) of one operation; shared $ref parameters shown resolved. */
import { memo, useCallback, useEffect, useState } from 'react';
import { useStudio } from '../../../store';
import { Field } from '../../../components/Field';
import { Checkbox, TextArea, TextInput } from '../../../components/inputs';
import { InlineFindings } from '../../../components/FindingBadge';
import { isObject, type JsonObject } from '../../../../main/core/model/operations';
import { getAt, parsePointer, toPointer } from '../../../../main/core/model/json-pointer';
import { BrowseButton, FORMAT_OPTIONS, SWAGGER, Select, TYPE_OPTIONS, VISIBILITY_OPTIONS, str, useEdit, useFindings } from './shared';
import { DropdownEditor } from './DropdownEditor';
import { SchemaTree } from './SchemaTree';

const LOCATIONS = ['path', 'query', 'header', 'body', 'formData'] as const;

/** "#/parameters/name" -> "/parameters/name" when it is a local shared parameter. */
export function sharedPointer(ref: unknown): string | undefined {
  return typeof ref === 'string' && ref.startsWith('#/parameters/') ? ref.slice(1) : undefined;
}

export function ParametersEditor({ opPointer, swagger }: { opPointer: string; swagger: unknown }) {
  const applyFix = useStudio((s) => s.applyFix);
  const [open, setOpen] = useState<string | null>(null);
  const target = useStudio((s) => s.focusTarget);
  // A clicked finding about a parameter opens that parameter.
  useEffect(() => {
    if (!target || target.file !== SWAGGER || !target.path.startsWith(opPointer + '/parameters/')) return;
    setOpen(target.path.split('/').slice(0, parsePointer(opPointer).length + 3).join('/'));
  }, [target, opPointer]);
  const [location, setLocation] = useState<(typeof LOCATIONS)[number]>('query');
  // Stable callbacks: the memoised rows re-render only when their own parameter changes.
  const toggle = useCallback((pointer: string) => setOpen((current) => (current === pointer ? null : pointer)), []);
  const remove = useCallback((pointer: string) => applyFix({ label: 'Remove parameter', edits: [{ file: SWAGGER, path: pointer, remove: true }] }), [applyFix]);
  const list = getAt(swagger, opPointer + '/parameters');
  const params = Array.isArray(list) ? list : [];
  const hasBody = params.some((p) => isObject(p) && p.in === 'body');
  const add = () => {
    const names = new Set(params.map((p) => (isObject(p) ? p.name : undefined)));
    let name = location === 'body' ? 'body' : `${location}Param`;
    for (let n = 2; names.has(name); n++) name = `${location}Param${n}`;
    const param = location === 'body'
      ? { name, in: 'body', required: true, schema: { type: 'object', properties: {} } }
      : { name, in: location, required: location === 'path', type: 'string', 'x-ms-summary': name, description: '' };
    const edits = Array.isArray(list)
      ? [{ file: SWAGGER, path: `${opPointer}/parameters/${params.length}`, value: param, insert: true }]
      : [{ file: SWAGGER, path: `${opPointer}/parameters`, value: [param] }];
    applyFix({ label: `Add ${location} parameter`, edits });
    setOpen(`${opPointer}/parameters/${params.length}`);
  };
  return (
    <div data-testid="parameters">
      {params.length === 0 && <p className="card-hint">No parameters. Import a sample request or add them one by one.</p>}
      <ul className="def-params">
        {params.map((param, index) => {
          const pointer = `${opPointer}/parameters/${index}`;
          const shared = isObject(param) ? sharedPointer(param.$ref) : undefined;
          const target = shared ?? pointer;
          const value = getAt(swagger, target);
          return (
            <ParameterRow key={pointer} pointer={pointer} target={target} shared={shared} param={isObject(value) ? value : NO_PARAM}
              expanded={open === pointer} onToggle={toggle} onRemove={remove} swagger={swagger} />
          );
        })}
      </ul>
      <div className="def-add-row">
        <Select label="Parameter location" testId="param-location" value={location} options={LOCATIONS.filter((l) => l !== 'body' || !hasBody)} onChange={(v) => setLocation(v as (typeof LOCATIONS)[number])} />
        <button type="button" className="button" onClick={add} data-testid="param-add">Add parameter</button>
      </div>
    </div>
  );
}

interface RowProps {
  pointer: string;
  target: string;
  shared?: string;
  param: JsonObject;
  expanded: boolean;
  onToggle(pointer: string): void;
  onRemove(pointer: string): void;
  swagger: unknown;
}

const NO_PARAM: JsonObject = {};

/**
 * A collapsed row shows only its parameter (the same object while it is not edited: the parse cache keeps unchanged
 * values identical between versions), so it skips re-rendering when another field is typed into; an expanded one
 * also follows the whole definition (its schema tree and dropdown read other parts of it).
 */
const ParameterRow = memo(ParameterRowView, (a, b) =>
  a.pointer === b.pointer && a.target === b.target && a.shared === b.shared && a.param === b.param && a.expanded === b.expanded &&
  a.onToggle === b.onToggle && a.onRemove === b.onRemove && (!b.expanded || a.swagger === b.swagger));

function ParameterRowView({ pointer, target, shared, param, expanded, onToggle, onRemove, swagger }: RowProps) {
  const findings = useFindings(SWAGGER, pointer);
  const sharedFindings = useFindings(SWAGGER, target);
  const all = shared ? [...findings, ...sharedFindings] : findings;
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return (
    <li className={`def-param ${expanded ? 'open' : ''}`} data-pointer={`${SWAGGER}#${pointer}`} data-testid="param-row" data-param-name={str(param.name)}>
      <div className="def-param-head">
        <BrowseButton className="def-param-toggle" onClick={() => onToggle(pointer)} expanded={expanded} testId="param-toggle">
          <span className="chip">{str(param.in) || '?'}</span>
          <code>{str(param.name) || '(unnamed)'}</code>
          <span className="muted">{str(param['x-ms-summary'])}</span>
          {param.required === true && <span className="def-required">required</span>}
          {shared && <span className="chip">shared</span>}
          {errors > 0 && <span className="count error">{errors}</span>}
          {warnings > 0 && <span className="count warning">{warnings}</span>}
        </BrowseButton>
        <button type="button" className="icon-button" aria-label="Remove parameter" title="Remove from this operation" onClick={() => onRemove(pointer)} data-testid="param-remove">✕</button>
      </div>
      {expanded && (
        <div className="def-param-body">
          {shared && <p className="def-note">Shared parameter <code>{shared.split('/').pop()}</code> (References): changes here apply to every operation that uses it.</p>}
          <ParameterForm pointer={target} param={param} swagger={swagger} />
        </div>
      )}
    </li>
  );
}

export function ParameterForm({ pointer, param, swagger }: { pointer: string; param: JsonObject; swagger: unknown }) {
  const { set, setOptional } = useEdit();
  const f = (key: string) => `${SWAGGER}#${pointer}/${key}`;
  const fName = useFindings(SWAGGER, pointer + '/name');
  const fSummary = useFindings(SWAGGER, pointer + '/x-ms-summary');
  const fDescription = useFindings(SWAGGER, pointer + '/description');
  const fOwn = useFindings(SWAGGER, pointer, true);
  const fVisibility = useFindings(SWAGGER, pointer + '/x-ms-visibility');
  const isBody = param.in === 'body';
  return (
    <>
      <InlineFindings findings={fOwn} />
      <div className="def-grid">
        <Field label="Name" pointer={f('name')} findings={fName} hint={isBody ? undefined : 'The name the API expects.'}>
          {(id) => <TextInput id={id} testId="param-name" value={str(param.name)} onValue={(v) => set(pointer + '/name', v, 'Edit parameter name')} />}
        </Field>
        <Field label="Summary (x-ms-summary)" pointer={f('x-ms-summary')} findings={fSummary} hint="The label people see.">
          {(id) => <TextInput id={id} testId="param-summary" value={str(param['x-ms-summary'])} onValue={(v) => setOptional(pointer + '/x-ms-summary', v, 'Edit parameter summary')} />}
        </Field>
      </div>
      <Field label="Description" pointer={f('description')} findings={fDescription}>
        {(id) => <TextArea id={id} rows={2} testId="param-description" value={str(param.description)} onValue={(v) => set(pointer + '/description', v, 'Edit parameter description')} />}
      </Field>
      <div className="def-grid four">
        {!isBody && (
          <>
            <Field label="In" pointer={f('in')}>
              {(id) => <Select id={id} testId="param-in" value={str(param.in)} options={[...new Set(['path', 'query', 'header', 'formData', str(param.in)])]}
                onChange={(v) => set(pointer + '/in', v, 'Edit parameter location')} />}
            </Field>
            <Field label="Type" pointer={f('type')}>
              {(id) => <Select id={id} testId="param-type" value={str(param.type)} options={['', ...TYPE_OPTIONS].map((t) => ({ value: t, label: t || '(none)' }))} onChange={(v) => setOptional(pointer + '/type', v, 'Edit parameter type')} />}
            </Field>
            <Field label="Format" pointer={f('format')}>
              {(id) => <Select id={id} value={str(param.format)} options={FORMAT_OPTIONS.includes(str(param.format)) ? FORMAT_OPTIONS : [...FORMAT_OPTIONS, str(param.format)]} onChange={(v) => setOptional(pointer + '/format', v, 'Edit parameter format')} />}
            </Field>
            <Field label="Default" pointer={f('default')}>
              {(id) => <TextInput id={id} testId="param-default" value={str(param.default)} onValue={(v) => set(pointer + '/default', v === '' ? undefined : typedDefault(v, param.type), 'Edit default')} />}
            </Field>
          </>
        )}
        <Field label="Visibility" pointer={f('x-ms-visibility')} findings={fVisibility}>
          {(id) => <Select id={id} testId="param-visibility" value={str(param['x-ms-visibility'])} options={VISIBILITY_OPTIONS} onChange={(v) => setOptional(pointer + '/x-ms-visibility', v, 'Edit parameter visibility')} />}
        </Field>
      </div>
      <Checkbox label="Required" testId="param-required" checked={param.required === true} onChange={(v) => set(pointer + '/required', v, 'Edit required')} />
      {isBody ? (
        <div className="def-subsection">
          <h3>Body schema</h3>
          <SchemaTree pointer={pointer + '/schema'} swagger={swagger} />
        </div>
      ) : (
        <DropdownEditor pointer={pointer} target={param} swagger={swagger} ownParameters={siblingNames(swagger, pointer)} />
      )}
    </>
  );
}

function typedDefault(text: string, type: unknown): unknown {
  if ((type === 'integer' || type === 'number') && text.trim() !== '' && !Number.isNaN(Number(text))) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** Names of the other parameters of the operation that holds `pointer` (for dynamic dropdown mappings). */
function siblingNames(swagger: unknown, pointer: string): string[] {
  const segments = parsePointer(pointer);
  if (segments[0] !== 'paths') return [];
  const list = getAt(swagger, toPointer(segments.slice(0, 4)));
  return Array.isArray(list) ? list.flatMap((p) => (isObject(p) && typeof p.name === 'string' ? [p.name] : [])) : [];
}
