/** Responses of one operation: status codes, descriptions, schemas (the same tree editor) and headers. */
import { useState } from 'react';
import { useStudio } from '../../../store';
import { TextInput } from '../../../components/inputs';
import { InlineFindings } from '../../../components/FindingBadge';
import { isObject, type JsonObject } from '../../../../main/core/model/operations';
import { escapeSegment, getAt } from '../../../../main/core/model/json-pointer';
import { SWAGGER, Section, Select, TYPE_OPTIONS, str, useEdit, useFindings } from './shared';
import { SchemaTree } from './SchemaTree';

export function ResponsesEditor({ opPointer, swagger }: { opPointer: string; swagger: unknown }) {
  const applyFix = useStudio((s) => s.applyFix);
  const [status, setStatus] = useState('200');
  const value = getAt(swagger, opPointer + '/responses');
  const responses = isObject(value) ? value : {};
  const add = (code: string) => {
    if (!/^([1-5]\d\d|default)$/.test(code) || responses[code] !== undefined) return;
    const response = code === 'default' ? { description: 'default' } : { description: 'OK', schema: { type: 'object', properties: {} } };
    applyFix({ label: `Add ${code} response`, edits: [{ file: SWAGGER, path: `${opPointer}/responses/${code}`, value: response }] });
  };
  return (
    <Section title="Responses" testId="responses-section"
      actions={
        <>
          <TextInput aria-label="Status code" className="def-status" value={status} onValue={setStatus} testId="response-status" />
          <button type="button" className="button" onClick={() => add(status.trim())} data-testid="response-add">Add response</button>
          {responses.default === undefined && <button type="button" className="button" onClick={() => add('default')}>Add default response</button>}
        </>
      }>
      <InlineFindings findings={useFindings(SWAGGER, opPointer + '/responses', true)} />
      {Object.keys(responses).length === 0 && <p className="card-hint">No responses. Import a sample response or add one.</p>}
      {Object.entries(responses).map(([code, response]) => (
        <Response key={code} code={code} pointer={`${opPointer}/responses/${escapeSegment(code)}`} response={isObject(response) ? response : {}} swagger={swagger}
          onRemove={() => applyFix({ label: `Remove ${code} response`, edits: [{ file: SWAGGER, path: `${opPointer}/responses/${escapeSegment(code)}`, remove: true }] })} />
      ))}
    </Section>
  );
}

function Response({ code, pointer, response, swagger, onRemove }: { code: string; pointer: string; response: JsonObject; swagger: unknown; onRemove(): void }) {
  const applyFix = useStudio((s) => s.applyFix);
  const { set } = useEdit();
  const fDescription = useFindings(SWAGGER, pointer + '/description');
  const fOwn = useFindings(SWAGGER, pointer, true);
  const headers = isObject(response.headers) ? response.headers : {};
  const [header, setHeader] = useState('');
  const addHeader = () => {
    const name = header.trim();
    if (!name || headers[name] !== undefined) return;
    setHeader('');
    applyFix({ label: 'Add response header', edits: [{ file: SWAGGER, path: `${pointer}/headers/${escapeSegment(name)}`, value: { type: 'string', description: '' } }] });
  };
  return (
    <div className="def-response" data-pointer={`${SWAGGER}#${pointer}`} data-testid="response" data-status={code}>
      <div className="def-response-head">
        <span className="chip">{code}</span>
        <TextInput aria-label={`Description of ${code}`} value={str(response.description)} onValue={(v) => set(pointer + '/description', v, 'Edit response description')} testId="response-description" />
        {response.schema === undefined && code !== 'default' && (
          <button type="button" className="link-button" onClick={() => set(pointer + '/schema', { type: 'object', properties: {} }, 'Add response schema')}>Add schema</button>
        )}
        <button type="button" className="icon-button" aria-label={`Remove ${code} response`} onClick={onRemove}>✕</button>
      </div>
      <InlineFindings findings={[...fOwn, ...fDescription]} />
      {response.schema !== undefined && <SchemaTree pointer={pointer + '/schema'} swagger={swagger} />}
      <div className="def-headers">
        <span className="muted def-small">Headers</span>
        {Object.entries(headers).map(([name, h]) => {
          const hp = `${pointer}/headers/${escapeSegment(name)}`;
          const hv = isObject(h) ? h : {};
          return (
            <div className="def-header-row" key={name} data-pointer={`${SWAGGER}#${hp}`}>
              <code>{name}</code>
              <Select label={`Type of ${name}`} value={str(hv.type)} options={[...new Set([str(hv.type), ...TYPE_OPTIONS.filter((t) => t !== 'object' && t !== 'file')])]} onChange={(v) => set(hp + '/type', v, 'Edit header type')} />
              <TextInput aria-label={`Description of header ${name}`} placeholder="Description" value={str(hv.description)} onValue={(v) => set(hp + '/description', v, 'Edit header description')} />
              <button type="button" className="icon-button" aria-label={`Remove header ${name}`} onClick={() => applyFix({ label: 'Remove response header', edits: [{ file: SWAGGER, path: hp, remove: true }] })}>✕</button>
            </div>
          );
        })}
        <div className="def-header-row">
          <TextInput aria-label="New header name" placeholder="Header name" value={header} onValue={setHeader} onKeyDown={(e) => e.key === 'Enter' && addHeader()} />
          <button type="button" className="link-button" onClick={addHeader}>+ Add header</button>
        </div>
      </div>
    </div>
  );
}
