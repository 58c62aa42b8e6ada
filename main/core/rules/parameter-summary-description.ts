/**
 * Catalogue 26 (CERTIFICATION.md §3 C): every parameter a user sees has `x-ms-summary` and `description`
 * ("The 'x-ms-summary' property is required", "The 'description' property is required", PPC#3407,
 * PPC#4041); warning: x-ms-summary at most 80 characters.
 * Scope, as the catalogue sets it: `in: body` parameters (their schema carries the titles) and
 * `x-ms-visibility: internal` ones (never shown) are accepted without; so are the parameters of internal
 * operations (helpers for dynamic values, webhook deletion) and unused shared parameters, which no user sees
 * either. A gap that the attached previous certified version already had is reported as pre-existing
 * (legacy), not as a new error.
 */
import { getAt } from '../model/json-pointer';
import type { Rule } from './rule';
import { declaredParametersOf, shared } from './support/document-index';
import { reportNewOrLegacy } from './support/legacy';
import { declaredParametersByKey } from './support/parameters';
import { isFilled, titleFromName } from './support/text';

const FILE = 'apiDefinition.swagger.json';
const MAX = 80;

export const parameterSummaryDescription: Rule = {
  id: 'parameter-summary-description',
  catalogue: [26],
  severity: 'error',
  step: 'definition',
  description: 'Every parameter a user sees (not body, not internal) has an x-ms-summary and a description.',
  check(ctx, report) {
    for (const { parameter, pointer, key, operations } of declaredParametersOf(ctx)) {
      if (parameter.in === 'body' || parameter['x-ms-visibility'] === 'internal') continue;
      if (!operations.some((operation) => operation['x-ms-visibility'] !== 'internal')) continue;
      const name = typeof parameter.name === 'string' ? parameter.name : '';
      const summary = parameter['x-ms-summary'];
      const lackedBefore = (field: string) => (previous: unknown) => {
        const old = shared(ctx, declaredParametersByKey, previous).get(key);
        return old !== undefined && !isFilled(getAt(old.parameter, [field]));
      };
      if (!isFilled(summary)) {
        const suggestion = titleFromName(name);
        const path = `${pointer}/x-ms-summary`;
        reportNewOrLegacy(ctx, report, {
          message: `The 'x-ms-summary' property is required (parameter '${name}').`,
          file: FILE,
          path,
          fix: suggestion ? { label: `Set the summary to "${suggestion}"`, edits: [{ file: FILE, path, value: suggestion }] } : undefined,
        }, lackedBefore('x-ms-summary'));
      } else if ([...summary].length > MAX) {
        report({ message: `The x-ms-summary of '${name}' should be at most ${MAX} characters.`, file: FILE, path: `${pointer}/x-ms-summary`, severity: 'warning' });
      }
      if (!isFilled(parameter.description)) {
        const path = `${pointer}/description`;
        const copy = isFilled(summary) ? summary : titleFromName(name);
        reportNewOrLegacy(ctx, report, {
          message: `The 'description' property is required (parameter '${name}').`,
          file: FILE,
          path,
          fix: copy ? { label: `Set the description to "${copy}"`, edits: [{ file: FILE, path, value: copy }] } : undefined,
        }, lackedBefore('description'));
      }
    }
  },
};

