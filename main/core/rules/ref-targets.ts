/**
 * Catalogue 13 (CERTIFICATION.md §3 B): a `$ref` points only to #/definitions, #/parameters or #/responses
 * and resolves (an invalid reference crashed paconn with a 500, PPC#155). External references are refused:
 * the app never reads a local file or fetches a URL for a spec (DESIGN.md, validation pipeline).
 */
import { pointerOf, resolveLocal } from '../model/json-pointer';
import type { Rule } from './rule';
import { documentIndex } from './support/document-index';

const LOCAL = /^#\/(definitions|parameters|responses)\/[^/]+$/;

export const refTargets: Rule = {
  id: 'ref-targets',
  catalogue: [13],
  severity: 'error',
  step: 'definition',
  description: '$ref points to #/definitions, #/parameters or #/responses and resolves.',
  check(ctx, report) {
    const swagger = ctx.swagger;
    // The same reference is written many times: judge each distinct one once.
    const verdicts = new Map<unknown, 'ok' | 'not-local' | 'unresolved'>();
    const judge = (ref: unknown) => {
      if (typeof ref !== 'string' || !LOCAL.test(ref)) return 'not-local';
      return resolveLocal(swagger, ref) !== undefined ? 'ok' : 'unresolved';
    };
    for (const { node, place } of documentIndex(ctx).refNodes) {
      const ref = node.$ref;
      let verdict = verdicts.get(ref);
      if (verdict === undefined) verdicts.set(ref, (verdict = judge(ref)));
      if (verdict === 'ok') continue;
      report({
        message: verdict === 'not-local'
          ? `The reference '${String(ref)}' is not allowed: references must point to #/definitions, #/parameters or #/responses of this file.`
          : `The reference '${String(ref)}' cannot be resolved.`,
        file: 'apiDefinition.swagger.json',
        path: pointerOf(place, '$ref'),
      });
    }
  },
};
