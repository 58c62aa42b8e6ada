import { describe, expect, it } from 'vitest';
import { breakingRequiredInputAdded } from '../../../main/core/rules/breaking-required-input-added';
import { findings, swagger } from './support-package/fixtures';

type Doc = Record<string, any>;
const MESSAGE = 'The required input field has been added. Existing flows will not send this new field. ValuePath: ';
const GET = '/paths/~1orders~1{orderId}/get';
const POST = '/paths/~1orders/post';

const rows: [string, (s: Doc) => void, string[]][] = [
  ['unchanged', () => {}, []],
  ['optional query parameter added', (s) => s.paths['/orders/{orderId}'].get.parameters.push({ name: 'fields', in: 'query', type: 'string' }), []],
  ['required query parameter added', (s) => s.paths['/orders/{orderId}'].get.parameters.push({ name: 'fields', in: 'query', required: true, type: 'string' }), [
    `${GET}/parameters/1 ${MESSAGE}operation/GetOrder/query:fields`,
  ]],
  ['required header via a shared #/parameters $ref', (s) => {
    s.parameters = { tenant: { name: 'X-Tenant', in: 'header', required: true, type: 'string' } };
    s.paths['/orders/{orderId}'].get.parameters.push({ $ref: '#/parameters/tenant' });
  }, [`/parameters/tenant ${MESSAGE}operation/GetOrder/header:X-Tenant`]],
  ['required path-level parameter added', (s) => s.paths['/orders/{orderId}'].parameters.push({ name: 'region', in: 'header', required: true, type: 'string' }), [
    `/paths/~1orders~1{orderId}/parameters/1 ${MESSAGE}operation/GetOrder/header:region`,
  ]],
  ['internal required parameter with a default (sent by the platform)', (s) => s.paths['/orders/{orderId}'].get.parameters.push({
    name: 'api-version', in: 'query', required: true, type: 'string', default: '2024-01-01', 'x-ms-visibility': 'internal',
  }), []],
  ['required body property added', (s) => {
    const schema = s.paths['/orders'].post.parameters[0].schema;
    schema.properties.currency = { type: 'string' };
    schema.required.push('currency');
  }, [`${POST}/parameters/0/schema/properties/currency ${MESSAGE}operation/CreateOrder/body:currency`]],
  ['optional property made required is rule 54, not 50', (s) => s.paths['/orders'].post.parameters[0].schema.required.push('note'), []],
];

describe('breaking-required-input-added (50)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const current = swagger();
    mutate(current);
    const found = findings(breakingRequiredInputAdded, { swagger: current, previous: { swagger: swagger(), properties: undefined } });
    expect(found.map((f) => `${f.path} ${f.message}`)).toEqual(expected);
  });
});
