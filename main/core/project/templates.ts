/**
 * The documents of a new, blank connector: the shape the wizard's "Create from blank" produces, filled with the
 * sections certification asks for (contact, x-ms-connector-metadata) so the validator can guide the author.
 */

export function blankSwaggerText(title: string): string {
  const swagger = {
    swagger: '2.0',
    info: {
      title,
      description: '',
      version: '1.0',
      contact: { name: '', url: '', email: '' },
    },
    host: 'api.contoso.com',
    basePath: '/',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths: {},
    definitions: {},
    parameters: {},
    responses: {},
    securityDefinitions: {},
    security: [],
    tags: [],
    'x-ms-connector-metadata': [
      { propertyName: 'Website', propertyValue: '' },
      { propertyName: 'Privacy policy', propertyValue: '' },
      { propertyName: 'Categories', propertyValue: '' },
    ],
  };
  return JSON.stringify(swagger, null, 2) + '\n';
}

export function blankPropertiesText(): string {
  const properties = {
    properties: {
      connectionParameters: {},
      iconBrandColor: '#007ee5',
      capabilities: [],
      publisher: '',
      stackOwner: '',
    },
  };
  return JSON.stringify(properties, null, 2) + '\n';
}
