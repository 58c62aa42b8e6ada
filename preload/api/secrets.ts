/**
 * Contract area: secrets — credentials the author types (OAuth client secrets, test API keys, passwords) kept in
 * the OS secret store behind the Host, never in the project folder or an export (DESIGN.md, "Secrets").
 *
 * Secret values never come back to the renderer: it can set, check and delete them. Main reads them itself (the
 * Test step sends them from main).
 *
 * Scoping: every call names the project by a SecretScope. The store reference of a secret is
 *   `project:<folder key>:<field>`   for a saved project, where the folder key is its absolute folder path
 *                                    (case-folded on Windows and macOS, whose file systems ignore case);
 *   `session:<session>:<field>`      for a project that has no folder yet: kept in memory only, and moved under
 *                                    the folder key the first time a call names the same session with a folder.
 * After "Save As" to another folder the secrets are copied to the new folder's key on the next call (the old
 * folder keeps its own). `field` is a SecretField.ref of the security model ("oauth2:clientSecret",
 * "param:api_key", "set:<set>:oauth2:clientSecret" …).
 */

export interface SecretScope {
  /** The project's folder, null until it is first saved. */
  folder: string | null;
  /** Stable for the open project during this session (the renderer's project id). */
  session: string;
}

export interface SecretStatus {
  /** False when secrets are kept for this session only. */
  persistent: boolean;
  /** Why secrets are not saved, in words the UI shows as is. */
  reason?: string;
}

export interface SecretInfo {
  field: string;
  present: boolean;
  /** The host the secret was entered for (where it may be sent without asking). */
  host?: string;
  /** Kept in memory until the project is saved (it has no folder yet). */
  pendingSave?: boolean;
  /** The OS offers no protected storage: kept until the app closes (SecretStatus.reason says why). */
  sessionOnly?: boolean;
}

export interface SecretsApi {
  secretStatus(): Promise<SecretStatus>;
  /** Stores (replaces) a secret for `host`; an empty value deletes it. */
  setSecret(scope: SecretScope, field: string, value: string, host: string): Promise<SecretInfo>;
  hasSecret(scope: SecretScope, field: string): Promise<SecretInfo>;
  /** Every secret stored for the project (fields and hosts only). */
  listSecrets(scope: SecretScope): Promise<SecretInfo[]>;
  deleteSecret(scope: SecretScope, field: string): Promise<void>;
}

export const SECRETS_METHODS = ['secretStatus', 'setSecret', 'hasSecret', 'listSecrets', 'deleteSecret'] as const satisfies readonly (keyof SecretsApi)[];
