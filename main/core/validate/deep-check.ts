/**
 * The heavier check, run when the user pauses (and by the CLI): swagger-parser resolves every reference and
 * runs its spec validator on the result. It finds what a one-hop lookup cannot (a reference that resolves
 * to something that is not valid where it is used), at the cost of a full dereference.
 *
 * Resolution is LOCAL ONLY: with its defaults swagger-parser reads local files (`$ref: "/etc/hostname"` is
 * inlined) and fetches URLs. The options below are the ones TOOLCHAIN.md verified; `resolve.external: false`
 * would silently leave such references in place instead.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { Finding } from '../model/findings';
import { escapeSegment } from '../model/json-pointer';
import { HTTP_METHODS, isObject } from '../model/operations';
import { withoutSampleRefs } from './refs';

const SWAGGER = 'apiDefinition.swagger.json' as const;

export function localOnlyOptions(timeoutMs: number) {
  return {
    resolve: { file: false, http: false },
    dereference: { circular: 'ignore' as const },
    mutateInputSchema: false,
    timeoutMs,
    // The schema was checked already by our compiled ajv validator; only the spec checks remain.
    validate: { schema: false, spec: true },
  };
}

/** At most one finding: swagger-parser stops at the first problem. */
export async function deepFindings(swagger: unknown, timeoutMs = 4000): Promise<Finding[]> {
  if (!isObject(swagger)) return [];
  const parser = new SwaggerParser();
  try {
    // swagger-parser's types want an OpenAPI document; ours is checked by the schema already. It follows
    // "$ref" keys in sample data too, which are data (refs.ts skips them the same way).
    await parser.validate(withoutSampleRefs(swagger) as never, localOnlyOptions(timeoutMs) as never);
    return [];
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    // With circular references left in place, the spec validator sees bare {$ref} objects and calls their
    // type "undefined": an artefact of `circular: 'ignore'`, not a problem in the document.
    if (parser.$refs?.circular && message.includes('(undefined)')) return [];
    return [toFinding(swagger, error as Error & { code?: string }, message, timeoutMs)];
  }
}

function toFinding(swagger: Record<string, unknown>, error: Error & { code?: string }, message: string, timeoutMs: number): Finding {
  const base = { rule: 'swagger-semantic', severity: 'error' as const, file: SWAGGER, step: 'definition' as const };
  if (error.code === 'ETIMEOUT' || error.name === 'TimeoutError') {
    return {
      ...base,
      path: '',
      message: `Resolving the references of this definition took longer than ${timeoutMs / 1000} s and was stopped. The references are nested too deeply (each level expands the next many times); simplify the schemas under #/definitions.`,
    };
  }
  return { ...base, path: locate(swagger, message), message: message.replace(/^Validation failed\.\s*/, '') };
}

/** swagger-parser names places as "/paths" + the raw path + "/get/...": find the operation it means. */
function locate(swagger: Record<string, unknown>, message: string): string {
  if (!isObject(swagger.paths)) return '';
  let best = '';
  let bestLength = 0;
  for (const pathName of Object.keys(swagger.paths)) {
    for (const method of HTTP_METHODS) {
      const named = `/paths${pathName}/${method}`;
      if (named.length > bestLength && message.includes(named)) {
        best = `/paths/${escapeSegment(pathName)}/${method}`;
        bestLength = named.length;
      }
    }
  }
  return best;
}
