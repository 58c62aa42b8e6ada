/**
 * No OpenAPI 3 reference survives a conversion: extensions that hold them, example data with a literal "$ref" and
 * references with no 2.0 target are rewritten, or dropped with a report line saying what and why.
 */
import { describe, expect, it } from 'vitest';
import { convertText } from '../../../main/core/convert/convert';
import { keepOperations } from '../../../main/core/convert/selection';
import type { ConversionResult } from '../../../main/core/convert/types';
import { validateSwaggerOnly } from '../../../main/core/validate/engine';
import { danglingReferences, referenceFindings } from './support/references';
import { swaggerSchemaErrors } from './support/swagger-schema';

type Json = Record<string, any>;

const order = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, total: { type: 'number' }, status: { type: 'string', enum: ['open', 'paid'] } } };
const orderJson = { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } };

/** A small shop API in the shape real descriptions have. */
function shop(extra: Json = {}, version = '3.0.3'): Json {
  return structuredClone({
    openapi: version,
    info: { title: 'Contoso Shop', version: '2.1' },
    servers: [{ url: 'https://api.contoso.com/v2' }],
    paths: {
      '/orders/{orderId}': {
        parameters: [{ $ref: '#/components/parameters/OrderId' }],
        get: { operationId: 'GetOrder', summary: 'Get an order', responses: { '200': { description: 'The order', content: orderJson }, '404': { $ref: '#/components/responses/NotFound' } } },
        delete: { operationId: 'DeleteOrder', summary: 'Cancel an order', responses: { '204': { description: 'Cancelled' } } },
      },
      '/customers': {
        get: {
          operationId: 'ListCustomers',
          summary: 'List customers',
          responses: { '200': { description: 'Customers', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Customer' } } } } } },
        },
      },
    },
    components: {
      schemas: { Order: order, Customer: { type: 'object', properties: { name: { type: 'string' } } }, OrderEvent: { type: 'object', properties: { order: { $ref: '#/components/schemas/Order' }, action: { type: 'string' } } } },
      parameters: { OrderId: { name: 'orderId', in: 'path', required: true, schema: { type: 'string' } } },
      responses: { NotFound: { description: 'Not found' } },
      examples: { Order: { value: { id: 'o-1', total: 12.5, status: 'open' } } },
    },
    ...extra,
  });
}

function convert(doc: Json): ConversionResult & { swagger: Json } {
  const result = convertText({ text: JSON.stringify(doc) }) as ConversionResult & { swagger: Json };
  expect(swaggerSchemaErrors(result.swagger)).toEqual([]);
  expect(danglingReferences(result.swagger)).toEqual([]);
  expect(referenceFindings(result.swagger)).toEqual([]);
  return result;
}

const dropped = (result: ConversionResult, pointer: string) => result.report.items.find((i) => i.kind === 'dropped' && i.sourcePointer === pointer);

describe('vendor extensions holding OpenAPI 3 references', () => {
  it('drops a root x-webhooks and reports how much it held and why', () => {
    const webhooks = {
      'order-created': { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderEvent' } } } }, responses: { '200': { description: 'ok' } } } },
      'order-paid': { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderEvent' } } } }, responses: { '200': { $ref: '#/components/responses/NotFound' } } } },
    };
    const r = convert(shop({ 'x-webhooks': webhooks, 'x-logo': { url: 'https://contoso.com/logo.png' } }));
    expect(r.swagger['x-webhooks']).toBeUndefined();
    // An extension without references means what it meant before: kept.
    expect(r.swagger['x-logo']).toEqual({ url: 'https://contoso.com/logo.png' });
    const item = dropped(r, '/x-webhooks');
    expect(item?.targetPointer).toBe('/x-webhooks');
    expect(item?.message).toMatch(/x-webhooks \(2 entries\) was dropped: it has no Swagger 2\.0 or Power Platform meaning and holds 3 OpenAPI 3 references \(#\/components\//);
    expect(item?.message).toMatch(/webhook triggers \(x-ms-trigger\)/);
  });

  it('drops OpenAPI 3.1 webhooks with their count', () => {
    const r = convert(shop({ webhooks: { orderCreated: { post: { requestBody: { content: orderJson }, responses: { '200': { description: 'ok' } } } } } }, '3.1.0'));
    expect(JSON.stringify(r.swagger)).not.toContain('orderCreated');
    expect(dropped(r, '/webhooks')?.message).toMatch(/^webhooks \(1 entry\) was dropped: it has no 2\.0 form/);
  });

  it('drops nested extensions (on an operation, on a schema) where they were, with their own pointers', () => {
    const doc = shop();
    doc.paths['/orders/{orderId}'].delete['x-breaking-changes'] = [{ version: '2026-03-10', patch: { responses: { '451': { $ref: '#/components/responses/NotFound' } } } }];
    doc.components.schemas.Order['x-previous-shape'] = { items: { $ref: '#/components/schemas/Customer' } };
    doc.components.schemas.Order['x-internal-id'] = 'ord';
    const r = convert(doc);
    expect(r.swagger.paths['/orders/{orderId}'].delete['x-breaking-changes']).toBeUndefined();
    expect(r.swagger.definitions.Order['x-previous-shape']).toBeUndefined();
    expect(r.swagger.definitions.Order['x-internal-id']).toBe('ord');
    expect(dropped(r, '/paths/~1orders~1{orderId}/delete/x-breaking-changes')?.message).toMatch(/\(1 item\) was dropped.*1 OpenAPI 3 reference \(#\/components\/responses\/NotFound\)/);
    expect(dropped(r, '/components/schemas/Order/x-previous-shape')?.targetPointer).toBe('/definitions/Order/x-previous-shape');
  });

  it('rewrites the references of a Power Platform extension to their 2.0 targets, and leaves the source untouched', () => {
    const doc = shop();
    const notification = { description: 'The order that changed', schema: { $ref: '#/components/schemas/OrderEvent' } };
    doc.paths['/orders/{orderId}']['x-ms-notification-content'] = notification;
    const r = convert(doc);
    expect(r.swagger.paths['/orders/{orderId}']['x-ms-notification-content']).toEqual({ description: 'The order that changed', schema: { $ref: '#/definitions/OrderEvent' } });
    expect(notification.schema.$ref).toBe('#/components/schemas/OrderEvent');
    expect(r.report.items.filter((i) => i.kind === 'dropped')).toEqual([]);
  });

  it('rewrites a reference written as a plain string in a Power Platform extension (autorest x-ms-odata)', () => {
    const doc = shop();
    doc.paths['/customers'].get['x-ms-odata'] = '#/components/schemas/Customer';
    doc.paths['/customers'].get['x-filter-schema'] = '#/components/schemas/Customer';
    const r = convert(doc);
    expect(r.swagger.paths['/customers'].get['x-ms-odata']).toBe('#/definitions/Customer');
    expect(r.swagger.paths['/customers'].get['x-filter-schema']).toBeUndefined();
    expect(dropped(r, '/paths/~1customers/get/x-filter-schema')?.message).toMatch(/holds 1 OpenAPI 3 reference \(#\/components\/schemas\/Customer\)/);
  });

  it('drops a Power Platform extension whose reference has no 2.0 target', () => {
    const doc = shop();
    doc.paths['/customers'].get['x-ms-dynamic-schema'] = { operationId: 'GetOrder', value: { $ref: '#/components/examples/Order' } };
    const r = convert(doc);
    expect(r.swagger.paths['/customers'].get['x-ms-dynamic-schema']).toBeUndefined();
    expect(dropped(r, '/paths/~1customers/get/x-ms-dynamic-schema')?.message).toMatch(/1 of its 1 references have no Swagger 2\.0 target \(#\/components\/examples\/Order\)/);
  });
});

describe('references with no 2.0 target', () => {
  it('makes a referred part of a schema a definition, and reports missing components instead of leaving dangling refs', () => {
    const doc = shop();
    doc.components.schemas.Receipt = { type: 'object', properties: { orderId: { $ref: '#/components/schemas/Order/properties/id' }, coupon: { $ref: '#/components/schemas/Coupon' } } };
    doc.paths['/customers'].get.parameters = [{ $ref: '#/components/parameters/PageSize' }];
    doc.paths['/customers'].get.responses['429'] = { $ref: '#/components/responses/Throttled' };
    const r = convert(doc);
    expect(r.swagger.definitions.Receipt.properties).toEqual({ orderId: { $ref: '#/definitions/Order.id' }, coupon: {} });
    // The part is converted once and its schema refers to it where it is.
    expect(r.swagger.definitions['Order.id']).toEqual({ type: 'string' });
    expect(r.swagger.definitions.Order.properties.id).toEqual({ $ref: '#/definitions/Order.id' });
    expect(r.report.items.find((i) => i.kind === 'renamed' && i.sourcePointer === '/components/schemas/Order/properties/id')?.targetPointer).toBe('/definitions/Order.id');
    expect(dropped(r, '/components/schemas/Receipt/properties/coupon')?.message).toMatch(/#\/components\/schemas\/Coupon could not be resolved/);
    expect(r.swagger.paths['/customers'].get.parameters).toBeUndefined();
    expect(dropped(r, '/paths/~1customers/get/parameters/0')).toBeDefined();
    expect(r.swagger.paths['/customers'].get.responses['429']).toEqual({ description: '' });
    expect(dropped(r, '/paths/~1customers/get/responses/429')).toBeDefined();
  });
});

describe('example data holding a literal "$ref"', () => {
  it('drops the example and says why; examples without one are kept', () => {
    const doc = shop();
    doc.paths['/orders/{orderId}'].get.responses['200'].content = {
      'application/json': { schema: { $ref: '#/components/schemas/Order' }, examples: { default: { summary: 'An order', value: { $ref: '#/components/examples/Order' } } } },
    };
    doc.components.schemas.Customer.example = { $ref: '#/components/examples/Customer' };
    doc.components.schemas.Customer.properties.name.example = 'Mona Kane';
    const r = convert(doc);
    expect(r.swagger.paths['/orders/{orderId}'].get.responses['200'].examples).toBeUndefined();
    expect(r.swagger.definitions.Customer.example).toBeUndefined();
    expect(r.swagger.definitions.Customer.properties.name.example).toBe('Mona Kane');
    const response = dropped(r, '/paths/~1orders~1{orderId}/get/responses/200/content/application~1json/examples/default/value');
    expect(response?.targetPointer).toBe('/paths/~1orders~1{orderId}/get/responses/200/examples');
    expect(response?.message).toMatch(/literal "\$ref" \(#\/components\/examples\/Order\).*sample data/);
    expect(dropped(r, '/components/schemas/Customer/example')).toBeDefined();
  });

  it('is data to our validator: a hand-written 2.0 example with a "$ref" key is no reference finding', async () => {
    const swagger = {
      swagger: '2.0',
      info: { title: 'Contoso Shop', version: '2.1' },
      host: 'api.contoso.com',
      paths: { '/orders': { get: { operationId: 'ListOrders', responses: { '200': { description: 'ok', schema: { type: 'object', example: { $ref: '#/components/examples/Order' } }, examples: { 'application/json': { $ref: 'elsewhere.json' } } } } } } },
    };
    const { findings } = await validateSwaggerOnly(JSON.stringify(swagger, null, 2));
    expect(findings.filter((f) => f.rule === 'ref-targets' || f.rule === 'swagger-ref')).toEqual([]);
    expect(referenceFindings(swagger)).toEqual([]);
  });
});

describe('keepOperations and document-level extensions', () => {
  // A Swagger 2.0 file is imported as it is: its extensions can hold 2.0 references to shared entries.
  const swagger2 = {
    swagger: '2.0',
    info: { title: 'Contoso Shop', version: '2.1' },
    host: 'api.contoso.com',
    paths: {
      '/orders/{orderId}': {
        get: { operationId: 'GetOrder', parameters: [{ name: 'orderId', in: 'path', required: true, type: 'string' }], responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Order' } }, default: { $ref: '#/responses/Error' } } },
      },
      '/customers': { get: { operationId: 'ListCustomers', responses: { '200': { description: 'ok', schema: { type: 'array', items: { $ref: '#/definitions/Customer' } } } } } },
    },
    definitions: { Order: { type: 'object' }, Customer: { type: 'object' }, OrderEvent: { type: 'object', properties: { order: { $ref: '#/definitions/Order' } } } },
    responses: { Error: { description: 'failed' } },
    'x-event-payloads': { 'order-paid': { $ref: '#/definitions/OrderEvent' } },
    'x-error-shape': { $ref: '#/responses/Error' },
    'x-customer-links': [{ operationId: 'ListCustomers', rel: 'list' }],
    'x-ms-connector-metadata': [{ propertyName: 'Website', propertyValue: 'https://contoso.com' }],
  };
  const converted = convertText({ text: JSON.stringify(swagger2) });

  it('keeps an extension whose references the kept operations still need, drops the ones that served the rest', () => {
    const kept = keepOperations(converted, ['GetOrder']);
    const s = kept.swagger as Json;
    expect(s['x-event-payloads']).toBeUndefined();
    expect(s.definitions.OrderEvent).toBeUndefined();
    expect(s['x-error-shape']).toEqual({ $ref: '#/responses/Error' });
    expect(s['x-customer-links']).toBeUndefined();
    expect(s['x-ms-connector-metadata']).toEqual(swagger2['x-ms-connector-metadata']);
    expect(danglingReferences(s)).toEqual([]);
    expect(referenceFindings(s)).toEqual([]);
    const lines = kept.report.items.filter((i) => i.kind === 'dropped').map((i) => `${i.sourcePointer} ${i.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^\/x-event-payloads The extension x-event-payloads was dropped .*1 shared entry no kept operation uses/),
      expect.stringMatching(/^\/x-customer-links .*operations that were not kept/),
    ]);
    // The converted result itself is not changed by picking.
    expect(converted.report.items.filter((i) => i.kind === 'dropped')).toEqual([]);
  });

  it('keeps an extension that names a kept operation', () => {
    const kept = keepOperations(converted, ['ListCustomers']).swagger as Json;
    expect(kept['x-customer-links']).toEqual(swagger2['x-customer-links']);
    expect(kept['x-error-shape']).toBeUndefined();
    expect(danglingReferences(kept)).toEqual([]);
  });
});
