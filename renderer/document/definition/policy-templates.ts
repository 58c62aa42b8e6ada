/**
 * The policy templates the Policies form offers, with a label and hint per parameter.
 * The required parameters and enums mirror main/core/rules/support-package/policy-templates.ts (the rule-42
 * data, which the renderer may not import: main/core/rules is not part of the pure model); this is the one
 * renderer-side copy. Parameter names are written without the "x-ms-apimTemplateParameter." prefix.
 */
import { isObject, type JsonObject } from '../../../main/core/model/operations';
import { getAt, toPointer } from '../../../main/core/model/json-pointer';
import type { DocEdit } from '../../../main/core/model/findings';

export const PARAMETER_PREFIX = 'x-ms-apimTemplateParameter.';
export const OPERATION_NAMES = 'x-ms-apimTemplate-operationName';
export const POLICY_SECTION = 'x-ms-apimTemplate-policySection';

export interface TemplateParameter {
  name: string;
  label: string;
  required: boolean;
  options?: string[];
  /** Written on a new instance although the schema does not require it (certified connectors always set it). */
  prefill?: boolean;
  /** A JSON object value (pollingtrigger's triggerConfig) rather than a string. */
  object?: boolean;
  hint?: string;
}

export interface PolicyTemplateInfo {
  id: string;
  title: string;
  description: string;
  parameters: TemplateParameter[];
  sections?: string[];
  /** Not in the paconn apiProperties schema, but used by certified connectors. */
  unschematised?: boolean;
  /** The `type` certified connectors write next to templateId, when they write one. */
  type?: string;
}

const REQUEST_RESPONSE = ['Request', 'Response'];
const EXISTS = ['override', 'skip', 'append'];
const req = (name: string, label: string, hint?: string): TemplateParameter => ({ name, label, required: true, hint });
const opt = (name: string, label: string, options?: string[], hint?: string): TemplateParameter => ({ name, label, required: false, options, hint });

export const POLICY_TEMPLATES: PolicyTemplateInfo[] = [
  { id: 'setheader', title: 'Set HTTP header', description: 'Sets a header on the request or the response.', sections: ['Request', 'Response', 'Failure'],
    parameters: [req('name', 'Header name'), req('value', 'Header value', "Text, @connectionParameters('name') or @environmentVariables(\"name\")"), { ...opt('existsAction', 'Action if header exists', EXISTS), prefill: true }] },
  { id: 'setqueryparameter', title: 'Set query parameter', description: 'Sets a query string parameter on the request.', sections: REQUEST_RESPONSE,
    parameters: [req('name', 'Query parameter name'), req('value', 'Query parameter value'), { ...opt('existsAction', 'Action if parameter exists', EXISTS), prefill: true }] },
  { id: 'dynamichosturl', title: 'Set host URL', description: 'Replaces the host (and base path) of the request with a template.', sections: REQUEST_RESPONSE,
    parameters: [req('urlTemplate', 'URL template', "e.g. https://@connectionParameters('instance').example.com")] },
  { id: 'routerequesttoendpoint', title: 'Route request', description: 'Sends the request to another path (and method) of the backend.', sections: REQUEST_RESPONSE,
    parameters: [req('newPath', 'New path', 'e.g. /v2/items/{itemId}'), opt('httpMethod', 'HTTP method', ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', '@Request.OriginalHTTPMethod'])] },
  { id: 'setproperty', title: 'Set property', description: 'Sets a property of the request or response body.', sections: REQUEST_RESPONSE,
    parameters: [req('newPropertyParentPathTemplate', 'Parent path', 'e.g. @body()'), req('newPropertySubPathTemplate', 'Property name'), req('propertyValuePathTemplate', 'Value')] },
  { id: 'pollingtrigger', title: 'Polling trigger', description: 'Turns an operation into a polling trigger: which value to remember and where the items are.', type: 'PollingTrigger',
    parameters: [{ ...req('triggerConfig', 'Trigger state (JSON object)', 'e.g. {"after": "@{triggerBody().items[0].created}"}'), object: true }, req('triggerDataPath', 'Items path', 'e.g. @triggerBody().items')] },
  { id: 'stringreplace', title: 'Replace string', description: 'Replaces text in a property value.', sections: REQUEST_RESPONSE,
    parameters: [req('propertyParentPath', 'Parent path'), req('sourceString', 'Text to replace'), req('replacementString', 'Replacement'), req('newPropertyPath', 'New property path')] },
  { id: 'convertobjecttoarray', title: 'Convert object to array', description: 'Turns an object of keyed members into an array.', sections: REQUEST_RESPONSE,
    parameters: [req('propertyParentPath', 'Object path'), req('newPropertyPath', 'New array path')] },
  { id: 'convertarraytoobject', title: 'Convert array to object', description: 'Turns an array into an object keyed by a property of its items.', sections: REQUEST_RESPONSE,
    parameters: [req('propertyParentPath', 'Array path'), req('keyWithinCollectionPath', 'Key property'), req('newPropertyPath', 'New object path'), opt('retainKey', 'Keep the key property', ['true', 'false'])] },
  { id: 'updatenextlink', title: 'Update next link', description: 'Rewrites the paging link (x-ms-pageable) so it goes through the connector.', sections: REQUEST_RESPONSE,
    parameters: [req('nextLinkPropertyName', 'Next link property', 'The same name as x-ms-pageable.nextLinkName')] },
  { id: 'setvaluefromurl', title: 'Set value from URL', description: 'Reads a value from another URL and sets it on the request.', sections: REQUEST_RESPONSE,
    parameters: [req('parameterTemplate', 'Target'), req('parameterValueUrl', 'URL'), req('parameterValuePathTemplate', 'Value path'), opt('httpMethod', 'HTTP method', ['GET', 'POST', 'PUT'])] },
  { id: 'stringtoarray', title: 'String to array', description: 'Splits a delimited string into an array.', sections: REQUEST_RESPONSE,
    parameters: [req('propertyParentPath', 'Parent path'), req('delimiterList', 'Delimiters'), req('childPropertyName', 'Child property name'), req('newPropertyPath', 'New property path')] },
  { id: 'encodepropertyvalue', title: 'Encode property value', description: 'Encodes a property value into a new property.', sections: REQUEST_RESPONSE,
    parameters: [req('propertyParentPath', 'Parent path'), req('newPropertyPath', 'New property path')] },
  { id: 'dynamicsubdomain', title: 'Dynamic subdomain', description: 'Used by certified connectors; not in the apiProperties schema. Parameters are free-form.', unschematised: true, parameters: [] },
  { id: 'moveproperties', title: 'Move properties', description: 'Used by certified connectors; not in the apiProperties schema. Parameters are free-form.', unschematised: true, parameters: [] },
  { id: 'setconnectionstatustounauthenticated', title: 'Set connection status to unauthenticated', description: 'Used by certified connectors; not in the apiProperties schema. Parameters are free-form.', unschematised: true, parameters: [] },
];

export function templateInfo(id: unknown): PolicyTemplateInfo | undefined {
  return typeof id === 'string' ? POLICY_TEMPLATES.find((t) => t.id === id.toLowerCase()) : undefined;
}

export const POLICIES_POINTER = '/properties/policyTemplateInstances';

export function policyList(properties: unknown): unknown[] {
  const list = getAt(properties, POLICIES_POINTER);
  return Array.isArray(list) ? list : [];
}

/** A new instance of a template with its required parameters (empty, or the first allowed value). */
export function newPolicy(templateId: string, title: string, operationNames: string[] = []): JsonObject {
  const info = templateInfo(templateId);
  const parameters: JsonObject = {};
  for (const p of info?.parameters ?? []) {
    if (!p.required && !p.prefill) continue;
    parameters[PARAMETER_PREFIX + p.name] = p.object ? {} : (p.options?.[0] ?? '');
  }
  if (info?.sections) parameters[POLICY_SECTION] = info.sections[0];
  if (operationNames.length) parameters[OPERATION_NAMES] = operationNames;
  return { templateId, title, ...(info?.type ? { type: info.type } : {}), parameters };
}

/** Appends a policy instance (creating policyTemplateInstances when absent). */
export function addPolicyEdits(properties: unknown, policy: JsonObject): { edits: DocEdit[]; index: number } {
  const list = getAt(properties, POLICIES_POINTER);
  if (!Array.isArray(list)) {
    const base: DocEdit[] = isObject(getAt(properties, '/properties')) ? [] : [{ file: 'apiProperties.json', path: '/properties', value: {} }];
    return { edits: [...base, { file: 'apiProperties.json', path: POLICIES_POINTER, value: [policy] }], index: 0 };
  }
  return { edits: [{ file: 'apiProperties.json', path: toPointer(['properties', 'policyTemplateInstances', list.length]), value: policy, insert: true }], index: list.length };
}

/** `@connectionParameters('name')`, the way certified connectors write it. */
export function connectionParameterExpression(name: string): string {
  return `@connectionParameters('${name}')`;
}

export function environmentVariableExpression(name: string): string {
  return `@environmentVariables("${name}")`;
}
