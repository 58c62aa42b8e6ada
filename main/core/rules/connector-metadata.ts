/**
 * Catalogue 23 (CERTIFICATION.md §3 C): `x-ms-connector-metadata` is present (PPC#1095) with Website,
 * Privacy policy and Categories (M:templates/*); warning: Categories is a ';'-separated list from the set
 * observed in the mirror. Names compare case-insensitively (6 corpus connectors write "Privacy Policy").
 */
import { toPointer } from '../model/json-pointer';
import { isObject } from '../model/operations';
import type { Rule } from './rule';
import { isFilled } from './support/text';

const FILE = 'apiDefinition.swagger.json';
const PATH = '/x-ms-connector-metadata';
const REQUIRED = ['Website', 'Privacy policy', 'Categories'] as const;
export const CATEGORIES = [
  'AI', 'Business Intelligence', 'Business Management', 'Collaboration', 'Commerce', 'Communication', 'Content and Files',
  'Data', 'Finance', 'Human Resources', 'Internet of Things', 'IT Operations', 'Lifestyle and Entertainment', 'Marketing',
  'Productivity', 'Sales and CRM', 'Security', 'Social Media', 'Website',
];

export const connectorMetadata: Rule = {
  id: 'connector-metadata',
  catalogue: [23],
  severity: 'error',
  step: 'general',
  description: 'x-ms-connector-metadata lists Website, Privacy policy and Categories.',
  check(ctx, report) {
    if (!isObject(ctx.swagger)) return;
    const metadata = ctx.swagger['x-ms-connector-metadata'];
    if (!Array.isArray(metadata)) {
      report({
        message: "The 'x-ms-connector-metadata' property is required.",
        file: FILE,
        path: PATH,
        fix: { label: 'Add connector metadata', edits: [{ file: FILE, path: PATH, value: REQUIRED.map((propertyName) => ({ propertyName, propertyValue: '' })) }] },
      });
      return;
    }
    for (const name of REQUIRED) {
      const index = metadata.findIndex((entry) => isObject(entry) && typeof entry.propertyName === 'string' && entry.propertyName.toLowerCase() === name.toLowerCase());
      if (index < 0) {
        report({
          message: `The connector metadata must include '${name}'.`,
          file: FILE,
          path: `${PATH}/${metadata.length}`,
          fix: { label: `Add '${name}'`, edits: [{ file: FILE, path: `${PATH}/${metadata.length}`, value: { propertyName: name, propertyValue: '' }, insert: true }] },
        });
        continue;
      }
      const value = (metadata[index] as Record<string, unknown>).propertyValue;
      const valuePath = toPointer(['x-ms-connector-metadata', index, 'propertyValue']);
      if (!isFilled(value)) {
        report({ message: `The connector metadata '${name}' must have a value.`, file: FILE, path: valuePath });
      } else if (name === 'Categories') {
        const given = value.split(';').map((c) => c.trim()).filter((c) => c !== '');
        const unknown = given.filter((c) => !CATEGORIES.includes(c));
        if (unknown.length === 0) continue;
        const known = given.map((c) => CATEGORIES.find((k) => k.toLowerCase() === c.toLowerCase()));
        const fixed = known.every((c) => c !== undefined) ? known.join(';') : undefined;
        report({
          message: `Unknown categories: ${unknown.join(', ')}. Use ';'-separated values from: ${CATEGORIES.join(', ')}.`,
          file: FILE,
          path: valuePath,
          severity: 'warning',
          fix: fixed ? { label: `Write the categories "${fixed}"`, edits: [{ file: FILE, path: valuePath, value: fixed }] } : undefined,
        });
      }
    }
  },
};
