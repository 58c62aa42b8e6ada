/**
 * isPaths (path items and operations) gives the official Swagger 2.0 schema's verdicts: each case is checked
 * both ways, as the paths of a small valid document judged by the official schema (ajv, draft-04).
 */
import { describe, expect, it } from 'vitest';
import { isPaths } from '../../../main/core/validate/operation-verdict';
import { schemaValidatorsForTest } from '../../../main/core/validate/schema';
import { minimalSwagger } from './helpers';

const { official } = schemaValidatorsForTest();
const responses = { 200: { description: 'OK' } };
const query = { name: 'q', in: 'query', type: 'string' };
const op = (more: Record<string, unknown>) => ({ '/items': { get: { operationId: 'ListItems', responses, ...more } } });

const PATHS: Array<[label: string, paths: unknown, valid: boolean]> = [
  ['an operation with the usual keys', op({ summary: 'List', description: 'd', tags: ['Items'], produces: ['application/json'], consumes: [], deprecated: false, 'x-ms-visibility': 'important' }), true],
  ['every method, shared parameters, a $ref and an extension', { '/a': { $ref: '#/x', parameters: [query], get: { responses }, put: { responses }, post: { responses }, delete: { responses }, options: { responses }, head: { responses }, patch: { responses }, 'x-a': 1 }, 'x-ms-paths': 1 }, true],
  ['no paths', {}, true],
  ['a path that does not start with a slash', { items: { get: { responses } } }, false],
  ['a trace method', { '/a': { trace: { responses } } }, false],
  ['an operation without responses', op({ responses: undefined }), false],
  ['an operation with empty responses', op({ responses: {} }), false],
  ['a repeated tag', op({ tags: ['a', 'a'] }), false],
  ['a tag that is not a string', op({ tags: [1] }), false],
  ['produces not a list', op({ produces: 'application/json' }), false],
  ['schemes', op({ schemes: ['https', 'wss'] }), true],
  ['an unknown scheme', op({ schemes: ['ftp'] }), false],
  ['a repeated scheme', op({ schemes: ['https', 'https'] }), false],
  ['security', op({ security: [{ oauth: ['read', 'write'] }, { key: [] }] }), true],
  ['a repeated security requirement', op({ security: [{ oauth: ['read'] }, { oauth: ['read'] }] }), false],
  ['a repeated scope', op({ security: [{ oauth: ['read', 'read'] }] }), false],
  ['security not a list', op({ security: { oauth: [] } }), false],
  ['parameters and a reference', op({ parameters: [query, { $ref: '#/parameters/p' }] }), true],
  ['a repeated parameter', op({ parameters: [query, { ...query }] }), false],
  ['a bad parameter', op({ parameters: [{ ...query, in: 'cookie' }] }), false],
  ['deprecated not a boolean', op({ deprecated: 'yes' }), false],
  ['externalDocs without a url', op({ externalDocs: { description: 'd' } }), false],
  ['an unknown operation key', op({ servers: [] }), false],
  ['an operationId that is not a string', op({ operationId: 5 }), false],
  ['a path item that is not an object', { '/a': [] }, false],
];

describe('isPaths', () => {
  it.each(PATHS)('%s', (label, paths, valid) => {
    const doc = minimalSwagger();
    doc.paths = JSON.parse(JSON.stringify(paths));
    expect(official(doc), `official verdict on ${label}`).toBe(valid);
    expect(isPaths(doc.paths)).toBe(valid);
  });
});
