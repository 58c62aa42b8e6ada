/** A small valid Swagger 2.0 connector definition for tests to break in one place. */
export function minimalSwagger(): Record<string, any> {
  return {
    swagger: '2.0',
    info: { title: 'Demo', version: '1.0', description: 'A demo connector used by the tests of the engine.' },
    host: 'api.example.com',
    basePath: '/',
    schemes: ['https'],
    paths: {
      '/items/{id}': {
        get: {
          operationId: 'GetItem',
          summary: 'Get an item',
          description: 'Gets one item by its id.',
          parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
          responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Item' } } },
        },
      },
    },
    definitions: { Item: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
  };
}
