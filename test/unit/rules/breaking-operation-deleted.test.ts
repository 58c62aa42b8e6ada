import { describe, expect, it } from 'vitest';
import { breakingOperationDeleted } from '../../../main/core/rules/breaking-operation-deleted';
import { findings, swagger } from './support-package/fixtures';

type Doc = Record<string, any>;

const rows: [string, (s: Doc) => void, string[]][] = [
  ['unchanged', () => {}, []],
  ['operation added', (s) => (s.paths['/orders'].get = { operationId: 'ListOrders', responses: { '200': { description: 'OK' } } }), []],
  ['operation deleted', (s) => delete s.paths['/orders'].post, [
    '/paths/~1orders/post The operation has been deleted. This change breaks existing flows. ValuePath: operation/CreateOrder',
  ]],
  ['whole path deleted', (s) => delete s.paths['/orders/{orderId}'], [
    '/paths/~1orders~1{orderId}/get The operation has been deleted. This change breaks existing flows. ValuePath: operation/GetOrder',
  ]],
  ['operationId renamed (flows refer to the id)', (s) => (s.paths['/orders'].post.operationId = 'CreateOrderV2'), [
    '/paths/~1orders/post The operation has been deleted. This change breaks existing flows. ValuePath: operation/CreateOrder',
  ]],
  ['operation moved to another path keeps its id', (s) => {
    s.paths['/v2/orders'] = { post: s.paths['/orders'].post };
    delete s.paths['/orders'];
  }, []],
];

describe('breaking-operation-deleted (49)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const current = swagger();
    mutate(current);
    const found = findings(breakingOperationDeleted, { swagger: current, previous: { swagger: swagger(), properties: undefined } });
    expect(found.map((f) => `${f.path} ${f.message}`)).toEqual(expected);
    for (const f of found) expect(f).toMatchObject({ severity: 'error', file: 'apiDefinition.swagger.json', step: 'definition' });
  });

  it('needs a previous version', () => {
    const current = swagger();
    delete current.paths['/orders'];
    expect(findings(breakingOperationDeleted, { swagger: current })).toEqual([]);
  });
});
