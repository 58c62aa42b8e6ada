/** The Test step's project data (sidecar.tests: connection parameters and run history) and its one way to change it. */
import { useCallback } from 'react';
import { useStudio } from '../../store';
import type { TestsSidecar } from '../../../preload/contract';
import type { HistoryEntry } from '../../../main/core/model/testing';
import { isObject } from '../../../main/core/model/operations';

export function readTests(value: unknown): TestsSidecar {
  if (!isObject(value)) return {};
  const out: TestsSidecar = {};
  if (isObject(value.connectionParams)) {
    out.connectionParams = Object.fromEntries(Object.entries(value.connectionParams).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
  if (typeof value.connectionSet === 'string') out.connectionSet = value.connectionSet;
  if (isObject(value.history)) {
    out.history = Object.fromEntries(Object.entries(value.history).filter((e): e is [string, HistoryEntry[]] => Array.isArray(e[1])));
  }
  return out;
}

export function useTests(): {
  tests: TestsSidecar;
  setParam(name: string, value: string): void;
  setSet(name: string): void;
  setRuns(operationId: string, runs: HistoryEntry[]): void;
} {
  const raw = useStudio((s) => s.project?.sidecar.tests);
  const tests = readTests(raw);
  const update = useCallback((change: (current: TestsSidecar) => TestsSidecar, label: string, undoable = true) => {
    const state = useStudio.getState();
    const sidecar = state.project?.sidecar;
    if (!sidecar) return;
    const current = isObject(sidecar.tests) ? sidecar.tests : {};
    state.setSidecar({ ...sidecar, tests: { ...current, ...change(readTests(current)) } }, label, { undoable });
  }, []);
  const setParam = useCallback(
    (name: string, value: string) => update((t) => ({ connectionParams: { ...t.connectionParams, [name]: value } }), `Set test connection parameter ${name}`),
    [update],
  );
  const setSet = useCallback((name: string) => update(() => ({ connectionSet: name }), `Test with the ${name} connection`), [update]);
  const setRuns = useCallback(
    (operationId: string, runs: HistoryEntry[]) => update((t) => ({ history: { ...t.history, [operationId]: runs } }), `Test ${operationId}`, false),
    [update],
  );
  return { tests, setParam, setSet, setRuns };
}
