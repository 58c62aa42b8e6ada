import { describe, expect, it } from 'vitest';
import { breakingOutputTypeChanged } from '../../../main/core/rules/breaking-output-type-changed';
import { findings, swagger } from './support-package/fixtures';

type Doc = Record<string, any>;

const rows: [string, (s: Doc) => void, string[]][] = [
  ['unchanged', () => {}, []],
  ['description changed only', (s) => (s.definitions.Order.properties.total.description = 'Total in EUR'), []],
  ['number -> string in a shared definition', (s) => (s.definitions.Order.properties.total.type = 'string'), [
    "/definitions/Order/properties/total/type operation/GetOrder/response/total (was 'number', now 'string')",
    "/definitions/Order/properties/total/type operation/CreateOrder/response/total (was 'number', now 'string')",
  ]],
  ['array -> object', (s) => {
    s.paths['/orders/{orderId}'].get.responses['200'].schema = {
      type: 'object',
      properties: { id: { type: 'string' }, total: { type: 'number' }, lines: { type: 'object', properties: {} } },
    };
  }, ["/paths/~1orders~1{orderId}/get/responses/200/schema/properties/lines/type operation/GetOrder/response/lines (was 'array', now 'object')"]],
  ['array item type changed', (s) => (s.definitions.Order.properties.lines.items.properties.quantity.type = 'string'), [
    "/definitions/Order/properties/lines/items/properties/quantity/type operation/GetOrder/response/lines[].quantity (was 'integer', now 'string')",
    "/definitions/Order/properties/lines/items/properties/quantity/type operation/CreateOrder/response/lines[].quantity (was 'integer', now 'string')",
  ]],
];

describe('breaking-output-type-changed (52)', () => {
  it('follows $refs to definition names with spaces, encoded or not', () => {
    const make = (ref: string) => {
      const s = swagger();
      s.definitions['Order line'] = s.definitions.Order.properties.lines.items;
      s.definitions.Order.properties.lines.items = { $ref: ref };
      return s;
    };
    for (const ref of ['#/definitions/Order%20line', '#/definitions/Order line']) {
      const current = make(ref);
      current.definitions['Order line'].properties.quantity.type = 'number';
      const found = findings(breakingOutputTypeChanged, { swagger: current, previous: { swagger: make(ref), properties: undefined } });
      expect(found.map((f) => f.path)).toEqual(['/definitions/Order line/properties/quantity/type', '/definitions/Order line/properties/quantity/type']);
    }
  });

  it.each(rows)('%s', (_name, mutate, expected) => {
    const current = swagger();
    mutate(current);
    const found = findings(breakingOutputTypeChanged, { swagger: current, previous: { swagger: swagger(), properties: undefined } });
    expect(found.map((f) => `${f.path} ${f.message.replace(/^.*ValuePath: /, '')}`)).toEqual(expected);
    for (const f of found) expect(f.message.startsWith('The type has been changed for the output field.')).toBe(true);
  });
});
