/**
 * Catalogue 38 (E): apiProperties.json validates against the paconn apiProperties schema
 * (M:schemas/paconn-apiProperties.schema.json) with the local fixes described in schemas/api-properties.schema.ts.
 */
import type { ErrorObject } from 'ajv';
import type { Rule } from './rule';
import { escapeSegment } from '../model/json-pointer';
import { apiPropertiesValidator } from './schemas/api-properties.schema';

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
      report({ message, file: 'apiProperties.json', path, step: stepFor(path) });
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

/** Policies are edited on the Definition step, script operations on Code, the rest on General/Security. */
function stepFor(path: string): 'definition' | 'code' | 'general' | 'security' {
  if (path.startsWith('/properties/policyTemplateInstances')) return 'definition';
  if (path.startsWith('/properties/scriptOperations')) return 'code';
  if (path === '/properties/iconBrandColor' || path.startsWith('/properties/capabilities')) return 'general';
  return 'security';
}
