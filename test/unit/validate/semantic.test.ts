import { describe, expect, it } from 'vitest';
import { semanticFindings } from '../../../main/core/validate/semantic';
import { schemaFindings } from '../../../main/core/validate/schema';
import { minimalSwagger } from './helpers';

const paths = (doc: unknown) => semanticFindings(doc, schemaFindings(doc)).findings.map((f) => `${f.rule} ${f.path} ${f.message}`);

describe('semanticFindings', () => {
  it('finds nothing in a valid definition', () => {
    expect(paths(minimalSwagger())).toEqual([]);
  });

  it('reports every duplicate operation id, not just the first', () => {
    const doc = minimalSwagger();
    doc.paths['/a'] = { get: { operationId: 'GetItem', responses: { '200': { description: 'OK' } } } };
    doc.paths['/b'] = { post: { operationId: 'GetItem', responses: { '200': { description: 'OK' } } } };
    const found = paths(doc);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^swagger-semantic \/paths\/~1a\/get\/operationId Duplicate operation id 'GetItem': it is also used by GET \/items\/\{id\}/);
  });

  it('checks path placeholders against path parameters, with friendly names', () => {
    const doc = minimalSwagger();
    doc.paths['/orders/{$OrderNumber}/{Page Number}'] = {
      get: {
        operationId: 'GetOrder',
        parameters: [{ name: '$OrderNumber', in: 'path', required: true, type: 'string' }],
        responses: { '200': { description: 'OK' } },
      },
    };
    expect(paths(doc)).toEqual(["swagger-semantic /paths/~1orders~1{$OrderNumber}~1{Page Number}/get/parameters The path '/orders/{$OrderNumber}/{Page Number}' has no parameter for {Page Number}."]);
  });

  it('reports a path parameter with no placeholder, two bodies, and body with formData', () => {
    const doc = minimalSwagger();
    const op = doc.paths['/items/{id}'].get;
    op.parameters.push({ name: 'other', in: 'path', required: true, type: 'string' });
    op.parameters.push({ name: 'a', in: 'body', schema: { type: 'object' } }, { name: 'b', in: 'body', schema: { type: 'object' } });
    const found = paths(doc);
    expect(found).toContain('swagger-semantic /paths/~1items~1{id}/get/parameters/1 The path parameter "other" has no matching {other} in the path \'/items/{id}\'.');
    expect(found).toContain('swagger-semantic /paths/~1items~1{id}/get/parameters The operation has 2 body parameters. Only one is allowed.');
  });

  it('resolves shared parameters and reports duplicates and arrays without items', () => {
    const doc = minimalSwagger();
    doc.parameters = { Tags: { name: 'tags', in: 'query', type: 'array' } };
    const op = doc.paths['/items/{id}'].get;
    op.parameters.push({ $ref: '#/parameters/Tags' }, { name: 'tags', in: 'query', type: 'string' });
    const found = paths(doc);
    expect(found).toContain('swagger-semantic /paths/~1items~1{id}/get/parameters/1 This is an array, so it must include an "items" schema.');
    expect(found).toContain('swagger-semantic /paths/~1items~1{id}/get/parameters/2 Found multiple query parameters named "tags".');
  });

  it('reports required properties that are not defined, following allOf and $ref', () => {
    const doc = minimalSwagger();
    doc.definitions.Base = { type: 'object', properties: { kind: { type: 'string' } } };
    doc.definitions.Item = { type: 'object', required: ['id', 'kind', 'ghost'], allOf: [{ $ref: '#/definitions/Base' }], properties: { id: { type: 'string' } } };
    expect(paths(doc)).toEqual(["swagger-semantic /definitions/Item/required/2 Property 'ghost' is listed as required but is not defined in the schema's properties."]);
  });

  it('requires a file parameter to consume form data', () => {
    const doc = minimalSwagger();
    doc.paths['/upload'] = { post: { operationId: 'Upload', parameters: [{ name: 'f', in: 'formData', type: 'file' }], responses: { '200': { description: 'OK' } } } };
    expect(paths(doc)).toEqual(['swagger-semantic /paths/~1upload/post/parameters/0 The operation has a file parameter, so it must consume multipart/form-data or application/x-www-form-urlencoded.']);
    doc.paths['/upload'].post.consumes = ['multipart/form-data'];
    expect(paths(doc)).toEqual([]);
  });

  it('reports local references that resolve to nothing, and external ones without following them', () => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.responses['404'] = { description: 'Missing', schema: { $ref: '#/definitions/Nope' } };
    doc.definitions.Remote = { $ref: 'https://example.com/schemas.json#/Thing' };
    doc.definitions.Space = { $ref: '#/definitions/Error%20message' };
    doc.definitions['Error message'] = { type: 'object' };
    const report = semanticFindings(doc);
    expect(report.externalRefs).toBe(true);
    expect(report.findings.map((f) => `${f.rule} ${f.path}`).sort()).toEqual([
      'swagger-ref /definitions/Remote/$ref',
      'swagger-ref /paths/~1items~1{id}/get/responses/404/schema/$ref',
    ]);
    expect(report.findings.find((f) => f.path === '/definitions/Remote/$ref')?.message).toMatch(/^External references are not allowed/);
  });

  it('does not repeat what the schema check already said', () => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.parameters[0].required = false;
    const schema = schemaFindings(doc);
    expect(schema.length).toBeGreaterThan(0);
    expect(semanticFindings(doc, schema).findings).toEqual([]);
    expect(semanticFindings(doc).findings.map((f) => f.message)).toEqual(['Path parameters cannot be optional. Set "required": true for the "id" parameter.']);
  });

  it('leaves what the rules own to them, and says it found some', () => {
    const doc = minimalSwagger();
    const op = doc.paths['/items/{id}'].get;
    op.parameters[0].required = false;
    op.parameters.push({ name: 'loose', in: 'path', type: 'string' }, { name: 'a', in: 'body', schema: { type: 'object' } }, { name: 'b', in: 'body', schema: { type: 'object' } });
    doc.paths['/items/{id}/{part}'] = { get: { ...op, operationId: 'GetPart', parameters: [op.parameters[0]] } };
    const owned = { structure: false };
    const report = semanticFindings(doc, [], owned);
    // Left to swagger-structure: the bodies, {part}, the required of "id" (it fills {id}). A path parameter that
    // fills no placeholder is the engine's own to report, both ways.
    expect(report.findings.map((f) => `${f.path} ${f.message}`)).toEqual([
      '/paths/~1items~1{id}/get/parameters/1 Path parameters cannot be optional. Set "required": true for the "loose" parameter.',
      '/paths/~1items~1{id}/get/parameters/1 The path parameter "loose" has no matching {loose} in the path \'/items/{id}\'.',
    ]);
    expect(report.leftToRules).toBe(true);
    expect(semanticFindings(doc).findings.length).toBeGreaterThan(report.findings.length + 3);
    expect(semanticFindings(doc).leftToRules).toBe(false);
    expect(semanticFindings(minimalSwagger(), [], owned).leftToRules).toBe(false);
  });

  it('copes with reference loops and non-objects', () => {
    const doc = minimalSwagger();
    doc.definitions.A = { $ref: '#/definitions/B' };
    doc.definitions.B = { $ref: '#/definitions/A', required: ['x'] };
    expect(() => semanticFindings(doc)).not.toThrow();
    expect(semanticFindings('text').findings).toEqual([]);
  });
});
