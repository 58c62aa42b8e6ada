/**
 * One operation under test: its form, "Test operation" (with the foreign-host confirmation when a secret would go
 * elsewhere), then the request, response, schema check and the last runs. "Update the response schema" writes the
 * merged schema with ONE setJson (one undo step).
 */
import { useEffect, useMemo, useState } from 'react';
import { connector } from '../../bridge';
import { useStudio } from '../../store';
import { parsedJson } from '../../document/parsed';
import { formModel, sampleInputs, type HistoryEntry } from '../../../main/core/model/testing';
import type { TestConnection } from '../../../main/core/model/testing/types';
import type { OperationRef } from '../../../main/core/model/operations';
import { getAt } from '../../../main/core/model/json-pointer';
import { mergeSchema, schemaFromSample, type SchemaObject } from '../../../main/core/model/sample';
import type { RunOperationResult, SecretScope, TestTarget } from '../../../preload/contract';
import { OperationForm, type FormState } from './OperationForm';
import type { DynamicLoader } from './DynamicChoice';
import { HistoryPanel, RequestPanel, ResponsePanel, SchemaPanel } from './ResultPanels';
import { bodyTextOf, defaultValues, inputsFrom, responseSchemaPointer, valuesFromSample } from './test-model';

const SWAGGER = 'apiDefinition.swagger.json' as const;

interface Props {
  op: OperationRef;
  swagger: unknown;
  properties: unknown;
  scope: SecretScope;
  connection: TestConnection | undefined;
  target: TestTarget;
  /** The running mock server's URL: a dropdown fetches again when it starts or moves. */
  mockUrl?: string;
  /** Why nothing may be sent to the live API (Windows authentication): Test operation is disabled with it. */
  blocked?: string;
  runs: HistoryEntry[];
  onRuns(runs: HistoryEntry[]): void;
  /** The last result of each operation, kept while the step is open. */
  result: RunOperationResult | undefined;
  onResult(result: RunOperationResult): void;
  form: FormState | undefined;
  onForm(form: FormState): void;
}

export function OperationRunner(props: Props) {
  const { op, swagger, result } = props;
  const operationId = op.operationId!;
  const toast = useStudio((s) => s.toast);
  const setJson = useStudio((s) => s.setJson);
  const model = formModel(swagger, operationId);
  const [running, setRunning] = useState(false);
  const [confirm, setConfirm] = useState<{ message: string } | null>(null);
  const form = props.form ?? { values: model ? defaultValues(model) : {}, bodyText: '', files: {} };

  useEffect(() => setConfirm(null), [operationId]);
  // Dynamic dropdowns call their operation over the same connection and target as "Test operation".
  const { scope, properties, connection, target, blocked, mockUrl } = props;
  const loader = useMemo<DynamicLoader>(() => ({
    context: JSON.stringify([target, target === 'mock' ? mockUrl ?? null : connection ?? null, blocked ?? null]),
    load: async (ref, formValues) =>
      blocked ? { kind: 'error', message: blocked } : connector.dynamicValues({ scope, swagger, apiProperties: properties, ref, form: formValues, connection, target }),
  }), [scope, swagger, properties, connection, target, blocked, mockUrl]);

  if (!model) return null;

  const run = async (confirmForeignHost: boolean) => {
    if (blocked) return;
    setConfirm(null);
    setRunning(true);
    try {
      const out = await connector.runOperation({
        scope: props.scope,
        swagger,
        apiProperties: props.properties,
        operationId,
        inputs: inputsFrom(model, form.values, form.bodyText, form.files),
        connection: props.connection,
        target: props.target,
        history: props.runs,
        confirmForeignHost,
      });
      if (out.outcome.kind === 'needs-confirmation') {
        setConfirm({ message: out.outcome.message });
        return;
      }
      props.onResult(out);
      // A run that reached the network is recorded; one refused before sending leaves the history as it was.
      if (out.history.length > 0 && out.history[0].date !== props.runs[0]?.date) props.onRuns(out.history);
    } catch (error) {
      toast('error', (error as Error).message);
    } finally {
      setRunning(false);
    }
  };

  const fillSample = () => {
    const sample = sampleInputs(swagger, operationId);
    props.onForm({ values: { ...defaultValues(model), ...valuesFromSample(sample) }, bodyText: bodyTextOf(sample.body ?? sample.rawBody), files: form.files });
  };

  const response = result?.outcome.kind === 'response' ? result.outcome.response : undefined;
  const schemaPointer = response ? responseSchemaPointer(swagger, op.pointer, response.status) : undefined;
  const sampleBody = response?.bodyText !== undefined ? parseJson(response.bodyText) : undefined;

  const updateSchema = async () => {
    if (!schemaPointer || !response || sampleBody === undefined) return;
    const existing = getAt(swagger, schemaPointer) as SchemaObject | undefined;
    setJson(SWAGGER, schemaPointer, mergeSchema(existing, schemaFromSample(sampleBody.value)), 'Update the response schema from a test response');
    const text = useStudio.getState().project?.files[SWAGGER]?.text;
    const validation = await connector.checkResponse(parsedJson(SWAGGER, text), operationId, response.status, response.bodyText);
    props.onResult({ ...result!, validation });
    toast('success', validation.valid ? 'The response schema now matches this response (Undo reverts it).' : 'The response schema was updated; some differences remain.');
  };

  return (
    <section className="card operation-runner" data-testid="test-runner">
      <header className="runner-head">
        <div>
          <h2><span className={`method ${op.method}`}>{op.method.toUpperCase()}</span> {operationId}</h2>
          <div className="muted"><code>{op.path}</code>{model.summary ? ` — ${model.summary}` : ''}</div>
        </div>
        <button type="button" className="button primary large" disabled={running || blocked !== undefined} title={blocked} onClick={() => void run(false)} data-testid="test-run">
          {running ? <><span className="spinner" /> Testing…</> : 'Test operation'}
        </button>
      </header>
      {blocked && <div className="banner warning" data-testid="test-blocked">{blocked}</div>}
      <OperationForm model={model} state={form} onChange={props.onForm} onFillSample={fillSample} loader={loader} />
      {confirm && (
        <div className="banner warning confirm-host" role="alertdialog" aria-label="Send credentials to another host?" data-testid="test-confirm-host">
          <span>{confirm.message}</span>
          <span className="row-actions">
            <button type="button" className="button" onClick={() => setConfirm(null)} data-testid="test-confirm-cancel">Don&apos;t send</button>
            <button type="button" className="button primary" onClick={() => void run(true)} data-testid="test-confirm-send">Send</button>
          </span>
        </div>
      )}
      {result && (
        <div className="results" data-testid="test-results">
          {result.problems.length > 0 && (
            <ul className="notice-list problems" data-testid="test-problems">{result.problems.map((p) => <li key={p}>{p}</li>)}</ul>
          )}
          {result.outcome.kind === 'error' && <div className="banner warning" data-testid="test-error">{result.outcome.message}</div>}
          <div className="result-columns">
            {result.request && <RequestPanel request={result.request} />}
            {response && <ResponsePanel response={response} />}
          </div>
          {result.validation && (
            <SchemaPanel check={result.validation} canUpdate={schemaPointer !== undefined && sampleBody !== undefined} onUpdate={() => void updateSchema()} />
          )}
        </div>
      )}
      <HistoryPanel runs={props.runs} />
    </section>
  );
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}
