/**
 * Catalogue 22 (CERTIFICATION.md §3 C): info.contact is present — "The 'contact' property is required.
 * ValuePath: /info" (PPC#1095). Warning: name, url and email are filled (M:templates/*).
 */
import { getAt } from '../model/json-pointer';
import { isObject } from '../model/operations';
import type { Rule } from './rule';
import { isFilled } from './support/text';

const FILE = 'apiDefinition.swagger.json';
const PATH = '/info/contact';

export const contact: Rule = {
  id: 'contact',
  catalogue: [22],
  severity: 'error',
  step: 'general',
  description: 'info.contact is present with name, url and email.',
  check(ctx, report) {
    if (!isObject(ctx.swagger)) return;
    const value = getAt(ctx.swagger, PATH);
    if (!isObject(value)) {
      // The publisher named in apiProperties.json is the obvious contact name; url and email stay for the user.
      const publisher = getAt(ctx.properties, '/properties/publisher');
      report({
        message: "The 'contact' property is required. ValuePath: /info",
        file: FILE,
        path: PATH,
        fix: isObject(ctx.swagger.info) && isFilled(publisher)
          ? { label: `Add a contact named ${publisher}`, edits: [{ file: FILE, path: PATH, value: { name: publisher } }] }
          : undefined,
      });
      return;
    }
    for (const field of ['name', 'url', 'email'] as const) {
      if (isFilled(value[field])) continue;
      report({ message: `The contact ${field} should be filled in.`, file: FILE, path: `${PATH}/${field}`, severity: 'warning' });
    }
  },
};
