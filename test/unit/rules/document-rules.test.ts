/** The list of document rules (catalogue 1–37): its order and ids, and that no rule throws on broken input. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_RULES } from '../../../main/core/rules/document-rules';
import { contextOf, runRules } from './support/corpus-context';
import { sampleContext, sampleSwagger } from './support/sample';

describe('DOCUMENT_RULES', () => {
  it('lists each rule once, in catalogue order, within 1–37', () => {
    const ids = DOCUMENT_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const firsts = DOCUMENT_RULES.map((rule) => Math.max(...rule.catalogue));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(DOCUMENT_RULES.every((rule) => rule.catalogue.every((n) => n >= 1 && n <= 37))).toBe(true);
  });

  it('names each rule file and test file after its kebab-case id', () => {
    for (const rule of DOCUMENT_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(join(__dirname, '../../../main/core/rules', `${rule.id}.ts`)), rule.id).toBe(true);
      expect(existsSync(join(__dirname, `${rule.id}.test.ts`)), rule.id).toBe(true);
    }
  });

  it('finds nothing at all in the clean sample connector', () => {
    expect(runRules(DOCUMENT_RULES, sampleContext())).toEqual([]);
  });

  const broken: [string, unknown][] = [
    ['no swagger', undefined],
    ['a JSON array', []],
    ['a string', 'swagger'],
    ['null members', { swagger: '2.0', info: null, paths: null, definitions: null, parameters: null }],
    ['odd shapes everywhere', {
      swagger: '2.0',
      info: { title: 5, contact: [] },
      'x-ms-connector-metadata': [null, 'x', { propertyName: 3 }],
      paths: { '/a/{id}': { parameters: 'x', get: { parameters: [null, 1, { $ref: 7 }, { $ref: '#/parameters/none' }], responses: { '200': null, default: 'x' }, 'x-ms-trigger': 3, 'x-ms-pageable': 'x' } }, '/b': null },
      definitions: { A: { properties: { b: null, c: { $ref: 9, 'x-ms-dynamic-values': 'x', 'x-ms-enum-values': {} } }, items: [null] } },
    }],
  ];

  it.each(broken)('does not throw on %s', (_name, swagger) => {
    expect(() => runRules(DOCUMENT_RULES, contextOf(swagger, { properties: { properties: null } }))).not.toThrow();
    expect(() => runRules(DOCUMENT_RULES, contextOf(sampleSwagger(), { properties: undefined, fileNames: [] }))).not.toThrow();
  });
});
