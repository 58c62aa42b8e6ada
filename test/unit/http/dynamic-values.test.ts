/**
 * Dynamic dropdowns on real corpus shapes: the list operation's arguments mapped from the form (parameters, body
 * references, literals) into the request the pipeline builds, and the items taken out of responses shaped like the
 * list operations' schemas; then the whole call over a loopback API that checks its key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRequest, formModel } from '../../../main/core/model/testing';
import { dynamicRef, type DynamicValuesRef } from '../../../main/core/model/testing/form-model';
import { dynamicCall, dynamicSource, extractItems, resolveReference, type DynamicSource } from '../../../main/core/model/testing/dynamic-values';
import { getAt } from '../../../main/core/model/json-pointer';
import { fetchDynamicList } from '../../../main/core/http/dynamic-list';
import type { TestConnection } from '../../../main/core/model/testing/types';
import { corpusDir } from '../../support/corpus';
import { json, MemorySecretStore, startServer, type TestServer } from './support';

const swaggerOf = (name: string): unknown => JSON.parse(readFileSync(join(corpusDir(name), 'apiDefinition.swagger.json'), 'utf8'));

function fieldSource(swagger: unknown, operationId: string, field: string): DynamicSource {
  const ref = formModel(swagger, operationId)!.fields.find((f) => f.name === field)!.dynamicValues!;
  const source = dynamicSource(ref);
  if ('error' in source) throw new Error(source.error);
  return source;
}

function propertySource(swagger: unknown, pointer: string): DynamicSource {
  const source = dynamicSource(dynamicRef(getAt(swagger, pointer) as Record<string, unknown>)!);
  if ('error' in source) throw new Error(source.error);
  return source;
}

describe('dynamic dropdowns: mapping the list operation\'s arguments', () => {
  it('Huddle: a path parameter of the list operation from a query parameter of the form, waiting while it is empty', () => {
    const swagger = swaggerOf('certified-connectors__Huddle');
    const workspaces = fieldSource(swagger, 'PollFolderForFileUpload', 'workspaceId');
    expect(workspaces).toEqual({ operationId: 'GetWorkspaces', arguments: {}, collection: ['workspaces'], value: ['id'], title: ['title'] });
    const folders = fieldSource(swagger, 'PollFolderForFileUpload', 'folderId');
    expect(dynamicCall(swagger, folders, { params: { workspaceId: '' } })).toEqual({ inputs: {}, waitingFor: ['workspaceId'] });
    const call = dynamicCall(swagger, folders, { params: { workspaceId: 'ws-9', folderId: '' } });
    expect(call).toEqual({ inputs: { path: { workspaceId: 'ws-9' } }, waitingFor: [] });
    expect(buildRequest(swagger, folders.operationId, call.inputs).request.url).toBe('https://msflow.huddle.net/v2/workspace/ws-9/paths');
  });

  it('Kanbanize: x-ms-dynamic-list reads "body/boardid" from the body typed; the older x-ms-dynamic-values form reads the bare property', () => {
    const swagger = swaggerOf('certified-connectors__Kanbanize');
    const column = '/paths/~1index.php~1api~1kanbanize~1move_task~1format~1json/post/parameters/2/schema/properties/column';
    const list = propertySource(swagger, column);
    expect(list.arguments).toEqual({ board_id: { kind: 'reference', path: 'body/boardid' } });
    const form = { params: { 'Content-Type': 'application/json' }, bodyName: 'body', bodyText: '{ "taskid": "7", "boardid": 12 }' };
    const call = dynamicCall(swagger, list, form);
    expect(call.inputs).toEqual({ path: { board_id: 12 } });
    expect(buildRequest(swagger, 'GetColumns', call.inputs).request.url).toBe('https://subdomain.kanbanize.com/api/v2/boards/12/columns');
    const legacy = (getAt(swagger, column) as Record<string, unknown>)['x-ms-dynamic-values'] as Record<string, unknown>;
    const values = dynamicSource({ kind: 'x-ms-dynamic-values', operationId: 'GetColumns', parameters: legacy.parameters }) as DynamicSource;
    expect(dynamicCall(swagger, values, form).inputs).toEqual({ path: { board_id: 12 } });
    expect(dynamicCall(swagger, values, { ...form, bodyText: '{ "boardid": ' }).waitingFor).toEqual(['boardid']);
  });

  it('Blackbaud: literal arguments go to the list operation\'s query; Spring-Global\'s dotted reference reads the body', () => {
    const swagger = swaggerOf('certified-connectors__Blackbaud-Raiser-s-Edge-NXT');
    const source = dynamicSource({ kind: 'x-ms-dynamic-values', operationId: 'GetDynamicValues', parameters: { api: 'constituent', route: 'actionlocations' }, valueCollection: 'value', valuePath: 'item', valueTitle: 'item' }) as DynamicSource;
    const call = dynamicCall(swagger, source, { params: {} });
    expect(call.inputs).toEqual({ query: { api: 'constituent', route: 'actionlocations' } });
    expect(buildRequest(swagger, 'GetDynamicValues', call.inputs).request.url).toMatch(/\/powerautomateui\/v1\/dynamicvalues\?api=constituent&route=actionlocations$/);
    expect(dynamicSource({ kind: 'x-ms-dynamic-list', operationId: 'X', parameters: { approved: { value: false }, n: 5 } })).toMatchObject({
      arguments: { approved: { kind: 'literal', value: false }, n: { kind: 'literal', value: 5 } },
    });
    expect(resolveReference('parameters.surveyId', { params: {}, bodyName: 'body', bodyText: '{"parameters":{"surveyId":"s-1"}}' })).toBe('s-1');
    expect(resolveReference('body/parameters/surveyId', { params: {}, bodyName: 'body', bodyText: '{"parameters":{"surveyId":"s-1"}}' })).toBe('s-1');
    expect(dynamicSource({ kind: 'x-ms-dynamic-values' } as DynamicValuesRef)).toEqual({ error: 'The x-ms-dynamic-values extension names no operationId.' });
  });

  it('places arguments of a list operation that takes a body into that body', () => {
    const swagger = {
      paths: { '/lists/query': { post: { operationId: 'QueryLists', parameters: [{ name: 'body', in: 'body', schema: { type: 'object' } }], responses: {} } } },
    };
    const source = dynamicSource({ kind: 'x-ms-dynamic-list', operationId: 'QueryLists', parameters: { 'body/filter/team': { parameterReference: 'team' }, top: { value: 50 } } }) as DynamicSource;
    expect(dynamicCall(swagger, source, { params: { team: 'blue' } }).inputs).toEqual({ body: { filter: { team: 'blue' }, top: 50 } });
    expect(() => dynamicCall(swagger, { ...source, operationId: 'Nope' }, { params: {} })).toThrow('The operation "Nope" that fills this list does not exist in the definition.');
  });
});

describe('dynamic dropdowns inside the body (where most corpus connectors declare them)', () => {
  it('lists Kanbanize\'s body properties with their references, newer x-ms-dynamic-list first', () => {
    const body = formModel(swaggerOf('certified-connectors__Kanbanize'), 'MoveCard')!.fields.find((f) => f.in === 'body')!;
    const choices = body.bodyChoices!.map((c) => ({ path: c.path.join('/'), label: c.label, kind: c.dynamicValues.kind, operationId: c.dynamicValues.operationId }));
    expect(choices).toContainEqual({ path: 'boardid', label: 'Board ID', kind: 'x-ms-dynamic-values', operationId: 'GetBoards_V2' });
    expect(choices).toContainEqual({ path: 'column', label: 'Column', kind: 'x-ms-dynamic-list', operationId: 'GetColumns' });
  });

  it('finds Spring-Global\'s choices nested in body/parameters', () => {
    const body = formModel(swaggerOf('certified-connectors__Spring-Global'), 'OnSurveyExecution')!.fields.find((f) => f.in === 'body')!;
    const choices = body.bodyChoices!.map((c) => [c.path.join('/'), c.dynamicValues.kind, c.required] as const);
    expect(choices).toContainEqual(['parameters/surveyId', 'x-ms-dynamic-values', true]);
    expect(choices).toContainEqual(['parameters/publicationId', 'x-ms-dynamic-list', true]);
  });
});

describe('dynamic dropdowns: extracting the items', () => {
  it('follows slash-separated collections and item paths of the corpus', () => {
    const monday = fieldSource(swaggerOf('certified-connectors__monday'), 'GetItems', 'workspaceId');
    expect(monday.collection).toEqual(['data', 'workspaces']);
    expect(extractItems({ data: { workspaces: [{ id: '11', name: 'Main' }, { id: '12', name: 'Ops' }] } }, monday)).toEqual({
      items: [{ value: '11', title: 'Main' }, { value: '12', title: 'Ops' }],
    });
    const odata = { operationId: 'Suppliers', collection: ['d', 'results'], value: ['ID'], title: ['Name'] };
    expect(extractItems({ d: { results: [{ ID: 1, Name: 'Exotic Liquids' }] } }, odata)).toEqual({ items: [{ value: '1', title: 'Exotic Liquids' }] });
    const nested = { operationId: 'Accounts', collection: ['value'], value: ['attributes', 'subdomain'], title: ['attributes', 'name'] };
    expect(extractItems({ value: [{ attributes: { subdomain: 'acme', name: 'Acme Ltd' } }, { attributes: { subdomain: 'zed' } }] }, nested)).toEqual({
      items: [{ value: 'acme', title: 'Acme Ltd' }, { value: 'zed', title: 'zed' }],
    });
  });

  it('takes the body itself when there is no collection, and strings as their own value', () => {
    expect(extractItems([{ id: 3, name: 'Three' }], { operationId: 'L', collection: [], value: ['id'], title: ['name'] })).toEqual({ items: [{ value: '3', title: 'Three' }] });
    expect(extractItems({ value: ['Home', 'Work'] }, { operationId: 'L', collection: ['value'], value: ['item'], title: ['item'] })).toEqual({
      items: [{ value: 'Home', title: 'Home' }, { value: 'Work', title: 'Work' }],
    });
    expect(extractItems({ value: [] }, { operationId: 'L', collection: ['value'], value: ['id'], title: [] })).toEqual({ items: [] });
  });

  it('says plainly why there are no items', () => {
    expect(extractItems({ workspaces: { id: 1 } }, { operationId: 'GetWorkspaces', collection: ['workspaces'], value: ['id'], title: [] })).toEqual({
      error: 'The response of GetWorkspaces has no list at "workspaces" (found an object).',
    });
    expect(extractItems({ error: 'x' }, { operationId: 'L', collection: [], value: ['id'], title: [] })).toEqual({ error: 'The response of L has no list at its body (found an object).' });
    expect(extractItems({ data: [{ name: 'a' }] }, { operationId: 'L', collection: ['data'], value: ['board_id'], title: ['name'] })).toEqual({
      error: 'The 1 entries at "data" in the response of L have no "board_id".',
    });
  });
});

describe('dynamic dropdowns: the call over a connection', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('sends the list operation with the connection\'s key and reports an error status with its reason', async () => {
    const server = await startServer((req, res) => {
      if (req.headers['x-api-key'] !== 'k-123456') return json(res, 401, { message: `Bad key ${String(req.headers['x-api-key'])}` });
      if (req.url === '/v2/workspace/ws-1/paths') return json(res, 200, { paths: [{ id: 'p1', path: '/Docs' }, { id: 'p2', path: '/Specs' }] });
      json(res, 404, { message: 'no' });
    });
    servers.push(server);
    const swagger = {
      swagger: '2.0', host: server.host, schemes: ['http'],
      securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
      paths: { '/v2/workspace/{workspaceId}/paths': { get: { operationId: 'GetWorkspacePaths', parameters: [{ name: 'workspaceId', in: 'path', required: true, type: 'string' }], responses: {} } } },
    };
    const ref: DynamicValuesRef = { kind: 'x-ms-dynamic-values', operationId: 'GetWorkspacePaths', parameters: { workspaceId: { parameter: 'workspaceId' } }, valueCollection: 'paths', valuePath: 'id', valueTitle: 'path' };
    const connection: TestConnection = { id: 'c', name: 'c', authKind: 'apiKey', host: server.host, params: {}, secretRefs: { api_key: 'param:api_key' } };
    const send = { timeoutMs: 5_000, maxResponseBytes: 1_000_000 };
    const store = new MemorySecretStore();
    await store.set('param:api_key', 'k-123456', server.host);
    const ok = await fetchDynamicList({ swagger, ref, form: { params: { workspaceId: 'ws-1' } }, connection, store, send });
    expect(ok).toMatchObject({ kind: 'items', items: [{ value: 'p1', title: '/Docs' }, { value: 'p2', title: '/Specs' }] });
    expect(ok.kind === 'items' && ok.request.headers['X-Api-Key']).toBe('********');
    expect(await fetchDynamicList({ swagger, ref, form: { params: {} }, connection, store, send })).toEqual({ kind: 'waiting', waitingFor: ['workspaceId'] });
    expect(server.seen).toHaveLength(1);
    const wrong = new MemorySecretStore();
    await wrong.set('param:api_key', 'k-999999', server.host);
    const refused = await fetchDynamicList({ swagger, ref, form: { params: { workspaceId: 'ws-1' } }, connection, store: wrong, send });
    expect(refused).toMatchObject({ kind: 'error', status: 401, message: 'GetWorkspacePaths answered 401 Unauthorized: {"message":"Bad key ********"}.' });
  });
});
