import { describe, expect, it } from 'vitest';
import { breakingEnumAdded } from '../../../main/core/rules/breaking-enum-added';
import { findings, swagger } from './support-package/fixtures';

type Doc = Record<string, any>;
const MESSAGE = 'The list of enum values has been added to the input field. Existing flows may use values outside of this list. ValuePath: ';

const rows: [string, (previous: Doc, current: Doc) => void, string[]][] = [
  ['unchanged', () => {}, []],
  ['enum added to a query parameter', (_p, s) => (s.paths['/orders/{orderId}'].get.parameters[0].enum = ['lines', 'customer']), [
    `/paths/~1orders~1{orderId}/get/parameters/0/enum ${MESSAGE}operation/GetOrder/query:expand`,
  ]],
  ['enum added to a body property', (_p, s) => (s.paths['/orders'].post.parameters[0].schema.properties.priority.enum = ['low', 'high']), [
    `/paths/~1orders/post/parameters/0/schema/properties/priority/enum ${MESSAGE}operation/CreateOrder/body:priority`,
  ]],
  ['enum already there and extended', (p, s) => {
    p.paths['/orders/{orderId}'].get.parameters[0].enum = ['lines'];
    s.paths['/orders/{orderId}'].get.parameters[0].enum = ['lines', 'customer'];
  }, []],
  ['new parameter with an enum (not an existing input)', (_p, s) => s.paths['/orders/{orderId}'].get.parameters.push({ name: 'format', in: 'query', type: 'string', enum: ['json'] }), []],
];

describe('breaking-enum-added (53)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const previous = swagger();
    const current = swagger();
    mutate(previous, current);
    const found = findings(breakingEnumAdded, { swagger: current, previous: { swagger: previous, properties: undefined } });
    expect(found.map((f) => `${f.path} ${f.message}`)).toEqual(expected);
    for (const f of found) expect(f.severity).toBe('warning');
  });
});
