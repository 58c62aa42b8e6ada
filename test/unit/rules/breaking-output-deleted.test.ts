import { describe, expect, it } from 'vitest';
import { breakingOutputDeleted, OUTPUT_DELETED } from '../../../main/core/rules/breaking-output-deleted';
import { findings, swagger } from './support-package/fixtures';

type Doc = Record<string, any>;

const rows: [string, (s: Doc) => void, string[]][] = [
  ['unchanged', () => {}, []],
  ['output field added', (s) => (s.definitions.Order.properties.status = { type: 'string' }), []],
  // Order is shared by both operations: each loses the field.
  ['field deleted from a shared definition', (s) => delete s.definitions.Order.properties.total, [
    '/definitions/Order/properties/total operation/GetOrder/response/total',
    '/definitions/Order/properties/total operation/CreateOrder/response/total',
  ]],
  ['field deleted inside array items', (s) => delete s.definitions.Order.properties.lines.items.properties.sku, [
    '/definitions/Order/properties/lines/items/properties/sku operation/GetOrder/response/lines[].sku',
    '/definitions/Order/properties/lines/items/properties/sku operation/CreateOrder/response/lines[].sku',
  ]],
  ['a deleted object is reported once, not per nested field', (s) => delete s.definitions.Order.properties.lines, [
    '/definitions/Order/properties/lines operation/GetOrder/response/lines',
    '/definitions/Order/properties/lines operation/CreateOrder/response/lines',
  ]],
  ['response schema inlined without the field', (s) => {
    s.paths['/orders/{orderId}'].get.responses['200'].schema = { type: 'object', properties: { id: { type: 'string' }, lines: s.definitions.Order.properties.lines } };
  }, ['/paths/~1orders~1{orderId}/get/responses/200/schema/properties/total operation/GetOrder/response/total']],
  ['response schema removed', (s) => delete s.paths['/orders/{orderId}'].get.responses['200'].schema, [
    '/paths/~1orders~1{orderId}/get/responses/200/schema operation/GetOrder/response',
  ]],
  ['response made dynamic is not compared field by field', (s) => {
    s.paths['/orders/{orderId}'].get.responses['200'].schema = { 'x-ms-dynamic-schema': { operationId: 'GetSchema', 'value-path': 'schema' } };
  }, ['/paths/~1orders~1{orderId}/get/responses/200/schema operation/GetOrder/response']],
];

describe('breaking-output-deleted (51)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const current = swagger();
    mutate(current);
    const found = findings(breakingOutputDeleted, { swagger: current, previous: { swagger: swagger(), properties: undefined } });
    expect(found.map((f) => `${f.path} ${f.message.replace(`${OUTPUT_DELETED} ValuePath: `, '')}`)).toEqual(expected);
  });

  it('sees the properties of allOf members', () => {
    const make = () => {
      const s = swagger();
      s.definitions.Base = { type: 'object', properties: { createdAt: { type: 'string' } } };
      s.definitions.Order = { allOf: [{ $ref: '#/definitions/Base' }, s.definitions.Order] };
      return s;
    };
    const current = make();
    delete current.definitions.Base.properties.createdAt;
    const found = findings(breakingOutputDeleted, { swagger: current, previous: { swagger: make(), properties: undefined } });
    expect(found.map((f) => f.message.replace(/^.*ValuePath: /, ''))).toEqual(['operation/GetOrder/response/createdAt', 'operation/CreateOrder/response/createdAt']);
  });

  it('follows $ref cycles without looping', () => {
    const make = () => {
      const s = swagger();
      s.definitions.Order.properties.parent = { $ref: '#/definitions/Order' };
      return s;
    };
    const current = make();
    delete current.definitions.Order.properties.total;
    const found = findings(breakingOutputDeleted, { swagger: current, previous: { swagger: make(), properties: undefined } });
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.every((f) => f.path === '/definitions/Order/properties/total')).toBe(true);
  });
});
