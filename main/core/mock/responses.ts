/** What the mock answers for an operation: its documented example, else a sample from the 2xx schema. */
import { isObject, type OperationRef } from '../model/operations';
import { deref } from '../model/testing/refs';
import { synthesize } from '../model/testing/synthesize';
import { validateValue } from '../model/testing/validate-response';

export interface MockAnswer {
  status: number;
  /** undefined = no body (204, or no schema). */
  body?: unknown;
  binary?: boolean;
  note?: string;
}

/** The lowest 2xx code declared; 200 when only `default` (or nothing, as webhook triggers) is declared. */
function successStatus(responses: Record<string, unknown>): string | undefined {
  const codes = Object.keys(responses).filter((c) => /^2\d\d$/.test(c)).sort();
  return codes[0] ?? (responses.default ? 'default' : undefined);
}

export function answerFor(swagger: unknown, op: OperationRef): MockAnswer {
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  const code = successStatus(responses);
  const status = code && code !== 'default' ? Number(code) : 200;
  const response = code ? deref(swagger, responses[code]) : undefined;
  const schema = response?.schema;
  if (status === 204 || !isObject(schema)) return { status };
  if (deref(swagger, schema)?.type === 'file') return { status, body: 'sample file content', binary: true };
  const example = exampleOf(response?.examples);
  if (example !== undefined) {
    if (validateValue(swagger, schema, example).valid) return { status, body: example, note: 'documented example' };
    return { status, body: synthesize(swagger, schema), note: 'the documented example does not match the response schema; a sample built from the schema was sent instead' };
  }
  return { status, body: synthesize(swagger, schema) };
}

function exampleOf(examples: unknown): unknown {
  if (!isObject(examples)) return undefined;
  const key = Object.keys(examples).find((k) => /json/i.test(k)) ?? Object.keys(examples)[0];
  return key === undefined ? undefined : examples[key];
}
