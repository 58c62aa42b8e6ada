/**
 * Catalogue 3 (CERTIFICATION.md §3 A): the swagger file is at most 1 MB (DOCS#18; reviewer "make sure that
 * the swagger size is below 1MB", PPC#1381).
 */
import type { Rule } from './rule';

export const SWAGGER_SIZE_LIMIT = 1024 * 1024;

export const swaggerSize: Rule = {
  id: 'swagger-size',
  catalogue: [3],
  severity: 'error',
  step: 'export',
  description: 'apiDefinition.swagger.json is at most 1 MB.',
  check(ctx, report) {
    if (ctx.swaggerBytes <= SWAGGER_SIZE_LIMIT) return;
    const size = (ctx.swaggerBytes / SWAGGER_SIZE_LIMIT).toFixed(2);
    report({
      message: `The swagger file is ${size} MB: make sure that the swagger size is below 1MB.`,
      file: 'apiDefinition.swagger.json',
      path: '',
    });
  },
};
