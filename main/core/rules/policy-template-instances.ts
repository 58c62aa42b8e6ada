/**
 * Catalogue 42 (E): each `policyTemplateInstances[]` entry is valid for its template — required parameters,
 * values from the template's lists (e.g. setheader `existsAction` ∈ override|skip|append) — its
 * `x-ms-apimTemplate-operationName` entries are operationIds of the swagger, and every
 * `@connectionParameters('x')` it uses names a defined connection parameter (paconn schema, L:policy-templates).
 */
import type { Report, Rule } from './rule';
import { operationsOf } from './support/document-index';
import { isObject, type JsonObject } from '../model/operations';
import { escapeSegment, toPointer } from '../model/json-pointer';
import { connectionParameterNames, propertiesOf } from './support-package/api-properties';
import {
  OPERATION_NAMES,
  PARAMETER_PREFIX,
  POLICY_SECTION,
  POLICY_TEMPLATES,
  UNSCHEMATISED_TEMPLATES,
} from './support-package/policy-templates';

const CONNECTION_PARAMETER = /@connectionParameters\(\s*['"]([^'"]*)['"]/g;

export const policyTemplateInstances: Rule = {
  id: 'policy-template-instances',
  catalogue: [42],
  severity: 'error',
  step: 'definition',
  description: 'Policy template instances: parameters, operation names and connection-parameter references.',
  check(ctx, report) {
    const policies = propertiesOf(ctx.properties)?.policyTemplateInstances;
    if (!Array.isArray(policies)) return;
    const operationIds = new Set(operationsOf(ctx).flatMap((op) => (op.operationId ? [op.operationId] : [])));
    const connectionNames = connectionParameterNames(ctx.properties);
    policies.forEach((policy, index) => {
      if (!isObject(policy) || typeof policy.templateId !== 'string') return; // rule 38 reports the shape
      const at = toPointer(['properties', 'policyTemplateInstances', index]);
      const parameters: JsonObject = isObject(policy.parameters) ? policy.parameters : {};
      checkTemplate(policy.templateId, parameters, at, report);
      if (ctx.swagger !== undefined) checkOperationNames(parameters, operationIds, at, report);
      checkConnectionReferences(parameters, connectionNames, `${at}/parameters`, report);
    });
  },
};

function checkTemplate(templateId: string, parameters: JsonObject, at: string, report: Report): void {
  const id = templateId.toLowerCase();
  const template = POLICY_TEMPLATES[id];
  if (!template) {
    if (UNSCHEMATISED_TEMPLATES.has(id)) return;
    report({ severity: 'warning', message: `Unknown policy template '${templateId}'.`, file: 'apiProperties.json', path: `${at}/templateId` });
    return;
  }
  for (const name of template.required) {
    const key = PARAMETER_PREFIX + name;
    if (parameters[key] !== undefined) continue;
    report({ message: `The '${id}' policy needs the parameter '${key}'.`, file: 'apiProperties.json', path: `${at}/parameters/${key}` });
  }
  const lists: [string, string[]][] = [...Object.entries(template.enums).map(([n, v]): [string, string[]] => [PARAMETER_PREFIX + n, v]), [POLICY_SECTION, template.sections]];
  for (const [key, allowed] of lists) {
    const value = parameters[key];
    if (value === undefined || (typeof value === 'string' && allowed.includes(value))) continue;
    report({
      message: `The '${id}' policy parameter '${key}' must be one of ${allowed.join(', ')} (found ${JSON.stringify(value)}).`,
      file: 'apiProperties.json',
      path: `${at}/parameters/${key}`,
    });
  }
}

function checkOperationNames(parameters: JsonObject, operationIds: Set<string>, at: string, report: Report): void {
  const names = parameters[OPERATION_NAMES];
  if (!Array.isArray(names)) return;
  names.forEach((name, i) => {
    if (typeof name === 'string' && operationIds.has(name)) return;
    report({
      message: `The policy applies to the operation '${String(name)}', which is not an operationId of the swagger.`,
      file: 'apiProperties.json',
      path: `${at}/parameters/${OPERATION_NAMES}/${i}`,
    });
  });
}

function checkConnectionReferences(value: unknown, names: Set<string>, pointer: string, report: Report): void {
  if (typeof value === 'string') {
    for (const match of value.matchAll(CONNECTION_PARAMETER)) {
      if (names.has(match[1])) continue;
      report({
        message: `@connectionParameters('${match[1]}') refers to a connection parameter that apiProperties.json does not define.`,
        file: 'apiProperties.json',
        path: pointer,
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkConnectionReferences(item, names, `${pointer}/${i}`, report));
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) checkConnectionReferences(item, names, `${pointer}/${escapeSegment(key)}`, report);
  }
}
