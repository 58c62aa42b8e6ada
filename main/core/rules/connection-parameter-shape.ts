/**
 * Catalogue 41 (E): connection parameter names match `^[0-9a-zA-Z_]+$` (or `name:sub`, e.g. token:TenantId),
 * `uiDefinition.constraints.required` and `.hidden` are the strings "true"/"false", and `.clearText` is a
 * boolean (paconn apiProperties schema, M:schemas/paconn-apiProperties.schema.json).
 */
import type { Report, Rule } from './rule';
import { isObject } from '../model/operations';
import { allConnectionParameters, type ConnectionParameterRef } from './support-package/api-properties';

const NAME = /^[0-9a-zA-Z_]+(?::[0-9a-zA-Z_]+)?$/;

export const connectionParameterShape: Rule = {
  id: 'connection-parameter-shape',
  catalogue: [41],
  severity: 'error',
  step: 'security',
  description: 'Connection parameter names and uiDefinition.constraints value types.',
  check(ctx, report) {
    for (const parameter of allConnectionParameters(ctx.properties)) {
      if (!NAME.test(parameter.name)) {
        report({
          message: `The connection parameter name '${parameter.name}' may only contain letters, digits and '_' (pattern ^[0-9a-zA-Z_]+$).`,
          file: 'apiProperties.json',
          path: parameter.pointer,
        });
      }
      checkConstraints(parameter, report);
    }
  },
};

function checkConstraints(parameter: ConnectionParameterRef, report: Report): void {
  const ui = parameter.parameter.uiDefinition;
  if (!isObject(ui) || !isObject(ui.constraints)) return;
  const constraints = ui.constraints;
  const at = `${parameter.pointer}/uiDefinition/constraints`;
  for (const key of ['required', 'hidden'] as const) {
    const value = constraints[key];
    if (value === undefined || value === 'true' || value === 'false') continue;
    const fixed = typeof value === 'boolean' ? String(value) : typeof value === 'string' && /^(true|false)$/i.test(value) ? value.toLowerCase() : undefined;
    report({
      message: `constraints.${key} must be the string "true" or "false" (found ${JSON.stringify(value)}).`,
      file: 'apiProperties.json',
      path: `${at}/${key}`,
      fix: fixed === undefined ? undefined : { label: `Write ${key} as "${fixed}"`, edits: [{ file: 'apiProperties.json', path: `${at}/${key}`, value: fixed }] },
    });
  }
  const clearText = constraints.clearText;
  if (clearText !== undefined && typeof clearText !== 'boolean') {
    const fixed = typeof clearText === 'string' && /^(true|false)$/i.test(clearText) ? clearText.toLowerCase() === 'true' : undefined;
    report({
      message: `constraints.clearText must be a boolean (found ${JSON.stringify(clearText)}).`,
      file: 'apiProperties.json',
      path: `${at}/clearText`,
      fix: fixed === undefined ? undefined : { label: `Write clearText as ${fixed}`, edits: [{ file: 'apiProperties.json', path: `${at}/clearText`, value: fixed }] },
    });
  }
}
