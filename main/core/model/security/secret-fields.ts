/**
 * Which values of a connector's authentication are secrets. They are entered in the Test step and kept in
 * the OS secret store (main/core/security), never in the project folder or an export (DESIGN.md).
 */
import type { AuthConfig, ConnectionParameter } from './auth-config';

export interface SecretField {
  /** Stable reference for the secret store, e.g. "param:api_key", "oauth2:clientSecret", "set:basic:password". */
  ref: string;
  /** What the UI calls it. */
  label: string;
  /** The connection parameter it is the value of, when it is one. */
  parameter?: string;
}

const OAUTH_SECRETS: SecretField[] = [
  { ref: 'oauth2:clientSecret', label: 'Client secret' },
  { ref: 'oauth2:accessToken', label: 'Access token' },
  { ref: 'oauth2:refreshToken', label: 'Refresh token' },
];

function parameterSecret(param: ConnectionParameter, prefix = 'param'): SecretField {
  return { ref: `${prefix}:${param.name}`, label: param.displayName ?? param.name, parameter: param.name };
}

export function secretFields(config: AuthConfig): SecretField[] {
  const out: SecretField[] = [];
  if ((config.kind === 'basic' || config.kind === 'windows') && config.basic) {
    out.push({ ref: 'param:password', label: config.basic.password.displayName ?? 'Password', parameter: 'password' });
  }
  if (config.kind === 'apiKey' && config.apiKey) {
    const { parameter, displayName } = config.apiKey;
    out.push({ ref: `param:${parameter}`, label: displayName ?? 'API Key', parameter });
  }
  if (config.kind === 'oauth2') out.push(...OAUTH_SECRETS);
  if (config.kind === 'multi') {
    for (const set of config.sets?.values ?? []) {
      if (set.oauth2) out.push(...OAUTH_SECRETS.map((s) => ({ ...s, ref: s.ref.replace('oauth2:', `set:${set.name}:oauth2:`) })));
      out.push(...set.params.filter(isSecret).map((p) => parameterSecret(p, `set:${set.name}`)));
    }
  }
  out.push(...config.params.filter(isSecret).map((p) => parameterSecret(p)));
  return out;
}

/** securestring parameters hold secrets (passwords, keys, client secrets such as token:clientSecret). */
export function isSecret(param: ConnectionParameter): boolean {
  return param.type === 'securestring';
}
