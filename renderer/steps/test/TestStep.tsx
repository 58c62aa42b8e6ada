/**
 * Step 4, Test: like the wizard's Test tab, from the desktop (no CORS): a connection, an operation, its form, then
 * the request, response and schema check; the history and the test report are kept in the project (no secrets).
 */
import { useEffect, useState } from 'react';
import '../../styles/test-step.css';
import { connector } from '../../bridge';
import { useStudio } from '../../store';
import { listOperations } from '../../../main/core/model/operations';
import { baseUrlOf } from '../../../main/core/model/testing';
import type { MockInfo, RunOperationResult, TestTarget } from '../../../preload/contract';
import { useAuth, useSecretScope } from '../security/useAuth';
import { readString } from '../../document/general-fields';
import { ConnectionPanel } from './ConnectionPanel';
import { OperationPicker } from './OperationPicker';
import { OperationRunner } from './OperationRunner';
import { TestReportView } from './TestReportView';
import type { FormState } from './OperationForm';
import { connectionFor, connectionKind } from './test-model';
import { useTests } from './useTests';

/** The runner's short form of WINDOWS_AUTH_EXPLANATION (the Connection panel says it in full). */
const WINDOWS_BLOCKED = 'Not sent: Windows authentication cannot be performed from the desktop (see Connection). Send to the mock server to test this operation.';

export function TestStep() {
  const { config, swagger, properties } = useAuth();
  const scope = useSecretScope();
  const { tests, setParam, setSet, setRuns } = useTests();
  const operations = listOperations(swagger).filter((op) => op.operationId !== undefined);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [view, setView] = useState<'operation' | 'report'>('operation');
  const [target, setTarget] = useState<TestTarget>('live');
  const [mock, setMock] = useState<MockInfo | null>(null);
  const [results, setResults] = useState<Record<string, RunOperationResult>>({});
  const [forms, setForms] = useState<Record<string, FormState>>({});
  const projectId = useStudio((s) => s.project?.id);

  useEffect(() => {
    let live = true;
    void connector.mockStatus().then((info) => {
      if (!live) return;
      setMock(info);
      if (info) setTarget('mock');
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    setResults({});
    setForms({});
    setSelected(undefined);
  }, [projectId]);

  const apiHost = readString(swagger, '/host');
  const current = operations.find((op) => op.operationId === selected) ?? operations[0];
  const history = tests.history ?? {};
  const kind = connectionKind(config);
  const connection = kind === 'none' && config.params.length === 0 ? undefined : connectionFor(config, apiHost, tests.connectionParams ?? {}, { set: tests.connectionSet, swagger });
  // Windows authentication cannot be performed from here: block live sends rather than send without credentials.
  const blocked = kind === 'windows' && target === 'live' ? WINDOWS_BLOCKED : undefined;

  return (
    <div className="step step-test" data-testid="step-test">
      <header className="step-header step-header-row">
        <div>
          <h1>Test</h1>
          <p>Send each operation to your API from this computer and check the answers against the definition.</p>
        </div>
        <div className="segmented" role="tablist" aria-label="Test view">
          <button type="button" role="tab" aria-selected={view === 'operation'} className={view === 'operation' ? 'selected' : ''} onClick={() => setView('operation')} data-testid="test-view-operation">Operations</button>
          <button type="button" role="tab" aria-selected={view === 'report'} className={view === 'report' ? 'selected' : ''} onClick={() => setView('report')} data-testid="test-view-report">Test report</button>
        </div>
      </header>
      <ConnectionPanel config={config} scope={scope} apiHost={apiHost} liveUrl={baseUrlOf(swagger)} swagger={swagger}
        params={tests.connectionParams ?? {}} onParam={setParam} setName={tests.connectionSet} onSet={setSet} target={target} onTarget={setTarget} mock={mock} onMock={setMock} />
      {view === 'report' ? (
        <TestReportView swagger={swagger} history={history} onOpen={(id) => { setSelected(id); setView('operation'); }} />
      ) : (
        <div className="test-layout">
          <OperationPicker operations={operations} history={history} selected={current?.operationId} onSelect={setSelected} />
          {current ? (
            <OperationRunner key={current.operationId} op={current} swagger={swagger} properties={properties} scope={scope} connection={connection} target={target} blocked={blocked} mockUrl={mock?.baseUrl}
              runs={history[current.operationId!] ?? []} onRuns={(runs) => setRuns(current.operationId!, runs)}
              result={results[current.operationId!]} onResult={(r) => setResults((all) => ({ ...all, [current.operationId!]: r }))}
              form={forms[current.operationId!]} onForm={(f) => setForms((all) => ({ ...all, [current.operationId!]: f }))} />
          ) : (
            <section className="card"><p className="muted">Add operations in the Definition step to test them here.</p></section>
          )}
        </div>
      )}
    </div>
  );
}
