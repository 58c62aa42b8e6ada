/**
 * Catalogue 21 (CERTIFICATION.md §3 C): info.description is 30–500 characters ("must be between '30' and
 * '500' characters", PPC#550, PPC#4181) and names none of 'power apps, power automate, logic apps'
 * (PPC#3407). Warning: it should not say "API" (L:connector-string-guidance).
 */
import { getAt } from '../model/json-pointer';
import type { Rule } from './rule';

const FILE = 'apiDefinition.swagger.json';
const PATH = '/info/description';
const MIN = 30;
const MAX = 500;
const PRODUCTS = /\b(power ?apps|power ?automate|logic ?apps)\b/i;

export const descriptionContent: Rule = {
  id: 'description-content',
  catalogue: [21],
  severity: 'error',
  step: 'general',
  description: `info.description is ${MIN}–${MAX} characters and names no Microsoft product.`,
  check(ctx, report) {
    if (ctx.swagger === undefined) return;
    const description = getAt(ctx.swagger, PATH);
    if (typeof description !== 'string') {
      report({ message: "The 'description' property is required. ValuePath: /info", file: FILE, path: PATH });
      return;
    }
    const length = [...description].length;
    if (length < MIN || length > MAX) {
      report({ message: `The 'description' value must be between '${MIN}' and '${MAX}' characters (it has ${length}).`, file: FILE, path: PATH });
    }
    if (PRODUCTS.test(description)) {
      report({ message: "The 'description' value contains at least one of the restricted words: 'power apps, power automate, logic apps'", file: FILE, path: PATH });
    }
    if (/\bAPIs?\b/.test(description)) {
      report({ message: 'The description should not use the word "API".', file: FILE, path: PATH, severity: 'warning' });
    }
  },
};
