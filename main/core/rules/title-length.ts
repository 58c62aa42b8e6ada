/**
 * Catalogue 19 (CERTIFICATION.md §3 C): info.title is at most 30 characters — "The 'title' value goes over the
 * character limit '30'" (PPC#3407). Warning: it must not end in a non-alphanumeric character
 * (L:certification-submission, as quoted by dotnet/dev-proxy).
 */
import { getAt } from '../model/json-pointer';
import type { Rule } from './rule';

const FILE = 'apiDefinition.swagger.json';
const PATH = '/info/title';
export const TITLE_LIMIT = 30;

export const titleLength: Rule = {
  id: 'title-length',
  catalogue: [19],
  severity: 'error',
  step: 'general',
  description: `info.title is at most ${TITLE_LIMIT} characters and ends with a letter or digit.`,
  check(ctx, report) {
    if (ctx.swagger === undefined) return;
    const title = getAt(ctx.swagger, PATH);
    if (typeof title !== 'string' || title.trim() === '') {
      report({ message: "The 'title' property is required.", file: FILE, path: PATH });
      return;
    }
    if ([...title].length > TITLE_LIMIT) {
      report({ message: `The 'title' value goes over the character limit '${TITLE_LIMIT}'`, file: FILE, path: PATH });
    }
    if (/[^\p{L}\p{N}]$/u.test(title)) {
      const trimmed = title.replace(/[^\p{L}\p{N}]+$/u, '');
      report({
        message: 'The title must not end in a non-alphanumeric character.',
        file: FILE,
        path: PATH,
        severity: 'warning',
        fix: trimmed ? { label: `Change the title to "${trimmed}"`, edits: [{ file: FILE, path: PATH, value: trimmed }] } : undefined,
      });
    }
  },
};
