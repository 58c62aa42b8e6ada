/** References: the shared #/definitions, #/parameters and #/responses, listed and edited in place. */
import { useState } from 'react';
import { useStudio } from '../../../store';
import { TextInput } from '../../../components/inputs';
import { isObject } from '../../../../main/core/model/operations';
import { escapeSegment, getAt, parsePointer } from '../../../../main/core/model/json-pointer';
import { SWAGGER, Section, str, useDocuments, useEdit, useFindings } from './shared';
import { moveReferenceNear } from '../../../document/definition/reorder';
import { SchemaTree } from './SchemaTree';
import { ParameterForm } from './ParametersEditor';
import { rowProps, useReorder } from './useReorder';

export const REFERENCE_GROUPS = [
  { key: 'definitions', label: 'Definitions' },
  { key: 'parameters', label: 'Parameters' },
  { key: 'responses', label: 'Responses' },
] as const;

/** The names shown per group, filtered by the search box, in document order. */
function groupNames(swagger: unknown, group: string, q: string): string[] {
  const value = getAt(swagger, `/${group}`);
  return isObject(value) ? Object.keys(value).filter((n) => !q || n.toLowerCase().includes(q)) : [];
}

/** Moves a reference one place up or down among those shown in its group (undefined at either end). */
function stepReference(text: string, swagger: unknown, pointer: string, delta: -1 | 1, q = ''): string | undefined {
  const [group, name] = parsePointer(pointer);
  const names = groupNames(swagger, group, q);
  const neighbour = names[names.indexOf(name) + delta];
  return neighbour === undefined ? undefined : moveReferenceNear(text, pointer, `/${group}/${escapeSegment(neighbour)}`, delta < 0 ? 'before' : 'after');
}

function useMoveReference() {
  const commitTexts = useStudio((s) => s.commitTexts);
  return (next: string | undefined, pointer: string) => {
    if (next !== undefined) commitTexts({ [SWAGGER]: next }, `Move ${parsePointer(pointer)[1]}`);
  };
}

export function ReferenceListItems({ swagger, selected, onSelect, query, readOnly }: { swagger: unknown; selected: string | null; onSelect(p: string): void; query: string; readOnly: boolean }) {
  const q = query.trim().toLowerCase();
  const commit = useMoveReference();
  const groups = REFERENCE_GROUPS.map((group) => ({ ...group, names: groupNames(swagger, group.key, q) }));
  const text = () => useStudio.getState().project?.files[SWAGGER]?.text ?? '';
  const { drag, handlers } = useReorder({
    keys: groups.flatMap((g) => g.names.map((name) => `/${g.key}/${escapeSegment(name)}`)),
    enabled: !readOnly,
    canDrop: (from, to) => parsePointer(from)[0] === parsePointer(to)[0],
    onMove: (from, to, place) => {
      commit(moveReferenceNear(text(), from, to, place), from);
      return from;
    },
    onStep: (key, delta) => {
      commit(stepReference(text(), swagger, key, delta, q), key);
      return key;
    },
  });
  return (
    <div data-testid="references-list">
      {groups.map((group) => (
        <div key={group.key} className="def-ref-group">
          <h3>{group.label} <span className="group-count">{group.names.length}</span></h3>
          {group.names.length === 0 && <p className="card-hint def-empty">{q ? 'No match.' : 'None.'}</p>}
          <ul className="def-list" data-testid={`references-${group.key}`}>
            {group.names.map((name) => {
              const pointer = `/${group.key}/${escapeSegment(name)}`;
              return (
                <li key={pointer} {...rowProps(pointer, handlers, drag, !readOnly)}>
                  <button type="button" className={`def-row ${selected === pointer ? 'active' : ''}`} onClick={() => onSelect(pointer)} data-testid="reference-row" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" data-name={name}>
                    <span className="def-row-text"><span className="def-row-title">{name}</span></span>
                    {!readOnly && <span className="def-grip" aria-hidden="true" title="Drag to reorder, or Alt+↑ / Alt+↓">⠿</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function NewDefinitionForm({ onCreated }: { onCreated(p: string): void }) {
  const { swagger } = useDocuments();
  const applyFix = useStudio((s) => s.applyFix);
  const [name, setName] = useState('');
  const create = () => {
    const n = name.trim();
    if (!n || getAt(swagger, ['definitions', n]) !== undefined) return;
    const pointer = `/definitions/${escapeSegment(n)}`;
    const edits = isObject(getAt(swagger, '/definitions'))
      ? [{ file: SWAGGER, path: pointer, value: { type: 'object', properties: {} } }]
      : [{ file: SWAGGER, path: '/definitions', value: { [n]: { type: 'object', properties: {} } } }];
    applyFix({ label: `New definition ${n}`, edits });
    setName('');
    onCreated(pointer);
  };
  return (
    <div className="def-new-policy">
      <TextInput aria-label="Definition name" placeholder="New definition name" value={name} onValue={setName} onKeyDown={(e) => e.key === 'Enter' && create()} />
      <button type="button" className="button" onClick={create}>New definition</button>
    </div>
  );
}

export function ReferenceEditor({ pointer, onDeleted }: { pointer: string; onDeleted(): void }) {
  const { swagger } = useDocuments();
  const applyFix = useStudio((s) => s.applyFix);
  const { set } = useEdit();
  const commit = useMoveReference();
  const findings = useFindings(SWAGGER, pointer);
  const [group, name] = parsePointer(pointer);
  const value = getAt(swagger, pointer);
  if (!isObject(value)) return <p className="card-hint">This reference no longer exists.</p>;
  const users = countReferences(swagger, `#${pointer}`);
  return (
    <div className="def-editor" data-testid="reference-editor" data-pointer={`${SWAGGER}#${pointer}`}>
      <Section title={<>{name} <span className="group-count">#/{group}</span></>}
        actions={<>
          <button type="button" className="icon-button" title="Move up" aria-label="Move up" data-testid="reference-up"
            onClick={() => commit(stepReference(useStudio.getState().project?.files[SWAGGER]?.text ?? '', swagger, pointer, -1), pointer)}>↑</button>
          <button type="button" className="icon-button" title="Move down" aria-label="Move down" data-testid="reference-down"
            onClick={() => commit(stepReference(useStudio.getState().project?.files[SWAGGER]?.text ?? '', swagger, pointer, 1), pointer)}>↓</button>
          <button type="button" className="button danger" disabled={users > 0} title={users > 0 ? 'Still used: remove its references first' : undefined}
            onClick={() => { applyFix({ label: `Delete ${name}`, edits: [{ file: SWAGGER, path: pointer, remove: true }] }); onDeleted(); }}>Delete</button>
        </>}>
        <p className="card-hint">Used {users} time{users === 1 ? '' : 's'} in this definition. {findings.length > 0 && `${findings.length} finding(s) below.`}</p>
        {group === 'definitions' && <SchemaTree pointer={pointer} swagger={swagger} />}
        {group === 'parameters' && <ParameterForm pointer={pointer} param={value} swagger={swagger} />}
        {group === 'responses' && (
          <>
            <label className="field-label">Description</label>
            <TextInput value={str(value.description)} onValue={(v) => set(pointer + '/description', v, 'Edit response description')} />
            {value.schema !== undefined && <SchemaTree pointer={pointer + '/schema'} swagger={swagger} />}
          </>
        )}
      </Section>
    </div>
  );
}

/** How many `$ref`s point at `ref` ("#/definitions/X"). */
export function countReferences(node: unknown, ref: string): number {
  if (Array.isArray(node)) return node.reduce<number>((n, child) => n + countReferences(child, ref), 0);
  if (!isObject(node)) return 0;
  let n = node.$ref === ref ? 1 : 0;
  for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) n += countReferences(child, ref);
  return n;
}
