/**
 * The body/response schema tree editor: properties with title (x-ms-summary), description, type, visibility,
 * required, nested objects and arrays. A $ref to #/definitions is shown and can be edited in place
 * (edits go to the definition, shared by everyone using it). x-ms-dynamic-schema is shown and kept.
 */
import { useState } from 'react';
import { useStudio } from '../../../store';
import { Field } from '../../../components/Field';
import { TextArea, TextInput } from '../../../components/inputs';
import { InlineFindings } from '../../../components/FindingBadge';
import { isObject, type JsonObject } from '../../../../main/core/model/operations';
import type { DocEdit } from '../../../../main/core/model/findings';
import { escapeSegment, getAt } from '../../../../main/core/model/json-pointer';
import { BrowseButton, FORMAT_OPTIONS, SWAGGER, Select, TYPE_OPTIONS, VISIBILITY_OPTIONS, str, useEdit, useFindings } from './shared';
import { DropdownEditor } from './DropdownEditor';

export function definitionPointer(ref: unknown): string | undefined {
  return typeof ref === 'string' && ref.startsWith('#/definitions/') ? ref.slice(1) : undefined;
}

export function SchemaTree({ pointer, swagger, depth = 0 }: { pointer: string; swagger: unknown; depth?: number }) {
  const applyFix = useStudio((s) => s.applyFix);
  const [inPlace, setInPlace] = useState(false);
  const value = getAt(swagger, pointer);
  const schema = isObject(value) ? value : {};
  const own = useFindings(SWAGGER, pointer, true);
  const ref = definitionPointer(schema.$ref);
  if (ref) {
    return (
      <div className="def-ref" data-pointer={`${SWAGGER}#${pointer}`}>
        <span>Uses shared definition <code>{ref.split('/').pop()}</code> (References).</span>{' '}
        <button type="button" className="link-button" onClick={() => setInPlace(!inPlace)} data-testid="ref-edit-in-place">{inPlace ? 'Hide' : 'Edit here'}</button>
        {inPlace && depth < 6 && <SchemaTree pointer={ref} swagger={swagger} depth={depth + 1} />}
      </div>
    );
  }
  const dynamic = isObject(schema['x-ms-dynamic-schema']) ? schema['x-ms-dynamic-schema'] : isObject(schema['x-ms-dynamic-properties']) ? schema['x-ms-dynamic-properties'] : undefined;
  const type = str(schema.type) || (isObject(schema.properties) ? 'object' : '');
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.map(str) : [];
  const addProperty = () => {
    let name = 'property';
    for (let n = 2; name in properties; n++) name = `property${n}`;
    const edits: DocEdit[] = [{ file: SWAGGER, path: `${pointer}/properties/${escapeSegment(name)}`, value: { type: 'string', 'x-ms-summary': '', description: '' } }];
    if (!type) edits.unshift({ file: SWAGGER, path: `${pointer}/type`, value: 'object' });
    applyFix({ label: 'Add property', edits });
  };
  return (
    <div className="def-tree" data-pointer={`${SWAGGER}#${pointer}`} data-testid="schema-tree">
      <InlineFindings findings={own} />
      {dynamic && (
        <p className="def-note" data-testid="dynamic-schema">
          The schema comes from <code>{schema['x-ms-dynamic-schema'] ? 'x-ms-dynamic-schema' : 'x-ms-dynamic-properties'}</code>
          {typeof dynamic.operationId === 'string' && <> (operation <code>{dynamic.operationId}</code>)</>}: kept as it is.
        </p>
      )}
      {type === 'array' ? (
        <div className="def-items">
          <span className="muted def-small">Items</span>
          <SchemaTree pointer={`${pointer}/items`} swagger={swagger} depth={depth + 1} />
        </div>
      ) : type === 'object' || type === '' ? (
        <>
          <ul className="def-props">
            {Object.entries(properties).map(([name, child]) => (
              <PropertyRow key={name} name={name} pointer={`${pointer}/properties/${escapeSegment(name)}`} parent={pointer}
                schema={isObject(child) ? child : {}} required={required} swagger={swagger} depth={depth} />
            ))}
          </ul>
          <button type="button" className="link-button" onClick={addProperty} data-testid="property-add">+ Add property</button>
        </>
      ) : (
        <span className="muted def-small">A {type} value.</span>
      )}
    </div>
  );
}

function PropertyRow({ name, pointer, parent, schema, required, swagger, depth }: { name: string; pointer: string; parent: string; schema: JsonObject; required: string[]; swagger: unknown; depth: number }) {
  const applyFix = useStudio((s) => s.applyFix);
  const { set, setOptional } = useEdit();
  const [open, setOpen] = useState(false);
  const [rename, setRename] = useState<string | null>(null);
  const findings = useFindings(SWAGGER, pointer);
  const fDescription = useFindings(SWAGGER, pointer + '/description');
  const usesTitle = schema.title !== undefined && schema['x-ms-summary'] === undefined;
  const summaryKey = usesTitle ? 'title' : 'x-ms-summary';
  const type = str(schema.type) || (schema.$ref ? '$ref' : '');
  const nested = type === 'object' || type === 'array' || type === '$ref' || isObject(schema.properties);
  const isRequired = required.includes(name);
  const setRequired = (v: boolean) => {
    const next = v ? [...required, name] : required.filter((r) => r !== name);
    set(`${parent}/required`, next.length ? next : undefined, 'Edit required');
  };
  const applyRename = () => {
    const next = rename?.trim();
    setRename(null);
    if (!next || next === name) return;
    const edits = [
      { file: SWAGGER, path: pointer, remove: true },
      { file: SWAGGER, path: `${parent}/properties/${escapeSegment(next)}`, value: schema },
    ] as const;
    applyFix({
      label: `Rename property ${name}`,
      edits: [...edits, ...(isRequired ? [{ file: SWAGGER, path: `${parent}/required`, value: required.map((r) => (r === name ? next : r)) } as const] : [])],
    });
  };
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <li className="def-prop" data-pointer={`${SWAGGER}#${pointer}`} data-testid="property-row" data-property={name}>
      <div className="def-prop-line">
        <BrowseButton className="def-caret" expanded={open} label={`${open ? 'Collapse' : 'Expand'} ${name}`} onClick={() => setOpen(!open)}>{open ? '▾' : '▸'}</BrowseButton>
        <code className="def-prop-name">{name}</code>
        <TextInput aria-label={`Title of ${name}`} placeholder="Title" value={str(schema[summaryKey])} onValue={(v) => set(`${pointer}/${summaryKey}`, v, 'Edit property title')} />
        <Select label={`Type of ${name}`} value={type} options={[...new Set(['', ...TYPE_OPTIONS.filter((t) => t !== 'file'), type])].map((t) => ({ value: t, label: t || '(any)' }))}
          onChange={(v) => {
            if (v === '$ref') return;
            const edits: DocEdit[] = [{ file: SWAGGER, path: `${pointer}/type`, value: v || undefined, remove: !v }];
            if (v === 'object' && !isObject(schema.properties)) edits.push({ file: SWAGGER, path: `${pointer}/properties`, value: {}, remove: false });
            if (v === 'array' && !isObject(schema.items)) edits.push({ file: SWAGGER, path: `${pointer}/items`, value: { type: 'string' }, remove: false });
            applyFix({ label: 'Edit property type', edits });
          }} />
        <label className="checkbox def-small"><input type="checkbox" checked={isRequired} onChange={(e) => setRequired(e.target.checked)} />required</label>
        {errors > 0 && <span className="count error">{errors}</span>}
        {warnings > 0 && <span className="count warning">{warnings}</span>}
        <button type="button" className="icon-button" aria-label={`Remove ${name}`} onClick={() => applyFix({ label: `Remove property ${name}`, edits: [{ file: SWAGGER, path: pointer, remove: true }, ...(isRequired ? [{ file: SWAGGER, path: `${parent}/required`, value: required.filter((r) => r !== name).length ? required.filter((r) => r !== name) : undefined, remove: required.length === 1 }] as const : [])] })}>✕</button>
      </div>
      {open && (
        <div className="def-prop-body">
          <Field label="Description" pointer={`${SWAGGER}#${pointer}/description`} findings={fDescription}>
            {(id) => <TextArea id={id} rows={2} value={str(schema.description)} onValue={(v) => set(`${pointer}/description`, v, 'Edit property description')} />}
          </Field>
          <div className="def-grid three">
            <Field label="Property name">
              {(id) => <TextInput id={id} value={rename ?? name} onValue={setRename} onBlur={applyRename} onKeyDown={(e) => e.key === 'Enter' && applyRename()} />}
            </Field>
            <Field label="Format">
              {(id) => <Select id={id} value={str(schema.format)} options={[...new Set([...FORMAT_OPTIONS, str(schema.format)])]} onChange={(v) => setOptional(`${pointer}/format`, v, 'Edit format')} />}
            </Field>
            <Field label="Visibility" pointer={`${SWAGGER}#${pointer}/x-ms-visibility`}>
              {(id) => <Select id={id} value={str(schema['x-ms-visibility'])} options={VISIBILITY_OPTIONS} onChange={(v) => setOptional(`${pointer}/x-ms-visibility`, v, 'Edit visibility')} />}
            </Field>
          </div>
          {!nested && <DropdownEditor pointer={pointer} target={schema} swagger={swagger} ownParameters={[]} />}
        </div>
      )}
      {nested && open && depth < 12 && <div className="def-nested"><SchemaTree pointer={pointer} swagger={swagger} depth={depth + 1} /></div>}
    </li>
  );
}
