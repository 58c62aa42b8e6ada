/** The right column for one operation: General, request line, Request (parameters, body) and Responses. */
import { useState } from 'react';
import { useStudio } from '../../../store';
import { Field } from '../../../components/Field';
import { Checkbox, TextArea, TextInput } from '../../../components/inputs';
import { HTTP_METHODS, isObject, listOperations, type HttpMethod, type OperationRef } from '../../../../main/core/model/operations';
import { getAt } from '../../../../main/core/model/json-pointer';
import { renameOperation, moveOperation, duplicateOperation, deleteOperation } from '../../../document/definition/operation-edits';
import { moveOperationText } from '../../../document/definition/reorder';
import { SWAGGER, Section, Select, VISIBILITY_OPTIONS, str, useDocuments, useEdit, useFindings } from './shared';
import { useCompound } from './useCompound';
import { ParametersEditor } from './ParametersEditor';
import { ResponsesEditor } from './ResponsesEditor';
import { ImportSampleDialog } from './ImportSampleDialog';
import { SchemaTree } from './SchemaTree';

interface Props {
  op: OperationRef;
  onSelect(pointer: string | null): void;
}

export function OperationEditor({ op, onSelect }: Props) {
  const { swagger, properties, swaggerText } = useDocuments();
  const applyFix = useStudio((s) => s.applyFix);
  const commitTexts = useStudio((s) => s.commitTexts);
  const toast = useStudio((s) => s.toast);
  const [importing, setImporting] = useState(false);
  const p = op.pointer;
  const label = op.operationId ?? `${op.method.toUpperCase()} ${op.path}`;

  const duplicate = () => {
    const result = duplicateOperation(swagger, p);
    if (!result) return;
    applyFix({ label: `Duplicate ${label}`, edits: result.edits });
    onSelect(result.pointer);
  };
  const remove = () => {
    applyFix({ label: `Delete ${label}`, edits: deleteOperation(swagger, p) });
    onSelect(null);
    toast('info', `Deleted ${label}. Undo (Ctrl+Z) brings it back.`);
  };
  const move = (delta: -1 | 1) => {
    // Among the operations of its own list (actions or triggers), as Alt+arrows and drag and drop move it.
    const next = moveOperationText(swaggerText, swagger, p, delta, listOperations(swagger).filter((o) => o.isTrigger === op.isTrigger));
    if (next !== undefined) commitTexts({ [SWAGGER]: next }, `Move ${label}`);
  };

  return (
    <div className="def-editor" data-testid="operation-editor">
      <div className="def-editor-head">
        <span className={`method ${op.method}`}>{op.method.toUpperCase()}</span>
        <code className="def-editor-path">{op.path}</code>
        <div className="row-actions">
          <button type="button" className="button" onClick={() => setImporting(true)} data-testid="import-sample">Import from sample</button>
          <button type="button" className="icon-button" title="Move up" aria-label="Move up" onClick={() => move(-1)} data-testid="operation-up">↑</button>
          <button type="button" className="icon-button" title="Move down" aria-label="Move down" onClick={() => move(1)} data-testid="operation-down">↓</button>
          <button type="button" className="button" onClick={duplicate} data-testid="operation-duplicate">Duplicate</button>
          <button type="button" className="button danger" onClick={remove} data-testid="operation-delete">Delete</button>
        </div>
      </div>
      <GeneralSection op={op} swagger={swagger} properties={properties} onSelect={onSelect} />
      <Section title="Request" testId="request-section">
        <ParametersEditor opPointer={p} swagger={swagger} />
      </Section>
      <ResponsesEditor opPointer={p} swagger={swagger} />
      {op.isTrigger && <NotificationContent op={op} swagger={swagger} />}
      {importing && <ImportSampleDialog opPointer={p} onClose={(pointer) => { setImporting(false); if (pointer) onSelect(pointer); }} />}
    </div>
  );
}

function GeneralSection({ op, swagger, properties, onSelect }: { op: OperationRef; swagger: unknown; properties: unknown; onSelect(p: string): void }) {
  const p = op.pointer;
  const { set, setOptional } = useEdit();
  const compound = useCompound();
  const o = op.operation;
  const summary = str(o.summary);
  const annotation = isObject(o['x-ms-api-annotation']) ? o['x-ms-api-annotation'] : undefined;
  const fSummary = useFindings(SWAGGER, p + '/summary');
  const fDescription = useFindings(SWAGGER, p + '/description');
  const fId = useFindings(SWAGGER, p + '/operationId');
  const fVisibility = useFindings(SWAGGER, p + '/x-ms-visibility');
  const fAnnotation = useFindings(SWAGGER, p + '/x-ms-api-annotation');
  const fTrigger = useFindings(SWAGGER, p + '/x-ms-trigger');
  return (
    <Section title="General" testId="general-section">
      <RequestLine op={op} swagger={swagger} onSelect={onSelect} />
      <div className="def-grid">
        <Field label="Summary" pointer={`${SWAGGER}#${p}/summary`} findings={fSummary} counter={{ length: summary.length, max: 80 }}
          hint={op.isTrigger ? 'Triggers start with "When …".' : 'Sentence case, shown as the action name.'}>
          {(id) => <TextInput id={id} testId="op-summary" value={summary} onValue={(v) => set(p + '/summary', v, 'Edit summary')} />}
        </Field>
        <Field label="Operation ID" pointer={`${SWAGGER}#${p}/operationId`} findings={fId} hint="Unique. Renaming updates dynamic dropdowns, policies and scriptOperations that use it.">
          {(id) => <TextInput id={id} testId="op-id" value={str(o.operationId)}
            onValue={(v) => compound(renameOperation(swagger, properties, p, v), 'Rename operation', p + '/operationId')} />}
        </Field>
      </div>
      <Field label="Description" pointer={`${SWAGGER}#${p}/description`} findings={fDescription}>
        {(id) => <TextArea id={id} rows={2} testId="op-description" value={str(o.description)} onValue={(v) => set(p + '/description', v, 'Edit description')} />}
      </Field>
      <div className="def-grid three">
        <Field label="Visibility" pointer={`${SWAGGER}#${p}/x-ms-visibility`} findings={fVisibility}>
          {(id) => <Select id={id} testId="op-visibility" value={str(o['x-ms-visibility'])} options={VISIBILITY_OPTIONS} onChange={(v) => setOptional(p + '/x-ms-visibility', v, 'Edit visibility')} />}
        </Field>
        {op.isTrigger && (
          <Field label="Trigger type" pointer={`${SWAGGER}#${p}/x-ms-trigger`} findings={fTrigger}>
            {(id) => <Select id={id} value={str(o['x-ms-trigger'])} options={['single', 'batch']} onChange={(v) => set(p + '/x-ms-trigger', v, 'Edit trigger type')} />}
          </Field>
        )}
        <Field label="Deprecated" pointer={`${SWAGGER}#${p}/deprecated`}>
          {(id) => <Checkbox id={id} label="Deprecated" checked={o.deprecated === true} onChange={(v) => set(p + '/deprecated', v ? true : undefined, 'Edit deprecated')} />}
        </Field>
      </div>
      {op.isTrigger && (
        <div className="def-grid">
          <Field label="Trigger hint" pointer={`${SWAGGER}#${p}/x-ms-trigger-hint`}>
            {(id) => <TextInput id={id} value={str(o['x-ms-trigger-hint'])} onValue={(v) => setOptional(p + '/x-ms-trigger-hint', v, 'Edit trigger hint')} />}
          </Field>
          <Field label="Polling" pointer={`${SWAGGER}#${p}/x-ms-trigger-metadata`} hint="x-ms-trigger-metadata {kind: query, mode: polling}">
            {(id) => <Checkbox id={id} label="Polling trigger (x-ms-trigger-metadata)" checked={isObject(o['x-ms-trigger-metadata'])}
              onChange={(v) => set(p + '/x-ms-trigger-metadata', v ? { kind: 'query', mode: 'polling' } : undefined, 'Edit trigger metadata')} />}
          </Field>
        </div>
      )}
      <fieldset className="def-fieldset" data-pointer={`${SWAGGER}#${p}/x-ms-api-annotation`}>
        <legend>Annotations (x-ms-api-annotation)</legend>
        <div className="def-grid three">
          <Field label="Family" findings={fAnnotation}>
            {(id) => <TextInput id={id} value={str(annotation?.family)} onValue={(v) => setOptional(p + '/x-ms-api-annotation/family', v, 'Edit annotation family')} />}
          </Field>
          <Field label="Revision">
            {(id) => <TextInput id={id} type="number" min={1} value={str(annotation?.revision)}
              onValue={(v) => set(p + '/x-ms-api-annotation/revision', v === '' ? undefined : Number(v), 'Edit annotation revision')} />}
          </Field>
          <Field label="Status">
            {(id) => <Select id={id} value={str(annotation?.status)} options={['', 'Production', 'Preview']} onChange={(v) => setOptional(p + '/x-ms-api-annotation/status', v, 'Edit annotation status')} />}
          </Field>
        </div>
      </fieldset>
    </Section>
  );
}

/** Verb and path: applied on Enter or when the field loses focus (the operation moves to its new key). */
function RequestLine({ op, swagger, onSelect }: { op: OperationRef; swagger: unknown; onSelect(p: string): void }) {
  const applyFix = useStudio((s) => s.applyFix);
  const toast = useStudio((s) => s.toast);
  const [draft, setDraft] = useState<{ key: string; path: string } | null>(null);
  const path = draft?.key === op.pointer ? draft.path : op.path;
  const apply = (method: HttpMethod, nextPath: string) => {
    setDraft(null);
    if (method === op.method && nextPath === op.path) return;
    if (!nextPath.startsWith('/')) nextPath = '/' + nextPath;
    const moved = moveOperation(swagger, op.pointer, nextPath, method);
    if (!moved) {
      toast('error', `${method.toUpperCase()} ${nextPath} already exists.`);
      return;
    }
    applyFix({ label: 'Change request line', edits: moved.edits });
    onSelect(moved.pointer);
  };
  const pathParams = getAt(swagger, op.pointer + '/parameters');
  const count = Array.isArray(pathParams) ? pathParams.length : 0;
  return (
    <div className="def-request-line" data-pointer={`${SWAGGER}#${op.pointer}`}>
      <Select label="Verb" testId="op-method" value={op.method} options={HTTP_METHODS.map((m) => ({ value: m, label: m.toUpperCase() }))} onChange={(m) => apply(m as HttpMethod, path)} />
      <TextInput aria-label="Path" testId="op-path" value={path} onValue={(v) => setDraft({ key: op.pointer, path: v })}
        onBlur={() => apply(op.method, path)} onKeyDown={(e) => e.key === 'Enter' && apply(op.method, path)} />
      <span className="muted def-small def-param-count">{count} parameter{count === 1 ? '' : 's'}</span>
    </div>
  );
}

/** Webhook triggers: the payload the service posts (x-ms-notification-content on the path item). */
function NotificationContent({ op, swagger }: { op: OperationRef; swagger: unknown }) {
  const { set } = useEdit();
  const pointer = op.pointer.slice(0, op.pointer.lastIndexOf('/')) + '/x-ms-notification-content';
  const content = getAt(swagger, pointer);
  const findings = useFindings(SWAGGER, pointer, true);
  if (!isObject(content)) {
    if (op.method !== 'post') return null;
    return (
      <Section title="Webhook payload" testId="notification-content">
        <p className="card-hint">No x-ms-notification-content: the trigger's outputs will be untyped.</p>
        <button type="button" className="button" onClick={() => set(pointer, { description: 'Webhook payload', schema: { type: 'object', properties: {} } }, 'Add webhook payload')}>Add payload schema</button>
      </Section>
    );
  }
  return (
    <Section title={<>Webhook payload <span className="group-count">x-ms-notification-content</span></>} testId="notification-content">
      <div data-pointer={`${SWAGGER}#${pointer}`}>
        <Field label="Description" findings={findings}>
          {(id) => <TextInput id={id} value={str(content.description)} onValue={(v) => set(pointer + '/description', v, 'Edit payload description')} />}
        </Field>
        <SchemaTree pointer={pointer + '/schema'} swagger={swagger} />
      </div>
    </Section>
  );
}
