/**
 * Contract area: testing — the Test step (CERTIFICATION.md §1 step 5). Requests are sent from main (no CORS), with
 * the connection's credentials read from the secret store there: the renderer never sees a secret, only the
 * request as sent with its secrets masked.
 *
 * The renderer passes the documents as they are open (its texts are the source of truth) and the operation's
 * previous runs; main returns the updated runs, which the renderer keeps in the project's sidecar (`sidecar.tests`,
 * see TestsSidecar) for the history and the test report the export includes.
 */
import type { TestConnection, TestInputs, SchemaMessage, RedirectHop, RequestView } from '../../main/core/model/testing/types';
import type { DynamicValuesRef } from '../../main/core/model/testing/form-model';
import type { DynamicValuesResult, FormValues } from '../../main/core/model/testing/dynamic-values';
import type { HistoryEntry, TestHistory } from '../../main/core/model/testing/history';
import type { SecretInfo, SecretScope } from './secrets';
import type { Result } from './result';

export type { RequestView, DynamicValuesResult };

/** What the project sidecar keeps for the Test step (no secrets: those stay in the secret store). */
export interface TestsSidecar {
  /** Values of the connection parameters that are not secrets (hostName, region …). */
  connectionParams?: Record<string, string>;
  /** Multi-auth connectors: the name of the connectionParameterSets entry chosen for testing. */
  connectionSet?: string;
  /** operationId -> runs, newest first, secrets masked. */
  history?: TestHistory;
}

export type TestTarget = 'live' | 'mock';

export interface RunOperationRequest {
  scope: SecretScope;
  swagger: unknown;
  apiProperties?: unknown;
  operationId: string;
  inputs: TestInputs;
  /** undefined = send without credentials. Not used for the mock, which needs none. */
  connection?: TestConnection;
  /** 'mock' sends to this window's mock server (startMock first). */
  target: TestTarget;
  /** This operation's previous runs (newest first). */
  history: HistoryEntry[];
  /** The user agreed to send the connection's secrets to a host other than the one they were entered for. */
  confirmForeignHost?: boolean;
}

/** Fill a dynamic dropdown: call the operation `ref` names over the connection, with arguments from `form`. */
export interface DynamicValuesRequest {
  scope: SecretScope;
  swagger: unknown;
  apiProperties?: unknown;
  /** The field's x-ms-dynamic-values / x-ms-dynamic-list (FormField.dynamicValues). */
  ref: DynamicValuesRef;
  /** The form being filled in: references read its parameters and body. */
  form: FormValues;
  connection?: TestConnection;
  target: TestTarget;
}

export interface ResponseView {
  status: number;
  statusText: string;
  timeMs: number;
  sizeBytes: number;
  headers: Record<string, string>;
  contentType: string;
  /** Text bodies, JSON pretty-printed. */
  bodyText?: string;
  /** Binary bodies (base64); `image` says the UI can show it as an image. */
  bodyBase64?: string;
  image: boolean;
  truncated: boolean;
  warnings: string[];
  redirects: RedirectHop[];
}

export type RunOutcome =
  | { kind: 'response'; response: ResponseView }
  /** Nothing was sent: ask the user, then send again with confirmForeignHost. */
  | { kind: 'needs-confirmation'; host: string; secretHost: string; message: string }
  | { kind: 'error'; code: string; message: string };

export interface SchemaCheck {
  /** False when the operation declares no schema for this status. */
  schemaFound: boolean;
  valid: boolean;
  messages: SchemaMessage[];
}

export interface RunOperationResult {
  request?: RequestView;
  /** Plain-language notes on the inputs (missing required values …). */
  problems: string[];
  outcome: RunOutcome;
  validation?: SchemaCheck;
  /** This operation's runs including this one (unchanged when nothing was sent). */
  history: HistoryEntry[];
}

export interface SignInRequest {
  scope: SecretScope;
  authorizationUrl: string;
  tokenUrl: string;
  clientId: string;
  scopes: string[];
  /** Provider specifics, e.g. { resource } for Azure AD v1. */
  extraParameters?: Record<string, string>;
  /** The API host the token is sent to: the token is stored for it. */
  apiHost: string;
  /** Multi-auth: the set's secret prefix, `set:<name>:` (its tokens and client secret are the set's own). */
  fieldPrefix?: string;
}

export interface SignInResult {
  /** ISO 8601, when the provider said. */
  expiresAt?: string;
  scope?: string;
  /** A refresh token was stored too. */
  refreshable: boolean;
}

export interface RefreshRequest {
  scope: SecretScope;
  tokenUrl: string;
  clientId: string;
  scopes: string[];
  apiHost: string;
  fieldPrefix?: string;
}

export interface MockInfo {
  /** http://127.0.0.1:<port> */
  url: string;
  /** url + basePath */
  baseUrl: string;
  port: number;
  startedAt: string;
}

export interface TestingApi {
  runOperation(request: RunOperationRequest): Promise<RunOperationResult>;
  /** The items of a dynamic dropdown, fetched from main like a test run (not recorded in the history). */
  dynamicValues(request: DynamicValuesRequest): Promise<DynamicValuesResult>;
  /** Re-checks a response against the (possibly updated) definition. */
  checkResponse(swagger: unknown, operationId: string, status: number, bodyText: string | undefined): Promise<SchemaCheck>;
  /** OAuth 2.0 authorization code + PKCE in the system browser; the tokens go to the secret store. */
  signIn(request: SignInRequest): Promise<Result<SignInResult>>;
  refreshSignIn(request: RefreshRequest): Promise<Result<SignInResult>>;
  /** Ends the sign-in in progress (if any): its loopback listener closes at once and signIn answers "cancelled". */
  cancelSignIn(): Promise<void>;
  /** "Paste a token": stored as the connection's access token for apiHost. */
  pasteToken(scope: SecretScope, token: string, apiHost: string, fieldPrefix?: string): Promise<SecretInfo>;
  /** Starts (or restarts) this window's mock server from the given definition. */
  startMock(swagger: unknown): Promise<MockInfo>;
  stopMock(): Promise<void>;
  mockStatus(): Promise<MockInfo | null>;
}

export const TESTING_METHODS = [
  'runOperation',
  'checkResponse',
  'dynamicValues',
  'signIn',
  'refreshSignIn',
  'cancelSignIn',
  'pasteToken',
  'startMock',
  'stopMock',
  'mockStatus',
] as const satisfies readonly (keyof TestingApi)[];

