/**
 * Catalogue 8 (CERTIFICATION.md §3 B): only Swagger 2.0 is accepted; OpenAPI 3 is not supported
 * (DOCS#245, DOCS#456).
 */
import { isObject } from '../model/operations';
import type { Rule } from './rule';

export const swaggerVersion: Rule = {
  id: 'swagger-version',
  catalogue: [8],
  severity: 'error',
  step: 'general',
  description: 'The definition is Swagger 2.0 ("swagger": "2.0"); OpenAPI 3 is not supported.',
  check(ctx, report) {
    const swagger = ctx.swagger;
    if (!isObject(swagger)) return;
    if (swagger.swagger === '2.0') return;
    if (typeof swagger.openapi === 'string') {
      report({
        message: `OpenAPI ${swagger.openapi} is not supported: custom connectors need a Swagger 2.0 definition.`,
        file: 'apiDefinition.swagger.json',
        path: '/openapi',
      });
      return;
    }
    report({
      message: "The 'swagger' property must be \"2.0\".",
      file: 'apiDefinition.swagger.json',
      path: '/swagger',
      fix: { label: 'Set "swagger" to "2.0"', edits: [{ file: 'apiDefinition.swagger.json', path: '/swagger', value: '2.0' }] },
    });
  },
};
