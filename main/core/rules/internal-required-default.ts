/**
 * Catalogue 28 (CERTIFICATION.md §3 C): a parameter that is both `x-ms-visibility: internal` and
 * `required: true` must have a `default` — the user never sees it, so nothing else can fill it (Microsoft
 * designer team, Azure/LogicAppsUX#4169). Body parameters carry their values in the schema and are skipped.
 */
import type { Rule } from './rule';
import { declaredParametersOf } from './support/document-index';

const FILE = 'apiDefinition.swagger.json';

export const internalRequiredDefault: Rule = {
  id: 'internal-required-default',
  catalogue: [28],
  severity: 'error',
  step: 'definition',
  description: 'An internal, required parameter has a default value.',
  check(ctx, report) {
    for (const { parameter, pointer } of declaredParametersOf(ctx)) {
      if (parameter.in === 'body' || parameter['x-ms-visibility'] !== 'internal' || parameter.required !== true) continue;
      if (parameter.default !== undefined) continue;
      const only = Array.isArray(parameter.enum) && parameter.enum.length === 1 ? parameter.enum[0] : undefined;
      report({
        message: `The parameter '${String(parameter.name)}' is internal and required, so it must have a default value.`,
        file: FILE,
        path: `${pointer}/default`,
        fix: only !== undefined ? { label: `Use ${JSON.stringify(only)} as default`, edits: [{ file: FILE, path: `${pointer}/default`, value: only }] } : undefined,
      });
    }
  },
};
