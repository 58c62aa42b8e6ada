import { describe, expect, it } from 'vitest';
import { convertText } from '../../../main/core/convert/convert';
import { keepOperations, platformLimits, summariseOperations } from '../../../main/core/convert/selection';
import { swaggerSchemaErrors } from './support/swagger-schema';

const doc = {
  openapi: '3.0.0',
  info: { title: 'T', version: '1' },
  paths: {
    '/pets': {
      get: { operationId: 'ListPets', summary: 'List pets', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } } } } } },
    },
    '/owners': {
      get: { operationId: 'ListOwners', parameters: [{ $ref: '#/components/parameters/Limit' }], responses: { '200': { $ref: '#/components/responses/Owners' } } },
    },
  },
  components: {
    schemas: {
      Pet: { type: 'object', properties: { tag: { $ref: '#/components/schemas/Tag' } } },
      Tag: { type: 'string' },
      Owner: { type: 'object', properties: { pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } } },
      Unused: { type: 'string' },
    },
    parameters: { Limit: { name: 'limit', in: 'query', schema: { type: 'integer' } } },
    responses: { Owners: { description: 'owners', content: { 'application/json': { schema: { $ref: '#/components/schemas/Owner' } } } } },
  },
};
const converted = convertText({ text: JSON.stringify(doc) });

describe('summariseOperations', () => {
  it('lists the operations with a size that includes what they reference', () => {
    const list = summariseOperations(converted);
    expect(list.map(({ operationId, method, path, summary }) => ({ operationId, method, path, summary }))).toEqual([
      { operationId: 'ListPets', method: 'get', path: '/pets', summary: 'List pets' },
      { operationId: 'ListOwners', method: 'get', path: '/owners', summary: undefined },
    ]);
    const own = JSON.stringify((converted.swagger.paths as any)['/pets'].get).length;
    expect(list[0].bytes).toBeGreaterThan(own);
    expect(list[1].bytes).toBeGreaterThan(list[0].bytes);
  });
});

describe('keepOperations', () => {
  it.each<[string, string[], string[], string[], string[]]>([
    ['pets only', ['ListPets'], ['/pets'], ['Pet', 'Tag'], []],
    ['owners only (transitive)', ['ListOwners'], ['/owners'], ['Pet', 'Tag', 'Owner'], ['Limit']],
    ['nothing', [], [], [], []],
  ])('%s', (_name, ids, paths, definitions, parameters) => {
    const kept = keepOperations(converted, ids);
    expect(Object.keys(kept.swagger.paths as object)).toEqual(paths);
    expect(Object.keys((kept.swagger.definitions as object) ?? {}).sort()).toEqual([...definitions].sort());
    expect(Object.keys((kept.swagger.parameters as object) ?? {})).toEqual(parameters);
    expect(kept.report.stats.operations).toBe(ids.length);
    expect(swaggerSchemaErrors(kept.swagger)).toEqual([]);
  });
});

describe('platformLimits', () => {
  it.each<[string, number, number, boolean, boolean]>([
    ['small', 3, 10, false, false],
    ['many schemas', 513, 10, false, true],
    ['big', 1, 1_100_000, true, false],
  ])('%s', (_name, schemas, padding, over1MB, over512) => {
    const definitions = Object.fromEntries(Array.from({ length: schemas }, (_v, i) => [`S${i}`, { type: 'string' }]));
    const swagger = { swagger: '2.0', info: { title: 'x'.repeat(padding), version: '1' }, paths: {}, definitions };
    expect(platformLimits(swagger)).toMatchObject({ schemas, over1MB, over512 });
  });
});
