import { describe, expect, it } from 'vitest';
import { applyDocEdits } from '../../../main/core/model/json-edit';
import { listOperations } from '../../../main/core/model/operations';
import type { DocEdit } from '../../../main/core/model/findings';
import {
  createAction, deleteOperation, duplicateOperation, moveOperation, renameOperation,
} from '../../../renderer/document/definition/operation-edits';
import { indexAfterMove, moveOperationNear, moveOperationText, movePolicyNear, moveReferenceNear } from '../../../renderer/document/definition/reorder';
import { webhookTrigger, pollingTrigger } from '../../../renderer/document/definition/triggers';
import { addPolicyEdits, newPolicy } from '../../../renderer/document/definition/policy-templates';
import { importRequest, importResponse } from '../../../renderer/document/definition/sample-import';

const swaggerText = `{
  "swagger": "2.0",
  "basePath": "/v1",
  "paths": {
    "/items": {
      "get": { "operationId": "ListItems", "summary": "List items", "responses": { "200": { "description": "OK" } } },
      "post": {
        "operationId": "CreateItem",
        "parameters": [{ "name": "kind", "in": "query", "type": "string", "x-ms-dynamic-values": { "operationId": "ListItems", "value-path": "id" } }],
        "responses": { "200": { "description": "OK" } }
      }
    },
    "/other": { "get": { "operationId": "Other", "responses": { "200": { "description": "OK" } } } }
  }
}`;
const propertiesText = `{
  "properties": {
    "policyTemplateInstances": [
      { "templateId": "setheader", "title": "h", "parameters": { "x-ms-apimTemplate-operationName": ["ListItems", "Other"] } }
    ],
    "scriptOperations": ["ListItems"]
  }
}`;

function apply(text: string, edits: DocEdit[], file: DocEdit['file']): string {
  return applyDocEdits(text, edits.filter((e) => e.file === file), (t) => JSON.parse(t));
}
const swagger = JSON.parse(swaggerText);
const properties = JSON.parse(propertiesText);

describe('operation edits', () => {
  it('creates an action with a unique id on a new path', () => {
    const created = createAction(swagger, 'get');
    const next = JSON.parse(apply(swaggerText, created.edits, 'apiDefinition.swagger.json'));
    expect(created.pointer).toBe('/paths/~1new-action/get');
    expect(next.paths['/new-action'].get.operationId).toBe('NewAction');
  });

  it('renames an operation and every reference to it in both files', () => {
    const edits = renameOperation(swagger, properties, '/paths/~1items/get', 'GetItems');
    const s = JSON.parse(apply(swaggerText, edits, 'apiDefinition.swagger.json'));
    const p = JSON.parse(apply(propertiesText, edits, 'apiProperties.json'));
    expect(s.paths['/items'].get.operationId).toBe('GetItems');
    expect(s.paths['/items'].post.parameters[0]['x-ms-dynamic-values'].operationId).toBe('GetItems');
    expect(p.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplate-operationName']).toEqual(['GetItems', 'Other']);
    expect(p.properties.scriptOperations).toEqual(['GetItems']);
  });

  it('duplicates with a fresh id and deletes (path item too when it empties)', () => {
    const dup = duplicateOperation(swagger, '/paths/~1other/get')!;
    const s = JSON.parse(apply(swaggerText, dup.edits, 'apiDefinition.swagger.json'));
    expect(s.paths['/other-copy'].get.operationId).toBe('OtherCopy');
    expect(deleteOperation(swagger, '/paths/~1other/get')).toEqual([{ file: 'apiDefinition.swagger.json', path: '/paths/~1other', remove: true }]);
    expect(deleteOperation(swagger, '/paths/~1items/get')[0].path).toBe('/paths/~1items/get');
  });

  it('moves an operation to a new request line', () => {
    const moved = moveOperation(swagger, '/paths/~1other/get', '/others', 'put')!;
    const s = JSON.parse(apply(swaggerText, moved.edits, 'apiDefinition.swagger.json'));
    expect(s.paths['/other']).toBeUndefined();
    expect(s.paths['/others'].put.operationId).toBe('Other');
  });

  it('reorders path items by swapping their text only', () => {
    const next = moveOperationText(swaggerText, swagger, '/paths/~1other/get', -1)!;
    expect(listOperations(JSON.parse(next)).map((o) => o.operationId)).toEqual(['Other', 'ListItems', 'CreateItem']);
    expect(next.length).toBe(swaggerText.length);
    expect(moveOperationText(swaggerText, swagger, '/paths/~1items/get', -1)).toBeUndefined();
  });

  it('moves an operation past the next one shown, skipping operations of its own path item and hidden ones', () => {
    const three = swaggerText.replace('"/other": {', '"/hidden": { "get": { "operationId": "Hidden", "x-ms-trigger": "single" } },\n    "/other": {');
    const root = JSON.parse(three);
    const actions = listOperations(root).filter((o) => !o.isTrigger);
    // Down from CreateItem (POST /items): past /other, the next action shown; /hidden is passed too.
    const next = moveOperationText(three, root, '/paths/~1items/post', 1, actions)!;
    expect(Object.keys(JSON.parse(next).paths)).toEqual(['/hidden', '/other', '/items']);
    expect(moveOperationNear(three, '/paths/~1items/get', '/paths/~1items/post', 'after')).toBeUndefined();
    expect(Object.keys(JSON.parse(moveOperationNear(three, '/paths/~1other/get', '/paths/~1items/get', 'before')!).paths)).toEqual(['/other', '/items', '/hidden']);
  });

  it('moves references within their group and policies in their list', () => {
    const refs = '{ "definitions": { "A": {}, "B": {}, "C": {} }, "parameters": { "p": {} } }';
    expect(Object.keys(JSON.parse(moveReferenceNear(refs, '/definitions/C', '/definitions/A', 'before')!).definitions)).toEqual(['C', 'A', 'B']);
    expect(Object.keys(JSON.parse(moveReferenceNear(refs, '/definitions/A', '/definitions/C', 'after')!).definitions)).toEqual(['B', 'C', 'A']);
    expect(moveReferenceNear(refs, '/definitions/A', '/parameters/p', 'before')).toBeUndefined();
    const policies = '{ "properties": { "policyTemplateInstances": [ {"title": "a"}, {"title": "b"}, {"title": "c"} ] } }';
    const moved = movePolicyNear(policies, 0, 2, 'after')!;
    expect(moved.index).toBe(2);
    expect(JSON.parse(moved.text).properties.policyTemplateInstances.map((p: { title: string }) => p.title)).toEqual(['b', 'c', 'a']);
    expect(movePolicyNear(policies, 2, 0, 'before')!.index).toBe(0);
    expect(movePolicyNear(policies, 1, 0, 'after')).toBeUndefined();
    expect([0, 1, 2].map((i) => indexAfterMove(i, 0, 2))).toEqual([2, 0, 1]);
    expect([0, 1, 2].map((i) => indexAfterMove(i, 2, 0))).toEqual([1, 2, 0]);
  });
});

describe('triggers', () => {
  it('creates a Calendly-shaped webhook trigger with its internal DELETE', () => {
    const t = webhookTrigger(swagger, { path: '/webhooks', summary: 'When an item is created', description: 'This operation triggers when an item is created.', kind: 'single', callbackProperty: 'url' });
    const s = JSON.parse(apply(swaggerText, t.edits, 'apiDefinition.swagger.json'));
    const post = s.paths['/webhooks'].post;
    expect(post['x-ms-trigger']).toBe('single');
    expect(post.parameters[0].schema.properties.url).toMatchObject({ 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' });
    expect(s.paths['/webhooks']['x-ms-notification-content'].schema.type).toBe('object');
    expect(s.paths['/webhooks/{id}'].delete).toMatchObject({ 'x-ms-visibility': 'internal', operationId: 'DeleteTrigger' });
  });

  it('creates a polling trigger with a pollingtrigger policy', () => {
    const t = pollingTrigger(swagger, properties, { path: '/poll', summary: 'When', description: 'd', kind: 'batch', mechanism: 'policy', stateParameter: 'after', itemsPath: 'items' });
    const p = JSON.parse(apply(propertiesText, t.edits, 'apiProperties.json'));
    expect(p.properties.policyTemplateInstances[1]).toMatchObject({
      templateId: 'pollingtrigger',
      parameters: { 'x-ms-apimTemplateParameter.triggerDataPath': '@triggerBody().items', 'x-ms-apimTemplate-operationName': ['PollingTrigger'] },
    });
  });
});

describe('policies', () => {
  it('adds a setheader instance with its required parameters, creating the list when absent', () => {
    const policy = newPolicy('setheader', 'Key', ['ListItems']);
    expect(policy.parameters).toEqual({
      'x-ms-apimTemplateParameter.name': '', 'x-ms-apimTemplateParameter.value': '', 'x-ms-apimTemplateParameter.existsAction': 'override',
      'x-ms-apimTemplate-policySection': 'Request', 'x-ms-apimTemplate-operationName': ['ListItems'],
    });
    const { edits } = addPolicyEdits({ properties: {} }, policy);
    expect(JSON.parse(apply('{"properties": {}}', edits, 'apiProperties.json')).properties.policyTemplateInstances).toHaveLength(1);
    const appended = addPolicyEdits(properties, policy);
    expect(JSON.parse(apply(propertiesText, appended.edits, 'apiProperties.json')).properties.policyTemplateInstances).toHaveLength(2);
  });
});

describe('import from sample', () => {
  it('moves the operation to the sample request line and builds parameters, then merges a response', () => {
    const req = importRequest(swagger, '/paths/~1other/get', { method: 'POST', url: 'https://api.example.com/v1/users/42?active=true', headers: 'X-Tenant: a\nAccept: */*', body: '{"name":"x"}' });
    expect(req.errors).toEqual([]);
    expect(req.pointer).toBe('/paths/~1users~1{userId}/post');
    const afterText = apply(swaggerText, req.edits, 'apiDefinition.swagger.json');
    const after = JSON.parse(afterText);
    const params = after.paths['/users/{userId}'].post.parameters;
    expect(params.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual(['path:userId', 'query:active', 'header:X-Tenant', 'body:body']);
    const res = importResponse(after, req.pointer, { status: '200', headers: 'X-Rate: 1', body: '{"id": 1, "full_name": "a"}' });
    const final = JSON.parse(apply(afterText, res.edits, 'apiDefinition.swagger.json'));
    const response = final.paths['/users/{userId}'].post.responses['200'];
    expect(response.schema.properties.full_name['x-ms-summary']).toBe('Full Name');
    expect(response.headers['X-Rate']).toEqual({ type: 'string', description: '' });
    // Re-import keeps the author's description.
    response.schema.properties.full_name.description = 'The full name.';
    const again = importResponse(final, req.pointer, { status: '200', headers: '', body: '{"full_name": "b", "age": 3}' });
    const schema = (again.edits[again.edits.length - 1].value as { schema: { properties: Record<string, { description: string }> } }).schema;
    expect(schema.properties.full_name.description).toBe('The full name.');
    expect(Object.keys(schema.properties)).toEqual(['id', 'full_name', 'age']);
  });

  it('reports bad input instead of editing', () => {
    expect(importRequest(swagger, '/paths/~1other/get', { method: 'GET', url: '/x', headers: '', body: '{' }).errors).toHaveLength(1);
    expect(importResponse(swagger, '/paths/~1other/get', { status: 'abc', headers: '', body: '' }).errors).toHaveLength(1);
  });
});

describe('fast scalar replacement', () => {
  it('replaces only the value text, and keeps working on its own output', async () => {
    const { replaceScalar } = await import('../../../renderer/document/definition/fast-edit');
    const once = replaceScalar('s', swaggerText, '/paths/~1items/get/summary', 'List all items')!;
    expect(once).toBe(swaggerText.replace('"List items"', '"List all items"'));
    const twice = replaceScalar('s', once, '/paths/~1items/get/summary', 'List "all"')!;
    expect(JSON.parse(twice).paths['/items'].get.summary).toBe('List "all"');
    expect(replaceScalar('s', swaggerText, '/paths/~1items/get/responses', 'x')).toBeUndefined();
    expect(replaceScalar('s', swaggerText, '/paths/~1items/get/missing', 'x')).toBeUndefined();
  });
});
