import { describe, expect, it } from 'vitest';
import { breakingOtherChanges } from '../../../main/core/rules/breaking-other-changes';
import { findings, swagger } from './support-package/fixtures';

type Doc = Record<string, any>;
const GET = '/paths/~1orders~1{orderId}/get';

const rows: [string, (s: Doc) => void, string[]][] = [
  ['unchanged', () => {}, []],
  ['operationId renamed', (s) => (s.paths['/orders'].post.operationId = 'CreateOrderV2'), ["/paths/~1orders/post/operationId changed from 'CreateOrder' to 'CreateOrderV2'"]],
  ['operation moved', (s) => {
    s.paths['/v2/orders'] = { post: s.paths['/orders'].post };
    delete s.paths['/orders'];
  }, ['/paths/~1v2~1orders/post moved from POST /orders to POST /v2/orders']],
  ['operation hidden', (s) => (s.paths['/orders/{orderId}'].get['x-ms-visibility'] = 'internal'), [`${GET}/x-ms-visibility is now internal`]],
  ['optional input made required', (s) => (s.paths['/orders/{orderId}'].get.parameters[0].required = true), [`${GET}/parameters/0 changed from optional to required`]],
  ['optional body property made required', (s) => s.paths['/orders'].post.parameters[0].schema.required.push('note'), [
    '/paths/~1orders/post/parameters/0/schema/properties/note changed from optional to required',
  ]],
  ['input hidden', (s) => (s.paths['/orders/{orderId}'].get.parameters[0]['x-ms-visibility'] = 'internal'), [`${GET}/parameters/0/x-ms-visibility is now internal`]],
  ['query parameter removed', (s) => s.paths['/orders/{orderId}'].get.parameters.splice(0, 1), [`${GET}/parameters has been removed`]],
  ['body property removed', (s) => delete s.paths['/orders'].post.parameters[0].schema.properties.note, ['/paths/~1orders/post/parameters/0/schema/properties/note has been removed']],
];

describe('breaking-other-changes (54)', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    const current = swagger();
    mutate(current);
    const found = findings(breakingOtherChanges, { swagger: current, previous: { swagger: swagger(), properties: undefined } });
    expect(found.length).toBe(expected.length);
    found.forEach((f, i) => {
      const [path, ...words] = expected[i].split(' ');
      expect(f.path).toBe(path);
      expect(f.message).toContain(words.join(' '));
      expect(f.message).toContain('x-ms-api-annotation');
      expect(f.severity).toBe('warning');
    });
  });
});
