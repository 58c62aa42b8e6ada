/**
 * The small expression language of policy templates, as used by real connectors:
 * `@connectionParameters('name')`, `@connectionParameters('name','default')`, `@headers('name')`,
 * `@body().a.b` and `{@body().a}` / `@{body().a}` interpolation (setproperty).
 */
import { isObject } from '../operations';

export interface ExpressionContext {
  connectionParameters: Record<string, string>;
  /** Current request headers (case-insensitive lookup). */
  headers: Record<string, string>;
}

const CONNECTION_PARAM = /@connectionParameters\(\s*'([^']*)'\s*(?:,\s*'([^']*)'\s*)?\)/g;
const HEADER_REF = /@headers\(\s*'([^']*)'\s*\)/g;

/** Substitutes connection parameters and headers into a text template. Unknown names become ''. */
export function expandText(template: string, ctx: ExpressionContext): string {
  return template
    .replace(CONNECTION_PARAM, (_m, name: string, fallback?: string) => {
      const value = ctx.connectionParameters[name];
      return value !== undefined && value !== '' ? value : (fallback ?? '');
    })
    .replace(HEADER_REF, (_m, name: string) => headerValue(ctx.headers, name) ?? '');
}

/** Connection parameter names a template reads (to know whether its result is a secret). */
export function referencedConnectionParameters(template: string): string[] {
  return [...template.matchAll(CONNECTION_PARAM)].map((m) => m[1]);
}

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** "@body().gifts.payments" or "body()" -> ['gifts', 'payments']; undefined when not a body path. */
export function bodyPath(expression: string): string[] | undefined {
  const match = /^\s*@?body\(\)((?:\.[^.\s]+)*)\s*$/.exec(expression);
  if (!match) return undefined;
  return match[1].split('.').filter(Boolean);
}

export function valueAt(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Evaluates a setproperty value template against the body. A bare "@body().x" yields that value;
 * a template with `{@body().x}` / `@{body().x}` pieces is filled with their JSON and read back as JSON
 * ("[{@body().payments}]" wraps an object in an array), falling back to text; undefined when a
 * referenced body value is absent.
 */
export function evaluateValueTemplate(template: string, body: unknown, ctx: ExpressionContext): unknown {
  const whole = bodyPath(template);
  if (whole) return valueAt(body, whole);
  const piece = /\{@body\(\)((?:\.[^.}\s]+)*)\}|@\{body\(\)((?:\.[^.}\s]+)*)\}/g;
  let missing = false;
  const filled = expandText(template, ctx).replace(piece, (_m, a?: string, b?: string) => {
    const value = valueAt(body, (a ?? b ?? '').split('.').filter(Boolean));
    missing ||= value === undefined;
    return JSON.stringify(value ?? null);
  });
  // The user left that part of the body out: the policy has nothing to move.
  if (missing) return undefined;
  try {
    return JSON.parse(filled);
  } catch {
    return filled;
  }
}
