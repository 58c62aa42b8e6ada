/**
 * The Security step's one way to change the documents: the config is read off the open texts (readAuth) and every
 * change is written back with writeAuth, then committed as ONE undo step covering both files.
 */
import { useCallback, useMemo } from 'react';
import { useStudio } from '../../store';
import { parsedJson } from '../../document/parsed';
import { readAuth, writeAuth, type AuthConfig } from '../../../main/core/model/security';
import type { SecretScope } from '../../../preload/contract';

export const SWAGGER = 'apiDefinition.swagger.json' as const;
export const PROPERTIES = 'apiProperties.json' as const;

export type UpdateAuth = (next: AuthConfig, label: string, coalesceKey?: string) => void;

export function useAuth(): { config: AuthConfig; update: UpdateAuth; swagger: unknown; properties: unknown } {
  const swaggerText = useStudio((s) => s.project?.files[SWAGGER]?.text ?? '');
  const propertiesText = useStudio((s) => s.project?.files[PROPERTIES]?.text ?? '');
  const commitTexts = useStudio((s) => s.commitTexts);
  const swagger = parsedJson(SWAGGER, swaggerText);
  const properties = parsedJson(PROPERTIES, propertiesText);
  const config = useMemo(() => readAuth(swagger, properties), [swagger, properties]);
  const update = useCallback<UpdateAuth>(
    (next, label, coalesceKey) => {
      const state = useStudio.getState().project;
      const texts = { swagger: state?.files[SWAGGER]?.text ?? '', properties: state?.files[PROPERTIES]?.text ?? '' };
      const written = writeAuth(texts, next);
      commitTexts({ [SWAGGER]: written.swagger, [PROPERTIES]: written.properties }, label, coalesceKey && `security:${coalesceKey}`);
    },
    [commitTexts],
  );
  return { config, update, swagger, properties };
}

/** Names the open project for the secret store (see preload/api/secrets.ts). */
export function useSecretScope(): SecretScope {
  const folder = useStudio((s) => s.project?.folder ?? null);
  const session = useStudio((s) => s.project?.id ?? '');
  return useMemo(() => ({ folder, session }), [folder, session]);
}

/** JSON pointer child with RFC 6901 escaping. */
export function at(container: string, key: string): string {
  return `${container}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/**
 * The host a secret is tied to: the host of the URL it is sent to, or the API's host when that URL has none
 * (or holds a {placeholder}).
 */
export function hostFor(url: string | undefined, fallback: string): string {
  if (url) {
    try {
      const parsed = new URL(url.includes('://') ? url : `https://${url}`);
      if (parsed.host && !parsed.host.includes('%7b') && !parsed.host.includes('{')) return parsed.host;
    } catch {
      // not a URL: use the fallback
    }
  }
  return fallback;
}
