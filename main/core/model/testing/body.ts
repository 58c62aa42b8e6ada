/** Request bodies: JSON, raw text, application/x-www-form-urlencoded and multipart/form-data. */
import { isObject } from '../operations';
import { setHeader, type RequestDraft } from './draft';
import { headerValue } from './expressions';
import { base64ToBytes } from './security';
import type { FileInput, TestInputs } from './types';

export interface BodySource {
  inputs: TestInputs;
  form: Record<string, string | FileInput>;
  consumes: string[];
  hasBodyParam: boolean;
}

export function isFileInput(value: unknown): value is FileInput {
  return isObject(value) && typeof value.base64 === 'string' && typeof value.fileName === 'string';
}

export function encodeBody(draft: RequestDraft, source: BodySource): void {
  const { inputs, form, consumes } = source;
  const contentType = (fallback: string) => {
    if (headerValue(draft.headers, 'Content-Type') === undefined) setHeader(draft, 'Content-Type', fallback);
  };
  if (inputs.rawBody !== undefined) {
    draft.rawBody = inputs.rawBody;
    contentType(consumes[0] ?? 'application/json');
    return;
  }
  if (source.hasBodyParam && inputs.body !== undefined) {
    // A copy: setproperty policies edit the body and must not touch the caller's form state.
    draft.jsonBody = JSON.parse(JSON.stringify(inputs.body));
    contentType(consumes.find((c) => /json/i.test(c)) ?? consumes[0] ?? 'application/json');
    return;
  }
  const entries = Object.entries(form);
  if (entries.length === 0) return;
  const multipart = consumes.includes('multipart/form-data') || entries.some(([, v]) => typeof v !== 'string');
  if (!multipart) {
    draft.rawBody = entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v as string)}`).join('&');
    contentType('application/x-www-form-urlencoded');
    return;
  }
  const boundary = '----ConnectorStudio' + globalThis.crypto.randomUUID().replace(/-/g, '');
  draft.rawBody = multipartBody(entries, boundary);
  setHeader(draft, 'Content-Type', `multipart/form-data; boundary=${boundary}`);
}

function multipartBody(entries: [string, string | FileInput][], boundary: string): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const quote = (s: string) => s.replace(/["\r\n]/g, '_');
  for (const [name, value] of entries) {
    if (typeof value === 'string') {
      chunks.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`));
    } else {
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"; filename="${quote(value.fileName)}"\r\n` +
        `Content-Type: ${value.contentType ?? 'application/octet-stream'}\r\n\r\n`;
      chunks.push(encoder.encode(head), base64ToBytes(value.base64), encoder.encode('\r\n'));
    }
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
