/**
 * Catalogue 20 (CERTIFICATION.md §3 C): info.title has none of the restricted words "api" and "connector" —
 * "contains at least one of the restricted words: 'api, connector'" (PPC#3407). Warning: nor product names
 * Power Apps, Power Automate, Logic Apps, Copilot Studio (L:connector-string-guidance).
 */
import { getAt } from '../model/json-pointer';
import type { Rule } from './rule';

const FILE = 'apiDefinition.swagger.json';
const PATH = '/info/title';
const RESTRICTED = /\b(api|apis|connector|connectors)\b/i;
const PRODUCTS = /\b(power ?apps|power ?automate|logic ?apps|copilot ?studio)\b/i;

export const titleRestrictedWords: Rule = {
  id: 'title-restricted-words',
  catalogue: [20],
  severity: 'error',
  step: 'general',
  description: 'info.title contains neither "API" nor "Connector", nor a Microsoft product name.',
  check(ctx, report) {
    const title = getAt(ctx.swagger, PATH);
    if (typeof title !== 'string') return;
    if (RESTRICTED.test(title)) {
      report({ message: "The 'title' value contains at least one of the restricted words: 'api, connector'", file: FILE, path: PATH });
    }
    const product = PRODUCTS.exec(title);
    if (product) {
      report({ message: `The title should not contain the product name '${product[0]}'.`, file: FILE, path: PATH, severity: 'warning' });
    }
  },
};
