/** Guided trigger creation: a webhook trigger (Calendly's shape) or a polling trigger (metadata or policy). */
import { useState, type FormEvent } from 'react';
import { useStudio } from '../../../store';
import { pollingTrigger, webhookTrigger } from '../../../document/definition/triggers';
import { Segmented, TextArea, TextInput } from '../../../components/inputs';
import { Select, useDocuments } from './shared';

export function NewTriggerDialog({ onClose }: { onClose(pointer?: string): void }) {
  const { swagger, properties } = useDocuments();
  const applyFix = useStudio((s) => s.applyFix);
  const [kind, setKind] = useState<'webhook' | 'polling'>('webhook');
  const [path, setPath] = useState('/webhooks');
  const [summary, setSummary] = useState('When an item is created');
  const [description, setDescription] = useState('This operation triggers when an item is created.');
  const [cardinality, setCardinality] = useState<'single' | 'batch'>('single');
  const [callback, setCallback] = useState('url');
  const [mechanism, setMechanism] = useState<'metadata' | 'policy'>('metadata');
  const [state, setState] = useState('after');
  const [itemsPath, setItemsPath] = useState('items');

  const switchKind = (next: 'webhook' | 'polling') => {
    setKind(next);
    if (next === 'polling' && path === '/webhooks') setPath('/items/poll');
    if (next === 'webhook' && path === '/items/poll') setPath('/webhooks');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const p = path.startsWith('/') ? path : `/${path}`;
    const created = kind === 'webhook'
      ? webhookTrigger(swagger, { path: p, summary, description, kind: cardinality, callbackProperty: callback.trim() || 'url' })
      : pollingTrigger(swagger, properties, { path: p, summary, description, kind: cardinality, mechanism, stateParameter: state.trim() || 'after', itemsPath });
    applyFix({ label: kind === 'webhook' ? 'New webhook trigger' : 'New polling trigger', edits: created.edits });
    onClose(created.pointer);
  };

  return (
    <div className="modal-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form className="modal def-dialog" role="dialog" aria-modal="true" aria-label="New trigger" data-testid="new-trigger-dialog" onSubmit={submit}>
        <h2>New trigger</h2>
        <Segmented label="Trigger kind" testId="trigger-kind" value={kind} onChange={switchKind}
          options={[{ value: 'webhook', label: 'Webhook' }, { value: 'polling', label: 'Polling' }]} />
        <p className="muted def-small">
          {kind === 'webhook'
            ? 'Creates the subscribe operation (POST, x-ms-trigger, a callback URL property with x-ms-notification-url), the payload schema (x-ms-notification-content) and the internal DELETE "<path>/{id}" the platform calls to unsubscribe. Your API must answer the subscribe call with 201 and a Location header pointing at that DELETE URL.'
            : 'Creates a GET operation the platform calls on a schedule: marked with x-ms-trigger-metadata {kind: query, mode: polling}, or driven by a pollingtrigger policy.'}
        </p>
        <label className="field-label" htmlFor="trigger-path">Path</label>
        <TextInput id="trigger-path" value={path} onValue={setPath} testId="trigger-path" />
        <label className="field-label" htmlFor="trigger-summary">Summary</label>
        <TextInput id="trigger-summary" value={summary} onValue={setSummary} testId="trigger-summary" />
        <label className="field-label" htmlFor="trigger-description">Description</label>
        <TextArea id="trigger-description" rows={2} value={description} onValue={setDescription} testId="trigger-description" />
        <div className="def-grid">
          <div>
            <label className="field-label" htmlFor="trigger-cardinality">Fires for</label>
            <Select id="trigger-cardinality" value={cardinality} onChange={(v) => setCardinality(v as 'single' | 'batch')}
              options={[{ value: 'single', label: 'each item (single)' }, { value: 'batch', label: 'a batch of items (batch)' }]} />
          </div>
          {kind === 'webhook' ? (
            <div>
              <label className="field-label" htmlFor="trigger-callback">Callback URL property</label>
              <TextInput id="trigger-callback" value={callback} onValue={setCallback} testId="trigger-callback" />
            </div>
          ) : (
            <div>
              <label className="field-label" htmlFor="trigger-mechanism">Polling with</label>
              <Select id="trigger-mechanism" value={mechanism} onChange={(v) => setMechanism(v as 'metadata' | 'policy')}
                options={[{ value: 'metadata', label: 'x-ms-trigger-metadata' }, { value: 'policy', label: 'pollingtrigger policy' }]} />
            </div>
          )}
        </div>
        {kind === 'polling' && mechanism === 'policy' && (
          <div className="def-grid">
            <div>
              <label className="field-label" htmlFor="trigger-state">State query parameter</label>
              <TextInput id="trigger-state" value={state} onValue={setState} />
            </div>
            <div>
              <label className="field-label" htmlFor="trigger-items">Items path in the response</label>
              <TextInput id="trigger-items" value={itemsPath} onValue={setItemsPath} />
            </div>
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => onClose()}>Cancel</button>
          <button type="submit" className="button primary" data-testid="trigger-create">Create trigger</button>
        </div>
      </form>
    </div>
  );
}
