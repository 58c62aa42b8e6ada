/**
 * Test connections: non-secret parameters in the project, secret values in a SecretStore
 * (Electron safeStorage in the app), each secret tied to the host it was entered for.
 */
import type { ResolvedAuth, TestConnection } from '../model/testing/types';
import { WINDOWS_AUTH_EXPLANATION } from '../model/testing/security';

export interface SecretStore {
  get(ref: string): Promise<string | undefined>;
  set(ref: string, value: string, host: string): Promise<void>;
  /** The host the secret was entered for. */
  hostOf(ref: string): Promise<string | undefined> | string | undefined;
}

/** Conventional secret names of a connection (apiProperties connection parameter names). */
export const SECRET_NAMES = { apiKey: 'api_key', username: 'username', password: 'password', accessToken: 'access_token' } as const;

export interface ResolvedConnection {
  auth: ResolvedAuth;
  /** Non-secret params plus every secret, for policy expressions such as @connectionParameters('api_key'). */
  connectionParameters: Record<string, string>;
  secretParameters: string[];
  /** The secret values themselves: to scrub from anything stored or shown. */
  secretValues: string[];
  /** Where the secrets may go without asking: the host recorded with them, else the connection's host. */
  secretHost: string;
}

export async function resolveConnection(connection: TestConnection, store: SecretStore): Promise<ResolvedConnection> {
  // Never fall back to sending without credentials: the platform does Windows auth through its gateway only.
  if (connection.authKind === 'windows') throw new Error(WINDOWS_AUTH_EXPLANATION);
  const secrets: Record<string, string> = {};
  let secretHost: string | undefined;
  for (const [name, ref] of Object.entries(connection.secretRefs)) {
    const value = await store.get(ref);
    if (value === undefined) continue;
    secrets[name] = value;
    secretHost ??= await store.hostOf(ref);
  }
  const need = (name: string): string => {
    // A multi-auth set may declare the user name as a plain string parameter (only the password is secret).
    const value = secrets[name] ?? (connection.params[name] !== '' ? connection.params[name] : undefined);
    if (value === undefined) throw new Error(`The connection "${connection.name}" has no saved value for "${name}". Edit the connection and enter it again.`);
    return value;
  };
  let auth: ResolvedAuth;
  switch (connection.authKind) {
    case 'apiKey':
      auth = { kind: 'apiKey', key: need(SECRET_NAMES.apiKey) };
      break;
    case 'basic':
      auth = { kind: 'basic', username: need(SECRET_NAMES.username), password: need(SECRET_NAMES.password) };
      break;
    case 'oauth2':
      auth = { kind: 'oauth2', accessToken: need(SECRET_NAMES.accessToken) };
      break;
    default:
      auth = { kind: 'none' };
  }
  return {
    auth,
    connectionParameters: { ...connection.params, ...secrets },
    secretParameters: Object.keys(secrets),
    secretValues: Object.values(secrets).filter((v) => v !== ''),
    secretHost: secretHost ?? connection.host,
  };
}
