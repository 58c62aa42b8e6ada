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

describe('keepOperations and the operations behind dynamic dropdowns', () => {
  // GetPet's owner dropdown is filled by ListOwners (inline), its tag schema by ListTags (through a shared
  // definition), and ListTags' own dropdown by ListKinds: picking GetPet alone must keep all three.
  const dynamic = convertText({
    text: JSON.stringify({
      openapi: '3.0.0',
      info: { title: 'T', version: '1' },
      paths: {
        '/pets/{owner}': {
          get: {
            operationId: 'GetPet',
            parameters: [{ name: 'owner', in: 'path', required: true, schema: { type: 'string' }, 'x-ms-dynamic-values': { operationId: 'ListOwners', 'value-path': 'id' } }],
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } },
          },
        },
        '/owners': { get: { operationId: 'ListOwners', responses: { '200': { description: 'ok' } } } },
        '/tags': { get: { operationId: 'ListTags', parameters: [{ name: 'kind', in: 'query', schema: { type: 'string' }, 'x-ms-dynamic-list': { operationId: 'ListKinds', itemValuePath: 'id' } }], responses: { '200': { description: 'ok' } } } },
        '/kinds': { get: { operationId: 'ListKinds', responses: { '200': { description: 'ok' } } } },
        '/other': { get: { operationId: 'Other', responses: { '200': { description: 'ok' } } } },
      },
      components: { schemas: { Pet: { type: 'object', properties: { tag: { type: 'string', 'x-ms-dynamic-values': { operationId: 'ListTags', 'value-path': 'name' } } } } } },
    }),
  });

  it('keeps them, says why, and drops the rest', () => {
    const kept = keepOperations(dynamic, ['GetPet']);
    expect(Object.keys(kept.swagger.paths as object).sort()).toEqual(['/kinds', '/owners', '/pets/{owner}', '/tags']);
    const infos = kept.report.items.filter((item) => item.kind === 'info' && item.message.includes('was kept as well'));
    expect(infos.map((item) => item.targetPointer).sort()).toEqual(['/paths/~1kinds/get', '/paths/~1owners/get', '/paths/~1tags/get']);
    expect(infos.find((item) => item.targetPointer === '/paths/~1kinds/get')?.message).toContain("'ListTags' fills a dropdown");
    expect(swaggerSchemaErrors(kept.swagger)).toEqual([]);
  });

  it('adds nothing when the picked operations need no helper', () => {
    const kept = keepOperations(dynamic, ['Other']);
    expect(Object.keys(kept.swagger.paths as object)).toEqual(['/other']);
    expect(kept.report.items.some((item) => item.message.includes('was kept as well'))).toBe(false);
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
