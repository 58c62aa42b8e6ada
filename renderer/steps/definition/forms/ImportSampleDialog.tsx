/**
 * Import from sample, as in the wizard: a request (verb, URL, headers, body) and/or a response (status,
 * headers, JSON body). Generates parameters and schemas; re-importing merges and keeps the author's text.
 * Everything the dialog changes is ONE undo step.
 */
import { useState, type FormEvent } from 'react';
import { useStudio } from '../../../store';
import { parsedJson } from '../../../document/parsed';
import { applyDocEdits } from '../../../../main/core/model/json-edit';
import { HTTP_METHODS } from '../../../../main/core/model/operations';
import { parsePointer } from '../../../../main/core/model/json-pointer';
import type { DocEdit } from '../../../../main/core/model/findings';
import { importRequest, importResponse } from '../../../document/definition/sample-import';
import { TextArea, TextInput } from '../../../components/inputs';
import { Select, useDocuments } from './shared';

export function ImportSampleDialog({ opPointer, onClose }: { opPointer: string; onClose(pointer?: string): void }) {
  const { swagger, swaggerText } = useDocuments();
  const applyFix = useStudio((s) => s.applyFix);
  const [, , currentMethod] = parsePointer(opPointer);
  const [method, setMethod] = useState(currentMethod ?? 'get');
  const [url, setUrl] = useState('');
  const [reqHeaders, setReqHeaders] = useState('');
  const [reqBody, setReqBody] = useState('');
  const [status, setStatus] = useState('200');
  const [resHeaders, setResHeaders] = useState('');
  const [resBody, setResBody] = useState('');
  const [errors, setErrors] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: string[] = [];
    const edits: DocEdit[] = [];
    let pointer = opPointer;
    let current = swagger;
    if (url.trim() !== '') {
      const request = importRequest(swagger, opPointer, { method, url, headers: reqHeaders, body: reqBody });
      problems.push(...request.errors);
      edits.push(...request.edits);
      pointer = request.pointer;
      if (request.edits.length) current = parsedJson('import-sample-preview', applyDocEdits(swaggerText, request.edits, (t) => parsedJson('import-sample-preview', t)));
    } else if (reqBody.trim() !== '' || reqHeaders.trim() !== '') {
      problems.push('Enter the request URL to import the request.');
    }
    if (resBody.trim() !== '' || resHeaders.trim() !== '') {
      const response = importResponse(current, pointer, { status, headers: resHeaders, body: resBody });
      problems.push(...response.errors);
      edits.push(...response.edits);
    }
    if (problems.length === 0 && edits.length === 0) problems.push('Paste a request or a response to import.');
    setErrors(problems);
    if (problems.length) return;
    applyFix({ label: 'Import from sample', edits });
    onClose(pointer);
  };

  return (
    <div className="modal-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form className="modal def-import" role="dialog" aria-modal="true" aria-label="Import from sample" data-testid="import-sample-dialog" onSubmit={submit}>
        <h2>Import from sample</h2>
        <p className="muted">Paste a real request and response. Parameters and schemas are generated; your titles and descriptions are kept when you import again.</p>
        <div className="def-import-grid">
          <fieldset className="def-fieldset">
            <legend>Request</legend>
            <div className="def-request-line">
              <Select label="Verb" testId="sample-method" value={method} options={HTTP_METHODS.map((m) => ({ value: m, label: m.toUpperCase() }))} onChange={setMethod} />
              <TextInput aria-label="URL" placeholder="https://api.contoso.com/v1/items/42?expand=true" value={url} onValue={setUrl} testId="sample-url" />
            </div>
            <label className="field-label">Headers <span className="muted">(one "Name: value" a line)</span></label>
            <TextArea aria-label="Request headers" rows={3} value={reqHeaders} onValue={setReqHeaders} testId="sample-request-headers" placeholder="X-Tenant: contoso" />
            <label className="field-label">Body</label>
            <TextArea aria-label="Request body" rows={8} value={reqBody} onValue={setReqBody} testId="sample-request-body" placeholder='{"name": "Widget"}' className="mono" />
          </fieldset>
          <fieldset className="def-fieldset">
            <legend>Response</legend>
            <div className="def-request-line">
              <label className="field-label" htmlFor="sample-status">Status</label>
              <TextInput id="sample-status" value={status} onValue={setStatus} testId="sample-status" className="def-status" />
            </div>
            <label className="field-label">Headers</label>
            <TextArea aria-label="Response headers" rows={3} value={resHeaders} onValue={setResHeaders} testId="sample-response-headers" placeholder="X-RateLimit-Remaining: 99" />
            <label className="field-label">Body</label>
            <TextArea aria-label="Response body" rows={8} value={resBody} onValue={setResBody} testId="sample-response-body" placeholder='{"id": 42, "name": "Widget"}' className="mono" />
          </fieldset>
        </div>
        {errors.length > 0 && (
          <ul className="inline-findings" data-testid="import-errors">
            {errors.map((e) => <li key={e} className="inline-finding error">{e}</li>)}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => onClose()}>Cancel</button>
          <button type="submit" className="button primary" data-testid="sample-import">Import</button>
        </div>
      </form>
    </div>
  );
}

