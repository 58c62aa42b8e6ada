/**
 * A parameter filled from another operation (x-ms-dynamic-values / x-ms-dynamic-list), as in the flow designer: the
 * list comes from calling that operation over the connection (from main, like a test run), is fetched again when a
 * parameter it depends on changes, and a custom value can always be typed instead.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormField } from '../../../main/core/model/testing';
import { dependencies, dynamicSource, resolveReference, type DynamicItem, type FormValues } from '../../../main/core/model/testing/dynamic-values';
import type { DynamicValuesRef } from '../../../main/core/model/testing/form-model';
import type { DynamicValuesResult } from '../../../preload/contract';

/** Fetches a dynamic list; `context` changes when the connection or the target does (the list is fetched again). */
export interface DynamicLoader {
  load(ref: DynamicValuesRef, form: FormValues): Promise<DynamicValuesResult>;
  context: string;
}

type ListState =
  | { status: 'loading' }
  | { status: 'items'; items: DynamicItem[] }
  | { status: 'waiting'; waitingFor: string[] }
  | { status: 'error'; message: string };

const CUSTOM = '\u0000custom';
/** Typing in a parameter the list depends on fetches once the typing pauses, not at every key. */
const SETTLE_MS = 350;

interface Props {
  field: FormField;
  id: string;
  testId: string;
  value: string;
  onValue(value: string): void;
  form: FormValues;
  loader: DynamicLoader;
}

export function DynamicChoice({ field, id, testId, value, onValue, form, loader }: Props) {
  const ref = field.dynamicValues!;
  // The form model is rebuilt at each render: key the source by content so only a real change fetches again.
  const refKey = JSON.stringify(ref);
  const source = useMemo(() => dynamicSource(ref), [refKey]);
  const operation = 'error' in source ? 'another operation' : source.operationId;
  const dependsOn = 'error' in source ? [] : dependencies(source);
  const dependencyKey = JSON.stringify(dependsOn.map((d) => resolveReference(d, form) ?? null));
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [refresh, setRefresh] = useState(0);
  const [custom, setCustom] = useState(false);
  const latestForm = useRef(form);
  latestForm.current = form;
  const first = useRef(true);

  useEffect(() => {
    if ('error' in source) {
      setList({ status: 'error', message: source.error });
      return;
    }
    let live = true;
    setList({ status: 'loading' });
    const fetchNow = () =>
      loader.load(ref, latestForm.current).then(
        (result) => {
          if (!live) return;
          if (result.kind === 'items') setList({ status: 'items', items: result.items });
          else if (result.kind === 'waiting') setList({ status: 'waiting', waitingFor: result.waitingFor });
          else setList({ status: 'error', message: result.message });
        },
        (error: Error) => live && setList({ status: 'error', message: error.message }),
      );
    // The first load and Refresh go at once; a changed dependency waits for the typing to settle.
    const timer = first.current ? (fetchNow(), undefined) : setTimeout(fetchNow, SETTLE_MS);
    first.current = false;
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
    // Fetch again only when what the list depends on changes, not at every keystroke elsewhere in the form.
  }, [source, dependencyKey, loader.context, refresh]);

  const items = list.status === 'items' ? list.items : [];
  const known = items.some((item) => item.value === value);
  const typing = custom || (value !== '' && list.status === 'items' && !known) || list.status === 'error' || list.status === 'waiting';

  return (
    <div className="dynamic-choice" data-testid={`${testId}-dynamic`}>
      <div className="dynamic-row">
        {typing ? (
          <input id={id} className="input" value={value} spellCheck={false} onChange={(e) => onValue(e.target.value)} data-testid={testId}
            placeholder={list.status === 'items' ? 'A custom value' : field.format ?? field.type} />
        ) : (
          <select id={id} className="input" value={known ? value : ''} data-testid={testId} disabled={list.status === 'loading'}
            onChange={(e) => {
              if (e.target.value === CUSTOM) setCustom(true);
              else onValue(e.target.value);
            }}>
            <option value="">{list.status === 'loading' ? 'Loading…' : field.required ? 'Choose…' : '(not sent)'}</option>
            {items.map((item) => <option key={item.value} value={item.value}>{item.title}</option>)}
            <option value={CUSTOM}>Enter a custom value…</option>
          </select>
        )}
        <button type="button" className="button" disabled={list.status === 'loading'} onClick={() => setRefresh((n) => n + 1)}
          title={`Fetch the values from ${operation} again`} data-testid={`${testId}-refresh`}>
          Refresh
        </button>
      </div>
      <div className={`field-hint ${list.status === 'error' ? 'bad' : ''}`} data-testid={`${testId}-dynamic-status`}>
        {list.status === 'loading' && <><span className="spinner inline-spinner" /> Loading the values from {operation}…</>}
        {list.status === 'items' && (
          <>
            {list.items.length === 0 ? `${operation} returned no values; type one.` : `${list.items.length} value${list.items.length === 1 ? '' : 's'} from ${operation}.`}
            {typing && list.items.length > 0 && (
              <button type="button" className="link-button" onClick={() => { setCustom(false); if (!known) onValue(''); }} data-testid={`${testId}-choose`}>Choose from the list</button>
            )}
          </>
        )}
        {list.status === 'waiting' && `Fill in ${list.waitingFor.map((w) => `"${w}"`).join(', ')} first: the values come from ${operation}, which needs ${list.waitingFor.length === 1 ? 'it' : 'them'}. Or type a value.`}
        {list.status === 'error' && `Could not load the values: ${list.message} Type a value, or Refresh.`}
      </div>
    </div>
  );
}
