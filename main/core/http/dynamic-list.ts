/**
 * The call behind a dynamic dropdown of the Test form: the referenced operation sent over the selected connection
 * through the same pipeline as "Test operation" (security, policies, redirects, host check), its items extracted.
 * Not recorded in the history: it tests the list operation only incidentally.
 */
import { dynamicCall, dynamicSource, extractItems, type DynamicValuesResult, type FormValues } from '../model/testing/dynamic-values';
import type { DynamicValuesRef } from '../model/testing/form-model';
import { scrubSecrets } from '../model/testing/curl';
import { sendOperation, type SendOperationInput } from './run-test';

export interface DynamicListInput extends Omit<SendOperationInput, 'operationId' | 'inputs'> {
  ref: DynamicValuesRef;
  form: FormValues;
}

/** How much of an error body to quote: enough for the API's own message, not a page of HTML. */
const QUOTE_LIMIT = 200;

export async function fetchDynamicList(input: DynamicListInput): Promise<DynamicValuesResult> {
  const source = dynamicSource(input.ref);
  if ('error' in source) return { kind: 'error', message: source.error };
  const call = dynamicCall(input.swagger, source, input.form);
  if (call.waitingFor.length > 0) return { kind: 'waiting', waitingFor: call.waitingFor };
  const sent = await sendOperation({ ...input, operationId: source.operationId, inputs: call.inputs });
  const problems = sent.problems.length > 0 ? ` ${sent.problems.join(' ')}` : '';
  if (sent.result.kind === 'needs-confirmation') return { kind: 'needs-confirmation', message: sent.result.message };
  if (sent.result.kind === 'error') return { kind: 'error', message: `${source.operationId} failed: ${sent.result.message}${problems}`, request: sent.view };
  const response = sent.result.response;
  if (response.status < 200 || response.status > 299) {
    const quote = scrubSecrets((response.bodyText ?? '').trim().replace(/\s+/g, ' '), sent.secretValues);
    const detail = quote ? `: ${quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT)}…` : quote}` : '';
    return { kind: 'error', status: response.status, message: `${source.operationId} answered ${response.status} ${response.statusText}${detail}.${problems}`, request: sent.view };
  }
  let body: unknown;
  try {
    body = JSON.parse(response.bodyText ?? '');
  } catch {
    return { kind: 'error', status: response.status, message: `${source.operationId} answered ${response.status} but its body is not JSON (${response.contentType || 'no content type'}).`, request: sent.view };
  }
  const extracted = extractItems(body, source);
  return 'error' in extracted ? { kind: 'error', status: response.status, message: extracted.error, request: sent.view } : { kind: 'items', items: extracted.items, request: sent.view };
}
