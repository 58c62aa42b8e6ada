/**
 * Catalogue 38 (E): apiProperties.json validates against the paconn apiProperties schema
 * (M:schemas/paconn-apiProperties.schema.json) with the local fixes described in schemas/api-properties.schema.ts.
 * A property the schema knows under another casing ("oauthSettings" for "oAuthSettings", as Microsoft's own
 * certified Azure Communication Services connectors write it) is a warning with a fix that renames it: the
 * platform reads it, paconn's schema does not.
 */
import type { ErrorObject } from 'ajv';
import type { Report, Rule } from './rule';
import { escapeSegment, getAt } from '../model/json-pointer';
import { isObject } from '../model/operations';
import { API_PROPERTIES_SCHEMA, apiPropertiesValidator } from './schemas/api-properties.schema';

export const apiPropertiesSchema: Rule = {
  id: 'api-properties-schema',
  catalogue: [38],
  severity: 'error',
  step: 'security',
  description: 'apiProperties.json follows the paconn apiProperties schema.',
  check(ctx, report) {
    if (ctx.properties === undefined) return;
    const validate = apiPropertiesValidator();
    if (validate(ctx.properties)) return;
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const { path, message } = describe(error);
      const key = `${path}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const miscased = error.keyword === 'additionalProperties' ? miscasedFinding(error.instancePath, String((error.params as { additionalProperty: string }).additionalProperty), ctx.properties) : undefined;
      report({ ...(miscased ?? { message, file: 'apiProperties.json', path }), step: stepFor(path) });
    }
  },
};

function describe(error: ErrorObject): { path: string; message: string } {
  const at = error.instancePath;
  const name = at === '' ? 'apiProperties.json' : `'${at.split('/').pop()}'`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String((error.params as { additionalProperty: string }).additionalProperty);
      return {
        path: `${at}/${escapeSegment(property)}`,
        message: `The property '${property}' is not valid in apiProperties.json here (not in the paconn apiProperties schema).`,
      };
    }
    case 'required': {
      const property = String((error.params as { missingProperty: string }).missingProperty);
      return { path: `${at}/${escapeSegment(property)}`, message: `The '${property}' property is required.` };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
      return { path: at, message: `The value of ${name} must be one of ${allowed}.` };
    }
    case 'type':
      return { path: at, message: `The value of ${name} must be of type ${String((error.params as { type: unknown }).type)}.` };
    default:
      return { path: at, message: `The value of ${name} ${error.message ?? 'is not valid'}.` };
  }
}

let namesByLowerCase: Map<string, string> | undefined;

/** Every property name the schema declares, by its lower-case form. */
function declaredNames(): Map<string, string> {
  if (namesByLowerCase) return namesByLowerCase;
  namesByLowerCase = new Map();
  const pending: unknown[] = [API_PROPERTIES_SCHEMA];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (isObject(node)) {
      if (isObject(node.properties)) for (const name of Object.keys(node.properties)) namesByLowerCase.set(name.toLowerCase(), name);
      pending.push(...Object.values(node));
    }
  }
  return namesByLowerCase;
}

/** For a property the schema declares under another casing: the warning, with a fix that renames it. */
function miscasedFinding(at: string, property: string, properties: unknown): Omit<Parameters<Report>[0], 'step'> | undefined {
  const declared = declaredNames().get(property.toLowerCase());
  if (declared === undefined || declared === property) return undefined;
  const path = `${at}/${escapeSegment(property)}`;
  return {
    severity: 'warning',
    message: `'${property}' is spelled '${declared}' in the paconn apiProperties schema. The platform reads either, but tools that check the schema (paconn) reject it.`,
    file: 'apiProperties.json',
    path,
    fix: { label: `Rename to '${declared}'`, edits: [{ file: 'apiProperties.json', path: `${at}/${escapeSegment(declared)}`, value: getAt(properties, path) }, { file: 'apiProperties.json', path, remove: true }] },
  };
}

/** Policies are edited on the Definition step, script operations on Code, the rest on General/Security. */
function stepFor(path: string): 'definition' | 'code' | 'general' | 'security' {
  if (path.startsWith('/properties/policyTemplateInstances')) return 'definition';
  if (path.startsWith('/properties/scriptOperations')) return 'code';
  if (path === '/properties/iconBrandColor' || path.startsWith('/properties/capabilities')) return 'general';
  return 'security';
}
