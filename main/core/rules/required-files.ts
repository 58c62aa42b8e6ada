/**
 * Catalogue 1 (CERTIFICATION.md §3 A): the folder holds apiDefinition.swagger.json, apiProperties.json and
 * readme.md, names compared case-insensitively (M:README.md "Files to Include").
 */
import type { Rule } from './rule';

const REQUIRED = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'] as const;

export const requiredFiles: Rule = {
  id: 'required-files',
  catalogue: [1],
  severity: 'error',
  step: 'export',
  description: 'The submission holds apiDefinition.swagger.json, apiProperties.json and readme.md.',
  check(ctx, report) {
    const present = new Set(ctx.fileNames.map((name) => name.toLowerCase()));
    for (const file of REQUIRED) {
      if (present.has(file.toLowerCase())) continue;
      report({ message: `The submission must include '${file}'.`, file, path: '' });
    }
  },
};
