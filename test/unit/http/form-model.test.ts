import { describe, expect, it } from 'vitest';
import { formModel } from '../../../main/core/model/testing/form-model';
import { sampleInputs } from '../../../main/core/model/testing/sample-inputs';
import { buildRequest } from '../../../main/core/model/testing/build-request';

const swagger = {
  swagger: '2.0',
  host: 'api.example.com',
  parameters: { Shared: { name: 'region', in: 'query', type: 'string', 'x-ms-summary': 'Region', required: true, default: 'eu' } },
  definitions: { Item: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
  paths: {
    '/lists/{Page Number}': {
      post: {
        operationId: 'AddItem',
        summary: 'Add an item',
        parameters: [
          { name: 'Page Number', in: 'path', type: 'integer', 'x-ms-summary': 'Page number' },
          { $ref: '#/parameters/Shared' },
          {
            name: 'status', in: 'query', type: 'string', enum: ['a', 'b'], 'x-ms-visibility': 'Advanced',
            'x-ms-enum-values': [{ value: 'a', displayName: 'Active' }],
          },
          { name: 'list', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetLists', 'value-path': 'id', 'value-title': 'name', 'value-collection': 'value' } },
          { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Item' } },
        ],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

describe('formModel', () => {
  it('describes each field as the wizard shows it', () => {
    const model = formModel(swagger, 'AddItem')!;
    expect(model.method).toBe('POST');
    expect(model.summary).toBe('Add an item');
    const [page, region, status, list, body] = model.fields;
    expect(page).toMatchObject({ name: 'Page Number', in: 'path', label: 'Page number', type: 'integer', required: true, visibility: 'none' });
    expect(region).toMatchObject({ name: 'region', label: 'Region', required: true, default: 'eu' });
    expect(status.enum).toEqual([{ value: 'a', label: 'Active' }, { value: 'b', label: 'b' }]);
    expect(status.visibility).toBe('advanced');
    expect(list.dynamicValues).toEqual({ kind: 'x-ms-dynamic-values', operationId: 'GetLists', parameters: undefined, valuePath: 'id', valueTitle: 'name', valueCollection: 'value' });
    expect(body).toMatchObject({ in: 'body', type: 'object', required: true });
    expect(body.schema).toEqual(swagger.definitions.Item);
  });

  it('returns undefined for an unknown operation', () => {
    expect(formModel(swagger, 'Nope')).toBeUndefined();
  });

  it('sample inputs satisfy every required parameter, friendly path names included', () => {
    const inputs = sampleInputs(swagger, 'AddItem');
    const { request, problems } = buildRequest(swagger, 'AddItem', inputs);
    expect(problems).toEqual([]);
    expect(request.url).toBe('https://api.example.com/lists/1?region=eu');
    expect(JSON.parse(request.body as string)).toEqual({ name: 'string' });
  });
});
