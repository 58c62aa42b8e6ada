/**
 * One click of "Test operation": build the request from the form and the connection, send it,
 * check the response against the operation's schema and record the run (masked) in the history.
 */
import { buildRequest } from '../model/testing/build-request';
import { maskHeaders, maskUrl, scrubSecrets, toCurl } from '../model/testing/curl';
import { recordRun, type TestHistory } from '../model/testing/history';
import type { RequestView, TestConnection, TestInputs, TestRequest } from '../model/testing/types';
import { validateResponse, type ResponseValidation } from '../model/testing/validate-response';
import { resolveConnection, type SecretStore } from './connection';
import { sendTestRequest, type SendOptions, type SendResult } from './send';

export interface RunTestInput {
  swagger: unknown;
  apiProperties?: unknown;
  operationId: string;
  inputs: TestInputs;
  /** undefined = no authentication. */
  connection?: TestConnection;
  store: SecretStore;
  send: Omit<SendOptions, 'secretHost'>;
  history: TestHistory;
  historyLimit: number;
  /** Send to the mock server instead (policies are then not applied). */
  baseUrl?: string;
}

export interface RunTestOutput {
  request: RequestView;
  problems: string[];
  result: SendResult;
  validation?: ResponseValidation;
  /** The updated history (unchanged when confirmation is needed: nothing was sent). */
  history: TestHistory;
}

/** What one request needs, whether it is a test run or the call behind a dynamic dropdown. */
export type SendOperationInput = Pick<RunTestInput, 'swagger' | 'apiProperties' | 'operationId' | 'inputs' | 'connection' | 'store' | 'send' | 'baseUrl'>;

export interface SentOperation {
  request: TestRequest;
  view: RequestView;
  problems: string[];
  result: SendResult;
  /** Secret values used, to scrub from anything kept or shown. */
  secretValues: string[];
}

/** Builds the request (form, security, policies — the platform's order) and sends it: the one pipeline of the step. */
export async function sendOperation(input: SendOperationInput): Promise<SentOperation> {
  const resolved = input.connection ? await resolveConnection(input.connection, input.store) : undefined;
  const { request, problems } = buildRequest(input.swagger, input.operationId, input.inputs, {
    auth: resolved?.auth,
    apiProperties: input.baseUrl ? undefined : input.apiProperties,
    connectionParameters: resolved?.connectionParameters,
    secretParameters: resolved?.secretParameters,
    baseUrl: input.baseUrl,
  });
  const secretValues = resolved?.secretValues ?? [];
  const scrub = (text: string) => scrubSecrets(text, secretValues);
  const view: RequestView = {
    method: request.method,
    url: scrub(maskUrl(request.url, request.secretQuery)),
    headers: Object.fromEntries(Object.entries(maskHeaders(request.headers, request.secretHeaders)).map(([k, v]) => [k, scrub(v)])),
    ...(typeof request.body === 'string' ? { bodyText: scrub(request.body) } : {}),
    curl: scrub(toCurl(request, true)),
  };
  const bodyText = typeof request.body === 'string' ? request.body : '';
  const containsSecrets = secretValues.some((v) => request.url.includes(v) || bodyText.includes(v) || Object.values(request.headers).some((h) => h.includes(v)));
  const result = await sendTestRequest(request, { ...input.send, secretHost: resolved?.secretHost, containsSecrets });
  return { request, view, problems, result, secretValues };
}

export async function runTest(input: RunTestInput): Promise<RunTestOutput> {
  const { request, view, problems, result, secretValues } = await sendOperation(input);
  if (result.kind === 'needs-confirmation') return { request: view, problems, result, history: input.history };
  const validation = result.kind === 'response' ? validateResponse(input.swagger, input.operationId, result.response.status, result.response.bodyText) : undefined;
  const history = recordRun(input.history, {
    operationId: input.operationId,
    date: new Date().toISOString(),
    connectionName: input.connection?.name,
    request,
    response: result.kind === 'response' ? result.response : undefined,
    error: result.kind === 'error' ? result.message : undefined,
    schemaValid: validation?.schemaFound ? validation.valid : undefined,
    schemaMessages: validation?.messages,
    secretValues,
  }, input.historyLimit);
  return { request: view, problems, result, validation, history };
}
