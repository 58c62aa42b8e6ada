/**
 * Postman request URLs (a raw string or { protocol, host, port, path, query, variable }) -> origin, path
 * segments and query, with collection variables ({{name}}) resolved where they have a value.
 */
import { asString, isObject, textOf, type JsonObject } from './util';

export interface PostmanQuery {
  key: string;
  value: string;
  description?: string;
  disabled: boolean;
}

export interface ParsedUrl {
  /** "https://api.example.com" after variable resolution, or undefined when the host is still a variable. */
  origin?: string;
  /** The unresolved variables the host depends on. */
  hostVariables: string[];
  /** Path segments (base URL path first), still in Postman syntax (":id", "{{var}}"). */
  segments: string[];
  /** How many leading segments came from the base URL (variable) rather than the request. */
  baseSegments: number;
  query: PostmanQuery[];
  /** Path variable descriptions and sample values by name. */
  pathVariables: Map<string, { value?: string; description?: string }>;
}

const VARIABLE = /\{\{([^{}]+)\}\}/g;
const HAS_VARIABLE = /\{\{[^{}]+\}\}/;

export function resolveVariables(text: string, variables: Map<string, string>): string {
  let out = text;
  for (let pass = 0; pass < 3 && HAS_VARIABLE.test(out); pass++) {
    out = out.replace(VARIABLE, (whole, name: string) => variables.get(name.trim()) ?? whole);
  }
  return out;
}

export function parseUrl(url: unknown, variables: Map<string, string>): ParsedUrl {
  const parts = isObject(url) && (url.host !== undefined || url.path !== undefined) ? fromObject(url) : fromRaw(isObject(url) ? asString(url.raw) ?? '' : asString(url) ?? '');
  const resolved = resolveVariables(parts.origin, variables);
  const hostVariables = [...resolved.matchAll(VARIABLE)].map((m) => m[1].trim());
  let origin: string | undefined;
  let baseSegments: string[] = [];
  if (hostVariables.length === 0 && resolved !== '') {
    try {
      const parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(resolved) ? resolved : `https://${resolved}`);
      origin = `${parsed.protocol}//${parsed.host}`;
      baseSegments = parsed.pathname.split('/').filter((s) => s !== '').map(decodeSegment);
    } catch {
      origin = undefined;
    }
  }
  const pathVariables = new Map<string, { value?: string; description?: string }>();
  if (isObject(url) && Array.isArray(url.variable)) {
    for (const variable of url.variable.filter(isObject)) {
      const key = asString(variable.key) ?? asString(variable.id);
      if (key) pathVariables.set(key, { value: variable.value !== undefined ? String(variable.value) : undefined, description: textOf(variable.description) });
    }
  }
  return { origin, hostVariables, segments: [...baseSegments, ...parts.path], baseSegments: baseSegments.length, query: parts.query, pathVariables };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

interface RawParts {
  origin: string;
  path: string[];
  query: PostmanQuery[];
}

function fromObject(url: JsonObject): RawParts {
  const host = Array.isArray(url.host) ? url.host.map(String).join('.') : asString(url.host) ?? '';
  const protocol = asString(url.protocol);
  const port = url.port !== undefined ? `:${String(url.port)}` : '';
  const path = Array.isArray(url.path)
    ? url.path.map((s) => (isObject(s) ? String(s.value ?? '') : String(s)))
    : (asString(url.path) ?? '').split('/');
  const query = Array.isArray(url.query)
    ? url.query.filter(isObject).filter((q) => typeof q.key === 'string').map((q) => ({
        key: q.key as string,
        value: q.value === null || q.value === undefined ? '' : String(q.value),
        description: textOf(q.description),
        disabled: q.disabled === true,
      }))
    : [];
  return { origin: `${protocol ? `${protocol}://` : ''}${host}${port}`, path: path.filter((s) => s !== ''), query };
}

function fromRaw(raw: string): RawParts {
  const [beforeHash] = raw.split('#');
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const search = queryAt >= 0 ? beforeHash.slice(queryAt + 1) : '';
  const scheme = /^([a-z][a-z0-9+.-]*:\/\/)/i.exec(base)?.[1] ?? '';
  const rest = base.slice(scheme.length);
  const slash = rest.indexOf('/');
  const origin = scheme + (slash >= 0 ? rest.slice(0, slash) : rest);
  const path = slash >= 0 ? rest.slice(slash + 1).split('/').filter((s) => s !== '') : [];
  const query = search
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const [key, ...value] = pair.split('=');
      return { key: decodeSegment(key), value: decodeSegment(value.join('=')), disabled: false };
    });
  return { origin, path, query };
}
