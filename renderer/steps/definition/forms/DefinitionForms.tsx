/**
 * The Definition step's forms: the wizard's left list (Actions, Triggers, References, Policies) with search and
 * "New action" / "New trigger", and the editor of what is selected on the right. Selection is by JSON pointer,
 * so a clicked finding opens the operation, reference or policy it is about and focuses the field.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStudio } from '../../../store';
import type { OperationRef } from '../../../../main/core/model/operations';
import { operationsOf } from '../../../document/operations-view';
import { parsePointer } from '../../../../main/core/model/json-pointer';
import { createAction, operationAt } from '../../../document/definition/operation-edits';
import { moveOperationNear, moveOperationText } from '../../../document/definition/reorder';
import { useSwaggerParseState } from '../../../editor/swagger-parse-state';
import { POLICIES_POINTER, policyList } from '../../../document/definition/policy-templates';
import { TextInput } from '../../../components/inputs';
import { SWAGGER, PROPERTIES, useDocuments } from './shared';
import { OperationList } from './OperationList';
import { OperationEditor } from './OperationEditor';
import { NewTriggerDialog } from './NewTriggerDialog';
import { NewPolicyForm, PolicyEditor, PolicyListItems } from './PoliciesPanel';
import { NewDefinitionForm, ReferenceEditor, ReferenceListItems } from './ReferencesPanel';
import { ScriptOperations } from './ScriptOperations';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { useReorder } from './useReorder';
import './last-good-tracker';
import '../../../styles/definition.css';

type Tab = 'actions' | 'triggers' | 'references' | 'policies';

/** The tab and selections, kept while the user looks at the code view and comes back (per project). */
interface Remembered { projectId: string; tab: Tab; op: string | null; ref: string | null; policy: number | null }
let remembered: Remembered | undefined;

export function DefinitionForms() {
  const { swagger, properties } = useDocuments();
  const findings = useStudio((s) => s.findings);
  const applyFix = useStudio((s) => s.applyFix);
  const commitTexts = useStudio((s) => s.commitTexts);
  const parse = useSwaggerParseState();
  // Mid-edit in the code view: the forms show the last version that parsed, and only browsing works.
  const readOnly = parse !== null && !parse.ok;
  const target = useStudio((s) => s.focusTarget);
  const projectId = useStudio((s) => s.project?.id ?? '');
  const kept = remembered?.projectId === projectId ? remembered : undefined;
  const [tab, setTab] = useState<Tab>(kept?.tab ?? 'actions');
  const [query, setQuery] = useState('');
  const [selectedOp, setSelectedOp] = useState<string | null>(kept?.op ?? null);
  const [selectedRef, setSelectedRef] = useState<string | null>(kept?.ref ?? null);
  const [selectedPolicy, setSelectedPolicy] = useState<number | null>(kept?.policy ?? null);
  useEffect(() => {
    remembered = { projectId, tab, op: selectedOp, ref: selectedRef, policy: selectedPolicy };
  }, [projectId, tab, selectedOp, selectedRef, selectedPolicy]);
  const [newTrigger, setNewTrigger] = useState(false);
  const [pendingFocus, setPendingFocus] = useState<{ wanted: string; nonce: number } | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const operations = operationsOf(swagger);
  const errorCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const f of findings) {
      if (f.file !== SWAGGER || f.severity !== 'error') continue;
      const op = operationAt(operations, f.path);
      if (op) counts.set(op.pointer, (counts.get(op.pointer) ?? 0) + 1);
    }
    return counts;
  }, [findings, operations]);
  const q = query.trim().toLowerCase();
  const matches = (op: OperationRef) =>
    !q || `${op.operationId ?? ''} ${typeof op.operation.summary === 'string' ? op.operation.summary : ''} ${op.path} ${op.method}`.toLowerCase().includes(q);
  const actions = operations.filter((o) => !o.isTrigger);
  const triggers = operations.filter((o) => o.isTrigger);
  const current = operations.find((o) => o.pointer === selectedOp);
  const shownOperations = tab === 'triggers' ? triggers.filter(matches) : actions.filter(matches);

  // Reordering the list shown: the operation's path item moves in `paths` (one undo step, one member moved).
  const moveLabel = (pointer: string) => {
    const op = operations.find((o) => o.pointer === pointer);
    return `Move ${op?.operationId ?? (op ? `${op.method.toUpperCase()} ${op.path}` : 'operation')}`;
  };
  const commitSwagger = (next: string | undefined, label: string) => {
    if (next !== undefined) commitTexts({ [SWAGGER]: next }, label);
  };
  const operationDrag = useReorder({
    keys: shownOperations.map((o) => o.pointer),
    enabled: !readOnly,
    canDrop: (from, to) => parsePointer(from)[1] !== parsePointer(to)[1],
    onMove: (from, to, place) => {
      commitSwagger(moveOperationNear(useStudio.getState().project?.files[SWAGGER]?.text ?? '', from, to, place), moveLabel(from));
      return from;
    },
    onStep: (key, delta) => {
      commitSwagger(moveOperationText(useStudio.getState().project?.files[SWAGGER]?.text ?? '', swagger, key, delta, shownOperations), moveLabel(key));
      return key;
    },
  });
  const listReorder = { ...operationDrag, enabled: !readOnly };

  // A clicked finding: open what it is about, then focus the field once it is rendered.
  useEffect(() => {
    if (!target) return;
    if (target.file === SWAGGER) {
      const op = operationAt(operations, target.path);
      if (op) {
        setTab(op.isTrigger ? 'triggers' : 'actions');
        setSelectedOp(op.pointer);
      } else {
        const [group, name] = parsePointer(target.path);
        if ((group === 'definitions' || group === 'parameters' || group === 'responses') && name !== undefined) {
          setTab('references');
          setSelectedRef(target.path.split('/').slice(0, 3).join('/'));
        }
      }
    } else if (target.file === PROPERTIES && target.path.startsWith(POLICIES_POINTER + '/')) {
      setTab('policies');
      setSelectedPolicy(Number(parsePointer(target.path)[2]));
    }
    setPendingFocus({ wanted: `${target.file}#${target.path}`, nonce: target.nonce });
    // Only a new target (nonce) re-runs this; selection changes must not.
  }, [target?.nonce]);
  useEffect(() => {
    if (!pendingFocus || !root.current) return;
    const container = root.current;
    // After the editors' own effects (a parameter row expanding for the finding) have rendered.
    const wanted = pendingFocus.wanted;
    // Editors open what the finding is about in their own effects (a parameter row expands): wait a few frames
    // for the exact field before settling for the closest one.
    let tries = 0;
    const attempt = () => {
      if (!focusBest(container, wanted, ++tries >= 8)) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
    setPendingFocus(null);
  }, [pendingFocus]);

  const newAction = () => {
    const created = createAction(swagger, 'get');
    applyFix({ label: 'New action', edits: created.edits });
    setTab('actions');
    setQuery('');
    setSelectedOp(created.pointer);
  };
  // Stable (the state setter itself): the memoised list rows do not re-render for a new callback.
  const selectOp: (pointer: string | null) => void = setSelectedOp;
  const policies = policyList(properties);
  const tabs: { id: Tab; label: string; count: number }[] = [
    { id: 'actions', label: 'Actions', count: actions.length },
    { id: 'triggers', label: 'Triggers', count: triggers.length },
    { id: 'references', label: 'References', count: countRefs(swagger) },
    { id: 'policies', label: 'Policies', count: policies.length },
  ];

  return (
    <>
    {parse && !parse.ok && <ReadOnlyBanner line={parse.line} column={parse.column} message={parse.message} hasLastGood={parse.lastGood !== undefined} />}
    <div className={`def-layout ${readOnly ? 'readonly' : ''}`} ref={root} data-testid="def-forms-layout">
      <aside className="def-sidebar card">
        <div className="def-tabs" role="tablist">
          {tabs.map((t) => (
            <button key={t.id} type="button" role="tab" title={`${t.label} (${t.count})`} aria-selected={tab === t.id} className={tab === t.id ? 'selected' : ''} onClick={() => setTab(t.id)} data-testid={`def-tab-${t.id}`}>
              {t.label} <span className="group-count">{t.count}</span>
            </button>
          ))}
        </div>
        <div className="def-sidebar-actions">
          <TextInput aria-label="Search" type="search" placeholder="Search" value={query} onValue={setQuery} testId="def-search" />
          {tab === 'actions' && <button type="button" className="button primary" disabled={readOnly} onClick={newAction} data-testid="new-action">New action</button>}
          {tab === 'triggers' && <button type="button" className="button primary" disabled={readOnly} onClick={() => setNewTrigger(true)} data-testid="new-trigger">New trigger</button>}
        </div>
        {(tab === 'policies' || tab === 'references') && (
          <fieldset className="def-plain" disabled={readOnly}>
            {tab === 'policies' && <NewPolicyForm onCreated={setSelectedPolicy} />}
            {tab === 'references' && <NewDefinitionForm onCreated={setSelectedRef} />}
          </fieldset>
        )}
        <div className="def-sidebar-scroll">
          {(tab === 'actions' || tab === 'triggers') && (
            <OperationList operations={shownOperations} selected={selectedOp} errorCounts={errorCounts} onSelect={selectOp} testId={`${tab}-list`} filtered={q !== ''} reorder={listReorder} />
          )}
          {tab === 'references' && <ReferenceListItems swagger={swagger} selected={selectedRef} onSelect={setSelectedRef} query={query} readOnly={readOnly} />}
          {tab === 'policies' && <PolicyListItems properties={properties} selected={selectedPolicy} onSelect={setSelectedPolicy} query={query} readOnly={readOnly} />}
        </div>
      </aside>
      {/* A disabled fieldset disables every input, select and button of the editors (not just their look). */}
      <fieldset className="def-main def-plain" disabled={readOnly} data-testid="def-editor-area">
        {(tab === 'actions' || tab === 'triggers') && (current
          ? <OperationEditor key={current.pointer} op={current} onSelect={selectOp} />
          : <div className="card empty-state def-placeholder">{operations.length ? 'Select an operation to edit it.' : 'No operations yet: create a new action or trigger.'}</div>)}
        {tab === 'references' && (selectedRef ? <ReferenceEditor key={selectedRef} pointer={selectedRef} onDeleted={() => setSelectedRef(null)} />
          : <div className="card empty-state def-placeholder">Shared definitions, parameters and responses: select one to edit it.</div>)}
        {tab === 'policies' && (
          <>
            {selectedPolicy !== null && selectedPolicy < policies.length
              ? <PolicyEditor key={selectedPolicy} index={selectedPolicy} onDeleted={() => setSelectedPolicy(null)} onMoved={setSelectedPolicy} />
              : <div className="card empty-state def-placeholder">Policies change requests and responses at run time. Choose a template and press New policy.</div>}
            <ScriptOperations />
          </>
        )}
      </fieldset>
      {newTrigger && <NewTriggerDialog onClose={(pointer) => { setNewTrigger(false); if (pointer) { setTab('triggers'); setSelectedOp(pointer); } }} />}
    </div>
    </>
  );
}

function countRefs(swagger: unknown): number {
  let n = 0;
  for (const key of ['definitions', 'parameters', 'responses']) {
    const v = (swagger as Record<string, unknown> | null)?.[key];
    if (v && typeof v === 'object' && !Array.isArray(v)) n += Object.keys(v).length;
  }
  return n;
}

/** The element whose data-pointer best matches the wanted "<file>#<pointer>": scrolled to, focused, flashed. */
function focusBest(container: HTMLElement, wanted: string, settle: boolean): boolean {
  let best: HTMLElement | null = null;
  let bestLength = -1;
  for (const element of container.querySelectorAll<HTMLElement>('[data-pointer]')) {
    const pointer = element.dataset.pointer ?? '';
    if ((wanted === pointer || wanted.startsWith(pointer + '/')) && pointer.length > bestLength) {
      best = element;
      bestLength = pointer.length;
    }
  }
  if (!best) return settle;
  if (!settle && `${best.dataset.pointer}` !== wanted) return false;
  best.scrollIntoView({ block: 'center' });
  (best.querySelector<HTMLElement>('input, textarea, select') ?? best.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
  best.classList.remove('flash');
  void best.offsetWidth;
  best.classList.add('flash');
  return true;
}
