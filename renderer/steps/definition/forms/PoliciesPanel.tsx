/**
 * Policies (apiProperties policyTemplateInstances): create and edit instances of every template, choose the
 * operations they apply to (x-ms-apimTemplate-operationName), insert @connectionParameters('…') and
 * @environmentVariables("…") into values.
 */
import { useState } from 'react';
import { useStudio } from '../../../store';
import { Field } from '../../../components/Field';
import { InlineFindings } from '../../../components/FindingBadge';
import { TextArea, TextInput } from '../../../components/inputs';
import { isObject } from '../../../../main/core/model/operations';
import { operationIdsOf } from '../../../document/operations-view';
import { escapeSegment, getAt } from '../../../../main/core/model/json-pointer';
import {
  OPERATION_NAMES, PARAMETER_PREFIX, POLICIES_POINTER, POLICY_SECTION, POLICY_TEMPLATES, addPolicyEdits, connectionParameterExpression,
  environmentVariableExpression, newPolicy, policyList, templateInfo,
} from '../../../document/definition/policy-templates';
import { indexAfterMove, movePolicyNear } from '../../../document/definition/reorder';
import { PROPERTIES, Select, str, useDocuments, useEdit, useFindings } from './shared';
import { rowProps, useReorder } from './useReorder';

/** Moves a policy to another place in the list as one undo step; returns its new index. */
function useMovePolicy() {
  const commitTexts = useStudio((s) => s.commitTexts);
  return (from: number, target: number, place: 'before' | 'after'): number | undefined => {
    const moved = movePolicyNear(useStudio.getState().project?.files[PROPERTIES]?.text ?? '', from, target, place);
    if (!moved) return undefined;
    commitTexts({ [PROPERTIES]: moved.text }, 'Move policy');
    return moved.index;
  };
}

function operationsLabel(policy: Record<string, unknown>): string {
  const names = getAt(policy, ['parameters', OPERATION_NAMES]);
  if (!Array.isArray(names)) return 'all operations';
  return names.length === 1 ? `1 operation` : `${names.length} operations`;
}

export function PolicyListItems({ properties, selected, onSelect, query, readOnly }: { properties: unknown; selected: number | null; onSelect(i: number): void; query: string; readOnly: boolean }) {
  const list = policyList(properties);
  const q = query.trim().toLowerCase();
  const rows = list.map((p, i) => ({ i, p: isObject(p) ? p : {} })).filter(({ p }) => !q || `${str(p.title)} ${str(p.templateId)}`.toLowerCase().includes(q));
  const move = useMovePolicy();
  // Selection follows the list: the moved policy, or the selected one it jumped over.
  const moveAndFollow = (from: number, target: number, place: 'before' | 'after') => {
    const to = move(from, target, place);
    if (to !== undefined && selected !== null) onSelect(indexAfterMove(selected, from, to));
    return to === undefined ? undefined : String(to);
  };
  const { drag, handlers } = useReorder({
    keys: rows.map((r) => String(r.i)),
    enabled: !readOnly,
    onMove: (from, to, place) => moveAndFollow(Number(from), Number(to), place) ?? from,
    onStep: (key, delta) => {
      const at = rows.findIndex((r) => String(r.i) === key);
      const neighbour = rows[at + delta];
      return neighbour ? moveAndFollow(Number(key), neighbour.i, delta < 0 ? 'before' : 'after') : key;
    },
  });
  if (rows.length === 0) return <p className="card-hint def-empty">{list.length ? 'No match.' : 'No policies yet.'}</p>;
  return (
    <ul className="def-list" data-testid="policies-list">
      {rows.map(({ i, p }) => (
        <li key={i} {...rowProps(String(i), handlers, drag, !readOnly)}>
          <button type="button" className={`def-row ${selected === i ? 'active' : ''}`} onClick={() => onSelect(i)} data-testid="policy-row" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" data-title={str(p.title)}>
            <span className="def-row-text">
              <span className="def-row-title">{str(p.title) || '(untitled)'}</span>
              <span className="def-row-sub">{str(p.templateId)} · {operationsLabel(p)}</span>
            </span>
            {!readOnly && <span className="def-grip" aria-hidden="true" title="Drag to reorder, or Alt+↑ / Alt+↓">⠿</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function NewPolicyForm({ onCreated }: { onCreated(index: number): void }) {
  const { properties } = useDocuments();
  const applyFix = useStudio((s) => s.applyFix);
  const [templateId, setTemplateId] = useState('setheader');
  const [title, setTitle] = useState('');
  const create = () => {
    const info = templateInfo(templateId);
    const { edits, index } = addPolicyEdits(properties, newPolicy(templateId, title.trim() || info?.title || templateId));
    applyFix({ label: `New ${templateId} policy`, edits });
    setTitle('');
    onCreated(index);
  };
  return (
    <div className="def-new-policy" data-testid="new-policy">
      <Select label="Policy template" testId="policy-template" value={templateId} onChange={setTemplateId}
        options={POLICY_TEMPLATES.map((t) => ({ value: t.id, label: `${t.title} (${t.id})${t.unschematised ? ' *' : ''}` }))} />
      <TextInput aria-label="Policy name" placeholder="Name" value={title} onValue={setTitle} testId="policy-title-new" />
      <button type="button" className="button primary" onClick={create} data-testid="policy-create">New policy</button>
    </div>
  );
}

export function PolicyEditor({ index, onDeleted, onMoved }: { index: number; onDeleted(): void; onMoved(index: number): void }) {
  const { swagger, properties } = useDocuments();
  const applyFix = useStudio((s) => s.applyFix);
  const move = useMovePolicy();
  const step = (delta: -1 | 1) => {
    const to = move(index, index + delta, delta < 0 ? 'before' : 'after');
    if (to !== undefined) onMoved(to);
  };
  const { set } = useEdit(PROPERTIES);
  const pointer = `${POLICIES_POINTER}/${index}`;
  const fAll = useFindings(PROPERTIES, pointer);
  const value = getAt(properties, pointer);
  if (!isObject(value)) return <p className="card-hint">This policy no longer exists.</p>;
  const policy = value;
  const info = templateInfo(policy.templateId);
  const params = isObject(policy.parameters) ? policy.parameters : {};
  const pp = (key: string) => `${pointer}/parameters/${escapeSegment(key)}`;
  const known = new Set([...(info?.parameters ?? []).map((p) => PARAMETER_PREFIX + p.name), OPERATION_NAMES, POLICY_SECTION]);
  const extra = Object.keys(params).filter((k) => !known.has(k));
  const connectionNames = connectionParameterNames(properties);
  return (
    <div className="def-editor" data-testid="policy-editor" data-pointer={`${PROPERTIES}#${pointer}`}>
      <section className="card def-section">
        <div className="def-section-head">
          <h2>{info?.title ?? str(policy.templateId)} <span className="group-count">{str(policy.templateId)}</span></h2>
          <div className="row-actions">
            <button type="button" className="icon-button" title="Move up" aria-label="Move up" onClick={() => step(-1)} data-testid="policy-up">↑</button>
            <button type="button" className="icon-button" title="Move down" aria-label="Move down" onClick={() => step(1)} data-testid="policy-down">↓</button>
            <button type="button" className="button danger" data-testid="policy-delete"
              onClick={() => { applyFix({ label: 'Delete policy', edits: [{ file: PROPERTIES, path: pointer, remove: true }] }); onDeleted(); }}>Delete</button>
          </div>
        </div>
        {info && <p className="card-hint">{info.description}</p>}
        <InlineFindings findings={fAll.filter((f) => f.path === pointer)} />
        <div className="def-grid">
          <Field label="Name" pointer={`${PROPERTIES}#${pointer}/title`}>
            {(id) => <TextInput id={id} testId="policy-title" value={str(policy.title)} onValue={(v) => set(pointer + '/title', v, 'Edit policy name')} />}
          </Field>
          {info?.sections && (
            <Field label="Applies to" pointer={`${PROPERTIES}#${pp(POLICY_SECTION)}`} findings={fAll.filter((f) => f.path === pp(POLICY_SECTION))}>
              {(id) => <Select id={id} value={str(params[POLICY_SECTION])} options={[...new Set(['', ...info.sections!, str(params[POLICY_SECTION])])].map((s) => ({ value: s, label: s || '(default)' }))}
                onChange={(v) => set(pp(POLICY_SECTION), v || undefined, 'Edit policy section')} />}
            </Field>
          )}
        </div>
        {(info?.parameters ?? []).map((p) => {
          const key = PARAMETER_PREFIX + p.name;
          const current = params[key];
          const findings = fAll.filter((f) => f.path === pp(key) || f.path.startsWith(pp(key) + '/'));
          return (
            <Field key={key} label={`${p.label}${p.required ? '' : ' (optional)'}`} pointer={`${PROPERTIES}#${pp(key)}`} findings={findings} hint={p.hint}>
              {(id) => p.object ? (
                <JsonObjectInput id={id} value={current} onValue={(v) => set(pp(key), v, `Edit ${p.label}`)} />
              ) : p.options ? (
                <Select id={id} value={str(current)} options={[...new Set([p.required ? p.options[0] : '', ...p.options, str(current)])].map((o) => ({ value: o, label: o || '(not set)' }))}
                  onChange={(v) => set(pp(key), v || undefined, `Edit ${p.label}`)} />
              ) : (
                <ExpressionInput id={id} testId={`policy-param-${p.name}`} value={str(current)} connectionNames={connectionNames} onValue={(v) => set(pp(key), v, `Edit ${p.label}`)} />
              )}
            </Field>
          );
        })}
        {extra.map((key) => (
          <Field key={key} label={key.replace(PARAMETER_PREFIX, '')} pointer={`${PROPERTIES}#${pp(key)}`} hint={info ? 'Not a parameter of this template: kept as it is.' : 'Free-form parameter.'}>
            {(id) => typeof params[key] === 'string'
              ? <ExpressionInput id={id} value={str(params[key])} connectionNames={connectionNames} onValue={(v) => set(pp(key), v, 'Edit policy parameter')} />
              : <JsonObjectInput id={id} value={params[key]} onValue={(v) => set(pp(key), v, 'Edit policy parameter')} />}
          </Field>
        ))}
        {!info?.parameters.length && <AddFreeParameter onAdd={(name) => set(pp(PARAMETER_PREFIX + name), '', 'Add policy parameter')} />}
      </section>
      <OperationsPicker swagger={swagger} pointer={pp(OPERATION_NAMES)} value={params[OPERATION_NAMES]} findings={fAll.filter((f) => f.path.startsWith(pp(OPERATION_NAMES)))} />
    </div>
  );
}

/** Connection parameter names (including those of connectionParameterSets) for @connectionParameters('…'). */
export function connectionParameterNames(properties: unknown): string[] {
  const names = new Set<string>();
  const params = getAt(properties, '/properties/connectionParameters');
  if (isObject(params)) Object.keys(params).forEach((n) => names.add(n));
  const sets = getAt(properties, '/properties/connectionParameterSets/values');
  if (Array.isArray(sets)) for (const s of sets) if (isObject(s) && isObject(s.parameters)) Object.keys(s.parameters).forEach((n) => names.add(n));
  return [...names];
}

function ExpressionInput({ id, value, onValue, connectionNames, testId }: { id: string; value: string; onValue(v: string): void; connectionNames: string[]; testId?: string }) {
  const insert = (choice: string) => {
    if (!choice) return;
    onValue(value + (choice === '@env' ? environmentVariableExpression('variableName') : connectionParameterExpression(choice)));
  };
  return (
    <div className="def-expression">
      <TextInput id={id} testId={testId} value={value} onValue={onValue} />
      <Select label="Insert" testId={testId ? `${testId}-insert` : undefined} value="" onChange={insert}
        options={[{ value: '', label: 'Insert…' }, ...connectionNames.map((n) => ({ value: n, label: `@connectionParameters('${n}')` })), { value: '@env', label: '@environmentVariables("…")' }]} />
    </div>
  );
}

function JsonObjectInput({ id, value, onValue }: { id: string; value: unknown; onValue(v: unknown): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [bad, setBad] = useState(false);
  const text = draft ?? JSON.stringify(value ?? {}, null, 2);
  return (
    <TextArea id={id} rows={3} value={text} invalid={bad}
      onValue={(v) => {
        setDraft(v);
        try {
          onValue(JSON.parse(v));
          setBad(false);
        } catch {
          setBad(true);
        }
      }}
      onBlur={() => { if (!bad) setDraft(null); }} />
  );
}

function AddFreeParameter({ onAdd }: { onAdd(name: string): void }) {
  const [name, setName] = useState('');
  return (
    <div className="def-add-row">
      <TextInput aria-label="Parameter name" placeholder="Parameter name (without x-ms-apimTemplateParameter.)" value={name} onValue={setName} />
      <button type="button" className="button" onClick={() => { if (name.trim()) { onAdd(name.trim()); setName(''); } }}>Add parameter</button>
    </div>
  );
}

function OperationsPicker({ swagger, pointer, value, findings }: { swagger: unknown; pointer: string; value: unknown; findings: ReturnType<typeof useFindings> }) {
  const { set } = useEdit(PROPERTIES);
  const [filter, setFilter] = useState('');
  const ids = operationIdsOf(swagger);
  const chosen = Array.isArray(value) ? value.map(str) : null;
  const q = filter.trim().toLowerCase();
  const missing = (chosen ?? []).filter((id) => !ids.includes(id));
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...(chosen ?? []), id] : (chosen ?? []).filter((c) => c !== id);
    set(pointer, next, 'Edit policy operations');
  };
  return (
    <section className="card def-section" data-pointer={`${PROPERTIES}#${pointer}`} data-testid="policy-operations">
      <div className="def-section-head">
        <h2>Operations <span className="group-count">{chosen ? `${chosen.length} selected` : 'all'}</span></h2>
        <div className="row-actions">
          <label className="checkbox"><input type="checkbox" checked={chosen === null} data-testid="policy-all-operations" onChange={(e) => set(pointer, e.target.checked ? undefined : [], 'Edit policy operations')} /><span>All operations</span></label>
        </div>
      </div>
      <InlineFindings findings={findings} />
      {chosen !== null && (
        <>
          <TextInput aria-label="Filter operations" placeholder="Filter operations" value={filter} onValue={setFilter} />
          <ul className="def-checklist">
            {[...missing, ...ids].filter((id) => !q || id.toLowerCase().includes(q)).map((id) => (
              <li key={id}>
                <label className="checkbox"><input type="checkbox" checked={chosen.includes(id)} data-testid={`policy-op-${id}`} onChange={(e) => toggle(id, e.target.checked)} />
                  <span>{id}{!ids.includes(id) && <span className="muted"> (no such operation)</span>}</span></label>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

