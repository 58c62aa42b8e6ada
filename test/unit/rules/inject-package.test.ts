/**
 * Injection tests for the package rules (38–54): take a real corpus connector, inject one rule's violation
 * into the parsed documents (or supply a previous version for the breaking-change rules), run the rule and
 * require the finding's path to be the exact JSON pointer of the injected node.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAt, parsePointer } from '../../../main/core/model/json-pointer';
import { isObject, listOperations } from '../../../main/core/model/operations';
import type { Rule, RuleContext } from '../../../main/core/rules/rule';
import { PACKAGE_RULES } from '../../../main/core/rules/package-rules';
import { operationInputs, operationOutputs } from '../../../main/core/rules/support-package/swagger-shape';
import { corpusContext, runRules } from './support-package/context';

const rule = (id: string): Rule => {
  const found = PACKAGE_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

function setAt(doc: unknown, pointer: string, value: unknown): void {
  const segments = parsePointer(pointer);
  const parent = getAt(doc, segments.slice(0, -1)) as Record<string, unknown>;
  parent[segments[segments.length - 1]] = value;
}

function removeAt(doc: unknown, pointer: string): void {
  const segments = parsePointer(pointer);
  const parent = getAt(doc, segments.slice(0, -1));
  const key = segments[segments.length - 1];
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as Record<string, unknown>)[key];
}

/** Runs one rule and returns the paths of its findings (with their file). */
function paths(id: string, ctx: RuleContext): string[] {
  return runRules([rule(id)], ctx).map((f) => `${f.file} ${f.path}`);
}

/** A corpus connector with a previous version equal to the current one (to be changed by the test). */
function withPrevious(name: string): RuleContext {
  const ctx = corpusContext(name);
  ctx.previous = { swagger: structuredClone(ctx.swagger), properties: ctx.properties };
  return ctx;
}

const AFRICAS_TALKING = 'certified-connectors__Africa-s-Talking-SMS';
const MODULEQ = 'certified-connectors__ModuleQ';
const HUBSPOT = 'independent-publisher-connectors__HubSpot-CRM-V2';

describe('package rules find the injected node', () => {
  it('38 api-properties-schema: an unknown connection parameter type', () => {
    const ctx = corpusContext(AFRICAS_TALKING);
    setAt(ctx.properties, '/properties/connectionParameters/api_key/type', 'password');
    expect(paths('api-properties-schema', ctx)).toEqual(['apiProperties.json /properties/connectionParameters/api_key/type']);
  });

  it('39 auth-parameter-pairing: the api_key parameter removed', () => {
    const ctx = corpusContext(AFRICAS_TALKING);
    removeAt(ctx.properties, '/properties/connectionParameters/api_key');
    expect(paths('auth-parameter-pairing', ctx)).toEqual(['apiProperties.json /properties/connectionParameters/api_key']);
  });

  it('40 oauth-settings: token:TenantId made visible (Azure AD connector)', () => {
    const ctx = corpusContext(MODULEQ);
    setAt(ctx.properties, '/properties/connectionParameters/token:TenantId/uiDefinition/constraints/hidden', 'false');
    expect(paths('oauth-settings', ctx)).toEqual(['apiProperties.json /properties/connectionParameters/token:TenantId']);
  });

  it('41 connection-parameter-shape: constraints.required written as a boolean', () => {
    const ctx = corpusContext('certified-connectors__BulkSMS');
    const pointer = '/properties/connectionParameters/password/uiDefinition/constraints/required';
    setAt(ctx.properties, pointer, true);
    expect(paths('connection-parameter-shape', ctx)).toEqual([`apiProperties.json ${pointer}`]);
  });

  it('42 policy-template-instances: a policy applied to an operation that does not exist', () => {
    const ctx = corpusContext('certified-connectors__Staffbase');
    const policies = getAt(ctx.properties, '/properties/policyTemplateInstances') as unknown[];
    expect(policies.length).toBeGreaterThan(0);
    const pointer = '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName';
    setAt(ctx.properties, pointer, ['NoSuchOperation']);
    expect(paths('policy-template-instances', ctx)).toEqual([`apiProperties.json ${pointer}/0`]);
  });

  it('43 script-operations: an operation that does not exist', () => {
    const ctx = corpusContext('certified-connectors__Calendly');
    const list = (getAt(ctx.properties, '/properties/scriptOperations') as string[] | undefined) ?? [];
    setAt(ctx.properties, '/properties/scriptOperations', [...list, 'NoSuchOperation']);
    expect(paths('script-operations', ctx)).toEqual([`apiProperties.json /properties/scriptOperations/${list.length}`]);
  });

  it('44 brand-color: the wizard default colour', () => {
    const ctx = corpusContext('certified-connectors__Blueink');
    setAt(ctx.properties, '/properties/iconBrandColor', '#007ee5');
    expect(paths('brand-color', ctx)).toEqual(['apiProperties.json /properties/iconBrandColor']);
  });

  it('45 brand-color-near-default: a near-white colour', () => {
    const ctx = corpusContext('certified-connectors__Blueink');
    setAt(ctx.properties, '/properties/iconBrandColor', '#fdfdfd');
    expect(paths('brand-color-near-default', ctx)).toEqual(['apiProperties.json /properties/iconBrandColor']);
  });

  it('46 icon-format: an icon whose background is not the brand colour', () => {
    const ctx = corpusContext('custom-connectors__SAP-ODATA-Demo');
    ctx.icon = { format: 'png', width: 230, height: 230, bytes: 3911, opaque: true, borderColor: '#123456' };
    expect(paths('icon-format', ctx)).toEqual(['icon.png ']);
  });

  it('47 readme-sections: an independent-publisher readme without Known Issues', () => {
    const ctx = corpusContext('independent-publisher-connectors__Dad-Jokes');
    const readme = ctx.texts['readme.md'] ?? '';
    expect(paths('readme-sections', ctx)).toEqual([]);
    ctx.texts['readme.md'] = readme.replace(/^##\s*Known Issues.*$/gim, '## Notes');
    expect(paths('readme-sections', ctx)).toEqual(['readme.md ']);
  });

  it('48 script-class: an unsupported namespace', () => {
    const ctx = corpusContext('certified-connectors__Calendly');
    ctx.texts['script.csx'] = 'using System.Data.SqlClient;\n' + (ctx.texts['script.csx'] ?? '');
    expect(paths('script-class', ctx)).toEqual(['script.csx ']);
  });

  it('49 breaking-operation-deleted: an operation deleted', () => {
    const ctx = withPrevious(HUBSPOT);
    const op = listOperations(ctx.swagger)[3];
    removeAt(ctx.swagger, op.pointer);
    expect(paths('breaking-operation-deleted', ctx)).toEqual([`apiDefinition.swagger.json ${op.pointer}`]);
  });

  it('50 breaking-required-input-added: a required query parameter added', () => {
    const ctx = withPrevious(HUBSPOT);
    const op = listOperations(ctx.swagger)[0];
    const parameters = (op.operation.parameters as unknown[] | undefined) ?? [];
    op.operation.parameters = [...parameters, { name: 'tenant', in: 'query', required: true, type: 'string' }];
    expect(paths('breaking-required-input-added', ctx)).toEqual([`apiDefinition.swagger.json ${op.pointer}/parameters/${parameters.length}`]);
  });

  it('51 breaking-output-deleted: a response property deleted', () => {
    const ctx = withPrevious(HUBSPOT);
    const field = firstOutputField(ctx);
    removeAt(ctx.swagger, field);
    const found = paths('breaking-output-deleted', ctx);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set([`apiDefinition.swagger.json ${field}`]));
  });

  it('52 breaking-output-type-changed: a response property changes type', () => {
    const ctx = withPrevious(HUBSPOT);
    const field = firstOutputField(ctx);
    const node = getAt(ctx.swagger, field) as Record<string, unknown>;
    node.type = node.type === 'boolean' ? 'string' : 'boolean';
    const found = paths('breaking-output-type-changed', ctx);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set([`apiDefinition.swagger.json ${field}/type`]));
  });

  it('53 breaking-enum-added: an enum added to an existing query parameter', () => {
    const ctx = withPrevious(HUBSPOT);
    // Nodes are looked up in the previous version (an identical copy): the shapes of a document are cached,
    // and documents are not mutated once handed to the rules.
    const previous = ctx.previous?.swagger;
    const input = listOperations(previous)
      .flatMap((op) => [...operationInputs(previous, op).values()])
      .find((f) => f.key.startsWith('query:') && !Array.isArray(f.node.enum) && f.pointer.startsWith('/paths/'));
    expect(input).toBeDefined();
    const pointer = input?.pointer ?? '';
    (getAt(ctx.swagger, pointer) as Record<string, unknown>).enum = ['a', 'b'];
    expect(paths('breaking-enum-added', ctx)).toEqual([`apiDefinition.swagger.json ${pointer}/enum`]);
  });

  it('54 breaking-other-changes: an operation hidden as internal', () => {
    const ctx = withPrevious(HUBSPOT);
    const op = listOperations(ctx.swagger).find((o) => o.operation['x-ms-visibility'] !== 'internal');
    expect(op).toBeDefined();
    if (op) op.operation['x-ms-visibility'] = 'internal';
    expect(paths('breaking-other-changes', ctx)).toEqual([`apiDefinition.swagger.json ${op?.pointer}/x-ms-visibility`]);
  });

  it('covers every package rule, in catalogue order, one file per rule id', () => {
    expect(PACKAGE_RULES.map((r) => r.catalogue[0])).toEqual(Array.from({ length: 17 }, (_, i) => 38 + i));
    for (const r of PACKAGE_RULES) expect(existsSync(resolve(__dirname, `../../../main/core/rules/${r.id}.ts`)), r.id).toBe(true);
  });
});

/** Pointer of a typed, non-object response property (looked up in the identical previous version). */
function firstOutputField(ctx: RuleContext): string {
  const previous = ctx.previous?.swagger;
  for (const op of listOperations(previous)) {
    const outputs = operationOutputs(previous, op);
    for (const field of outputs?.fields.values() ?? []) {
      if (field.step.startsWith('properties/') && typeof field.node.type === 'string' && field.node.type !== 'object' && isObject(field.node)) {
        return field.pointer;
      }
    }
  }
  throw new Error('no output field');
}
