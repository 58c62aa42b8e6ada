/**
 * What was dropped on the app: Swagger 2.0, OpenAPI 3.0/3.1 (JSON or YAML) or a Postman collection.
 * Parsing is bounded: YAML alias bombs are refused by the yaml package's default alias limit.
 */
import { parse as parseYaml } from 'yaml';
import { parseTolerant } from '../text/tolerant-json';
import { isObject } from '../model/operations';
import { ConversionError, type InputKind } from './types';

export interface DetectedInput {
  kind: InputKind;
  /** Why the input is what it is, or why it cannot be imported (shown to the user when kind is 'unknown'). */
  message: string;
  document?: Record<string, unknown>;
}

/** Parses JSON (tolerantly) or YAML; throws ConversionError with a position when neither works. */
export function parseDocument(text: string, fileName?: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const looksJson = /^\s*[{[]/.test(body) || /\.json$/i.test(fileName ?? '');
  if (looksJson) {
    const parsed = parseTolerant(body);
    const error = parsed.problems.find((p) => p.severity === 'error');
    if (parsed.value !== undefined && !error) return parsed.value;
    if (!/\.ya?ml$/i.test(fileName ?? '')) {
      const where = error ? ` at line ${error.line}, column ${error.column}: ${error.message}` : '';
      throw new ConversionError(`The file is not valid JSON${where}.`);
    }
  }
  try {
    return parseYaml(body, { merge: true, prettyErrors: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConversionError(`The file is neither JSON nor valid YAML: ${message}`);
  }
}

export function classifyDocument(document: unknown): DetectedInput {
  if (!isObject(document)) {
    return { kind: 'unknown', message: 'The file does not contain an API description (expected a JSON or YAML object).' };
  }
  const version = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  if (version(document.swagger) === '2.0') return { kind: 'swagger-2.0', message: 'Swagger 2.0 description.', document };
  if (document.swagger !== undefined || document.swaggerVersion !== undefined) {
    return { kind: 'unknown', message: `Swagger ${version(document.swagger ?? document.swaggerVersion)} is not supported: only Swagger 2.0, OpenAPI 3.0/3.1 and Postman v2.0/v2.1 can be imported.` };
  }
  const openapi = version(document.openapi);
  if (/^3\.0(\.|$)/.test(openapi)) return { kind: 'openapi-3.0', message: `OpenAPI ${openapi} description.`, document };
  if (/^3\.1(\.|$)/.test(openapi)) return { kind: 'openapi-3.1', message: `OpenAPI ${openapi} description.`, document };
  if (openapi) return { kind: 'unknown', message: `OpenAPI ${openapi} is not supported: only OpenAPI 3.0 and 3.1 can be converted.` };
  return classifyPostman(document);
}

function classifyPostman(document: Record<string, unknown>): DetectedInput {
  const info = isObject(document.info) ? document.info : undefined;
  const schema = typeof info?.schema === 'string' ? info.schema : '';
  if (/collection\/v2\.1/.test(schema)) return { kind: 'postman-2.1', message: 'Postman collection v2.1.', document };
  if (/collection\/v2\.0/.test(schema)) return { kind: 'postman-2.0', message: 'Postman collection v2.0.', document };
  if (/collection\/v1/.test(schema) || (Array.isArray(document.requests) && typeof document.name === 'string')) {
    return { kind: 'unknown', message: 'Postman collection v1 is not supported: in Postman, export the collection as v2.1 and import that file.' };
  }
  if (info && Array.isArray(document.item)) return { kind: 'postman-2.1', message: 'Postman collection (assumed v2.1).', document };
  return {
    kind: 'unknown',
    message: 'This file is not an API description: expected Swagger 2.0, OpenAPI 3.0/3.1 ("openapi": "3.x") or a Postman collection v2.0/v2.1.',
  };
}

/** detectInputKind for the UI: what the text is, or a clear message why it cannot be imported. */
export function detectInputKind(text: string, fileName?: string): { kind: InputKind; message: string } {
  try {
    const { kind, message } = classifyDocument(parseDocument(text, fileName));
    return { kind, message };
  } catch (error) {
    return { kind: 'unknown', message: error instanceof Error ? error.message : String(error) };
  }
}
