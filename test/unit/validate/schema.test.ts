import { describe, expect, it } from 'vitest';
import { schemaFindings } from '../../../main/core/validate/schema';
import { minimalSwagger } from './helpers';

describe('schemaFindings', () => {
  it('accepts a valid definition, including x-ms-* and vendor x- extensions', () => {
    const doc = minimalSwagger();
    doc['x-ms-connector-metadata'] = [{ propertyName: 'Website', propertyValue: 'https://example.com' }];
    doc.paths['/items/{id}'].get['x-ms-visibility'] = 'important';
    doc.paths['/items/{id}'].get['x-vendor-anything'] = { a: 1 };
    expect(schemaFindings(doc)).toEqual([]);
  });

  it('names an unknown non-x- property in Microsoft\'s words, pointing at the property', () => {
    const doc = minimalSwagger();
    doc.scriptOperations = ['GetItem'];
    expect(schemaFindings(doc)).toEqual([
      expect.objectContaining({
        rule: 'swagger-schema',
        severity: 'error',
        path: '/scriptOperations',
        message: 'ExtensionNameNotValid: The property \'scriptOperations\' is not valid. If this property is an extension, its name must begin with "x-"',
      }),
    ]);
  });

  it('collapses the parameter oneOf cascade into the one real problem', () => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.parameters.push({ name: 'q', in: 'query', type: 'string', summary: 'oops' });
    const findings = schemaFindings(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/paths/~1items~1{id}/get/parameters/1/summary', message: expect.stringMatching(/^ExtensionNameNotValid: The property 'summary'/) });
  });

  it('reports a missing type on a query parameter once', () => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.parameters.push({ name: 'q', in: 'query' });
    const findings = schemaFindings(doc);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain("'type'");
    expect(findings[0].path).toBe('/paths/~1items~1{id}/get/parameters/1');
  });

  it('finds the deepest problem inside a body schema (duplicate enum values)', () => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.parameters.push({ name: 'body', in: 'body', schema: { type: 'string', enum: ['a', 'b', 'a'] } });
    const findings = schemaFindings(doc);
    expect(findings).toEqual([expect.objectContaining({ path: '/paths/~1items~1{id}/get/parameters/1/schema/enum', message: "'enum' lists the same value twice (items 1 and 3)." })]);
  });

  it('reports a bad parameter location, required properties and wrong types plainly', () => {
    const doc = minimalSwagger();
    doc.paths['/items/{id}'].get.parameters[0].in = 'cookie';
    delete doc.info.version;
    doc.host = 'https://api.example.com/v1';
    const messages = schemaFindings(doc).map((f) => `${f.path} ${f.message}`);
    expect(messages).toContain("/info The 'version' property is required. ValuePath: /info");
    expect(messages.some((m) => m.startsWith('/host ') && m.includes('"https://api.example.com/v1"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('/paths/~1items~1{id}/get/parameters/0/in ') && m.includes('"cookie"'))).toBe(true);
  });

  it('accepts empty responses on a webhook trigger but not on an action', () => {
    const doc = minimalSwagger();
    doc.paths['/hooks'] = { post: { operationId: 'OnEvent', 'x-ms-trigger': 'single', responses: {} }, get: { operationId: 'List', responses: {} } };
    const findings = schemaFindings(doc);
    expect(findings.map((f) => f.path)).toEqual(['/paths/~1hooks/get/responses']);
    expect(findings[0].message).toMatch(/at least one response/);
  });

  it('rejects a document that is not an object', () => {
    expect(schemaFindings([1, 2]).length).toBeGreaterThan(0);
  });
});
