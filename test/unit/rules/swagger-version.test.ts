import { describe, expect, it } from 'vitest';
import { swaggerVersion } from '../../../main/core/rules/swagger-version';
import { findings, sampleContext, summary, type Json } from './support/sample';

describe('swagger-version (catalogue 8)', () => {
  it.each([
    ['swagger 2.0', () => undefined, []],
    ['an OpenAPI 3 document', (s: Json) => { delete s.swagger; s.openapi = '3.0.1'; }, ['error /openapi']],
    ['swagger given as the number 2', (s: Json) => { s.swagger = 2; }, ['error /swagger']],
    ['no version at all', (s: Json) => { delete s.swagger; }, ['error /swagger']],
  ])('%s', (_name, edit, expected) => {
    expect(summary(swaggerVersion, sampleContext(edit))).toEqual(expected);
  });

  it('fixes a wrongly typed version', () => {
    const [finding] = findings(swaggerVersion, sampleContext((s) => { s.swagger = 2; }));
    expect(finding.fix?.edits).toEqual([{ file: 'apiDefinition.swagger.json', path: '/swagger', value: '2.0' }]);
  });
});
