/**
 * Shapes of the Test step shared by main (sending, OAuth, mock) and the renderer (forms, history).
 * Plain JSON-able data only: these cross IPC unchanged.
 */

/** A request ready to send. `body` is text, or bytes for multipart/binary uploads. */
export interface TestRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Header names (any case) that carry credentials: masked in history, stripped on a cross-origin redirect. */
  secretHeaders?: string[];
  /** Query parameter names that carry credentials (apiKey "in: query", policies). */
  secretQuery?: string[];
}

/** A file chosen for a formData `type: file` parameter. */
export interface FileInput {
  fileName: string;
  contentType?: string;
  base64: string;
}

/** What the user typed into the generated form. Values are keyed by parameter name. */
export interface TestInputs {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  /** A JSON value (serialised as JSON) or raw text (sent as is; "raw body" toggle). */
  body?: unknown;
  rawBody?: string;
  formData?: Record<string, string | FileInput>;
}

/** 'windows' is never sent (WINDOWS_AUTH_EXPLANATION); it is a kind so nothing goes out silently without credentials. */
export type AuthKind = 'none' | 'apiKey' | 'basic' | 'oauth2' | 'windows';

/** A saved test connection. Secret values live in a SecretStore, referenced by `secretRefs`. */
export interface TestConnection {
  id: string;
  name: string;
  authKind: AuthKind;
  /** The host secrets were entered for (the connector host, or the dynamic host the user typed). */
  host: string;
  /** Non-secret connection parameter values, e.g. { hostName: "acme.example.com" }. */
  params: Record<string, string>;
  /**
   * Connection parameter name -> secret reference. Conventional names: api_key, username, password,
   * access_token (OAuth), plus any securestring parameter used by policies.
   */
  secretRefs: Record<string, string>;
  /** Multi-auth connectors: the connectionParameterSets entry the connection uses. */
  set?: string;
}

/** Credentials after the secrets were read: only ever held in memory while a request is built. */
export type ResolvedAuth =
  | { kind: 'none' }
  | { kind: 'apiKey'; key: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'oauth2'; accessToken: string };

/** The request as the UI may show it: secrets masked. */
export interface RequestView {
  method: string;
  url: string;
  headers: Record<string, string>;
  bodyText?: string;
  curl: string;
}

export interface RedirectHop {
  status: number;
  from: string;
  to: string;
  /** Credentials dropped before following this hop (names only). */
  stripped: string[];
}

export interface TestResponse {
  status: number;
  statusText: string;
  timeMs: number;
  sizeBytes: number;
  headers: Record<string, string>;
  /** Text bodies (JSON, XML, text/*). */
  bodyText?: string;
  /** Images and other binary bodies. */
  bodyBase64?: string;
  contentType: string;
  truncated: boolean;
  warnings: string[];
  redirects: RedirectHop[];
}

/** One schema problem in the wizard's wording, e.g. Property ".webhook" type mismatch, … */
export interface SchemaMessage {
  /** Dotted path from the root: ".items[0].name" ("" = the body itself). */
  path: string;
  message: string;
}
