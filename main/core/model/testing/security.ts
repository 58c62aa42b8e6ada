/** Applies the connection's credentials the way the connector's securityDefinitions describe. */
import { isObject } from '../operations';
import { setHeader, type RequestDraft } from './draft';
import type { ResolvedAuth } from './types';

/** Why a Windows-authentication connector cannot be tested live from the desktop (shown as is). */
export const WINDOWS_AUTH_EXPLANATION =
  'This connector uses Windows authentication, which Power Platform performs through the on-premises data gateway on a computer in your network. ' +
  'Connector Studio cannot authenticate that way from the desktop, and it does not send these requests without credentials. ' +
  'Test against the mock server instead, or test the connector in Power Platform through your gateway.';

export interface ApiKeyPlacement {
  in: 'header' | 'query';
  name: string;
}

/** The first apiKey security definition (connectors have at most one in practice). */
export function apiKeyPlacement(swagger: unknown): ApiKeyPlacement | undefined {
  const defs = isObject(swagger) && isObject(swagger.securityDefinitions) ? swagger.securityDefinitions : {};
  for (const def of Object.values(defs)) {
    if (isObject(def) && def.type === 'apiKey' && typeof def.name === 'string') {
      return { in: def.in === 'query' ? 'query' : 'header', name: def.name };
    }
  }
  return undefined;
}

export function applySecurity(draft: RequestDraft, swagger: unknown, auth: ResolvedAuth): void {
  switch (auth.kind) {
    case 'none':
      return;

    case 'apiKey': {
      const placement = apiKeyPlacement(swagger) ?? { in: 'header', name: 'Authorization' };
      if (placement.in === 'query') {
        draft.query = draft.query.filter(([k]) => k !== placement.name);
        draft.query.push([placement.name, auth.key]);
        draft.secretQuery.add(placement.name);
      } else {
        setHeader(draft, placement.name, auth.key);
        draft.secretHeaders.add(placement.name);
      }
      return;
    }
    case 'basic':
      setHeader(draft, 'Authorization', 'Basic ' + base64Utf8(`${auth.username}:${auth.password}`));
      draft.secretHeaders.add('Authorization');
      return;
    case 'oauth2':
      setHeader(draft, 'Authorization', 'Bearer ' + auth.accessToken);
      draft.secretHeaders.add('Authorization');
      return;
  }
}

/** btoa only takes Latin-1: go through UTF-8 bytes (works in Node and the renderer alike). */
export function base64Utf8(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
