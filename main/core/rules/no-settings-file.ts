/**
 * Catalogue 7 (CERTIFICATION.md §3 A, §2d): settings.json is paconn's argument store and should not be
 * submitted: it holds environment GUIDs (4 leaked in the mirror).
 */
import type { Rule } from './rule';

export const noSettingsFile: Rule = {
  id: 'no-settings-file',
  catalogue: [7],
  severity: 'warning',
  step: 'export',
  description: 'settings.json (paconn arguments, environment ids) is not part of the submission.',
  check(ctx, report) {
    if (!ctx.fileNames.some((name) => name.toLowerCase() === 'settings.json')) return;
    report({
      message: 'settings.json should not be submitted: it holds paconn arguments such as your environment id.',
      file: 'settings.json',
      path: '',
    });
  },
};
