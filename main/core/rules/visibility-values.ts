/**
 * Catalogue 27 (CERTIFICATION.md §3 C): `x-ms-visibility` is one of important, advanced, internal, written
 * in lowercase (the mirror has 16 "Advanced" and 91 ""). A warning: visibility is recommended, never
 * enforced (2017 seed).
 */
import type { Fix } from '../model/findings';
import type { Rule } from './rule';
import { documentIndex } from './support/document-index';
import { pointerOf } from '../model/json-pointer';

const FILE = 'apiDefinition.swagger.json' as const;
export const VISIBILITIES = ['important', 'advanced', 'internal'];

export const visibilityValues: Rule = {
  id: 'visibility-values',
  catalogue: [27],
  severity: 'warning',
  step: 'definition',
  description: 'x-ms-visibility is "important", "advanced" or "internal", in lowercase.',
  check(ctx, report) {
    for (const { node, place } of documentIndex(ctx).byExtension.get('x-ms-visibility') ?? []) {
      const value = node['x-ms-visibility'];
      if (typeof value === 'string' && VISIBILITIES.includes(value)) continue;
      const path = pointerOf(place, 'x-ms-visibility');
      const lower = typeof value === 'string' ? value.trim().toLowerCase() : '';
      const fixed: Fix | undefined = VISIBILITIES.includes(lower)
        ? { label: `Write it "${lower}"`, edits: [{ file: FILE, path, value: lower }] }
        : lower === '' || lower === 'none'
          ? { label: 'Remove the empty visibility', edits: [{ file: FILE, path, remove: true }] }
          : undefined;
      report({
        message: `The x-ms-visibility value '${String(value)}' is not valid: use "important", "advanced" or "internal" (lowercase).`,
        file: FILE,
        path,
        fix: fixed,
      });
    }
  },
};
