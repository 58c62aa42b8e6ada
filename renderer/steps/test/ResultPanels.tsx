/** What a test run shows: the request as sent (secrets masked, curl), the response, and the schema check. */
import { useState } from 'react';
import { useCopyText } from '../../hooks/useCopyText';
import type { RequestView, ResponseView, SchemaCheck } from '../../../preload/contract';
import type { HistoryEntry } from '../../../main/core/model/testing';
import { formatBytes } from './test-model';

function Headers({ headers, testId }: { headers: Record<string, string>; testId: string }) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return <p className="muted">No headers.</p>;
  return (
    <table className="table headers-table" data-testid={testId}>
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td><code>{value}</code></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RequestPanel({ request }: { request: RequestView }) {
  const copyText = useCopyText();
  const copy = () =>
    copyText(request.curl, 'The curl command was copied (credentials masked).', 'The curl command could not be copied: select it below and copy it.');
  return (
    <section className="result-panel" data-testid="test-request">
      <div className="panel-head">
        <h3>Request</h3>
        <button type="button" className="button" onClick={() => void copy()} data-testid="test-copy-curl">Copy curl</button>
      </div>
      <div className="request-line" data-testid="test-request-line">
        <span className={`method ${request.method.toLowerCase()}`}>{request.method}</span> <code>{request.url}</code>
      </div>
      <Headers headers={request.headers} testId="test-request-headers" />
      {request.bodyText !== undefined && request.bodyText !== '' && <pre className="body-text" data-testid="test-request-body">{request.bodyText}</pre>}
      <details className="curl">
        <summary>curl</summary>
        <pre className="body-text" data-testid="test-curl">{request.curl}</pre>
      </details>
    </section>
  );
}

export function ResponsePanel({ response }: { response: ResponseView }) {
  const tone = response.status < 300 ? 'ok' : response.status < 400 ? 'info' : 'bad';
  return (
    <section className="result-panel" data-testid="test-response">
      <div className="panel-head">
        <h3>Response</h3>
        <span className="response-facts">
          <span className={`status-pill ${tone}`} data-testid="test-response-status">{response.status} {response.statusText}</span>
          <span data-testid="test-response-time">{response.timeMs} ms</span>
          <span data-testid="test-response-size">{formatBytes(response.sizeBytes)}</span>
        </span>
      </div>
      {response.warnings.map((w) => <div key={w} className="field-hint warning-text">{w}</div>)}
      {response.redirects.length > 0 && (
        <ul className="notice-list">
          {response.redirects.map((r, i) => <li key={i}>{r.status} → {r.to}{r.stripped.length ? ` (not sent: ${r.stripped.join(', ')})` : ''}</li>)}
        </ul>
      )}
      <details className="headers-details">
        <summary>Headers ({Object.keys(response.headers).length})</summary>
        <Headers headers={response.headers} testId="test-response-headers" />
      </details>
      {response.image && response.bodyBase64 ? (
        <img className="response-image" alt="Response body" src={`data:${response.contentType.split(';')[0]};base64,${response.bodyBase64}`} data-testid="test-response-image" />
      ) : response.bodyBase64 !== undefined ? (
        <p className="muted" data-testid="test-response-binary">Binary body ({response.contentType || 'unknown type'}, {formatBytes(response.sizeBytes)}).</p>
      ) : response.bodyText ? (
        <pre className="body-text" data-testid="test-response-body">{response.bodyText}</pre>
      ) : (
        <p className="muted" data-testid="test-response-empty">Empty body.</p>
      )}
    </section>
  );
}

interface SchemaProps {
  check: SchemaCheck;
  canUpdate: boolean;
  onUpdate(): void;
}

export function SchemaPanel({ check, canUpdate, onUpdate }: SchemaProps) {
  if (!check.schemaFound) {
    return <section className="result-panel schema-panel" data-testid="test-schema"><h3>Schema validation</h3><p className="muted">The operation declares no response schema for this status: nothing to check.</p></section>;
  }
  return (
    <section className={`result-panel schema-panel ${check.valid ? 'valid' : 'invalid'}`} data-testid="test-schema">
      <h3>Schema validation</h3>
      {check.valid ? (
        <p className="schema-ok" data-testid="test-schema-valid">✓ The response matches the operation&apos;s response schema.</p>
      ) : (
        <>
          <ul className="schema-messages" data-testid="test-schema-messages">
            {check.messages.map((m) => <li key={m.message}><span className="severity-icon warning">!</span> {m.message}</li>)}
          </ul>
          {canUpdate && (
            <button type="button" className="button" onClick={onUpdate} data-testid="test-update-schema">Update the response schema from this response</button>
          )}
        </>
      )}
    </section>
  );
}

export function HistoryPanel({ runs }: { runs: HistoryEntry[] }) {
  const [open, setOpen] = useState<number | null>(null);
  if (runs.length === 0) return null;
  return (
    <section className="result-panel" data-testid="test-history">
      <h3>Last runs</h3>
      <table className="table history-table">
        <thead>
          <tr><th>Date</th><th>Status</th><th>Time</th><th>Schema</th><th /></tr>
        </thead>
        <tbody>
          {runs.map((run, index) => (
            <HistoryRow key={`${run.date}-${index}`} run={run} open={open === index} onToggle={() => setOpen(open === index ? null : index)} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function HistoryRow({ run, open, onToggle }: { run: HistoryEntry; open: boolean; onToggle(): void }) {
  return (
    <>
      <tr data-testid="test-history-row">
        <td>{new Date(run.date).toLocaleString()}</td>
        <td>{run.status ?? <span className="bad-text" title={run.error}>failed</span>}</td>
        <td>{run.timeMs !== undefined ? `${run.timeMs} ms` : ''}</td>
        <td>{run.schemaValid === undefined ? <span className="muted">not checked</span> : run.schemaValid ? 'valid' : <span className="warning-text">mismatch</span>}</td>
        <td><button type="button" className="link-button" onClick={onToggle}>{open ? 'Hide' : 'Request'}</button></td>
      </tr>
      {open && (
        <tr>
          <td colSpan={5}>
            <code>{run.request.method} {run.request.url}</code>
            <Headers headers={run.request.headers} testId="test-history-headers" />
            {run.error && <div className="bad-text">{run.error}</div>}
          </td>
        </tr>
      )}
    </>
  );
}
