import { describe, expect, it } from 'vitest';
import { MAX_SCHEMAS, schemaCount } from '../../../main/core/rules/schema-count';
import { findings, sampleContext, summary, type Json } from './support/sample';

/** An object schema with `n` string properties (n + 1 schemas). */
const wide = (n: number) => ({ type: 'object', properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { type: 'string' }])) });

describe('schema-count (catalogue 17)', () => {
  it.each([
    ['the sample', () => undefined, []],
    ['exactly 512 schemas', (s: Json) => { s.definitions.Big = wide(MAX_SCHEMAS - 1); }, []],
    ['513 schemas in one definition', (s: Json) => { s.definitions.Big = wide(MAX_SCHEMAS); }, ['error /definitions/Big']],
    ['513 schemas reached through references', (s: Json) => {
      s.definitions.Half = wide(300);
      s.definitions.Other = wide(300);
      s.definitions.Both = { type: 'object', properties: { a: { $ref: '#/definitions/Half' }, b: { $ref: '#/definitions/Other' } } };
    }, ['error /definitions/Both']],
    ['a self-referencing schema (counted once)', (s: Json) => { s.definitions.Node = { type: 'object', properties: { child: { $ref: '#/definitions/Node' }, items: { type: 'array', items: { $ref: '#/definitions/Node' } } } }; }, []],
  ])('%s', (_name, edit, expected) => {
    expect(summary(schemaCount, sampleContext(edit))).toEqual(expected);
  });

  it("quotes Microsoft's message", () => {
    const [finding] = findings(schemaCount, sampleContext((s) => { s.definitions.Big = wide(MAX_SCHEMAS); }));
    expect(finding.message).toContain("exceeds the max schema count allowed value of '512'");
  });
});
