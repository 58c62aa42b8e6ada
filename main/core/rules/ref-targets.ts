/**
 * Catalogue 13 (CERTIFICATION.md §3 B): a `$ref` points only to #/definitions, #/parameters or #/responses
 * and resolves (an invalid reference crashed paconn with a 500, PPC#155). External references are refused:
 * the app never reads a local file or fetches a URL for a spec (DESIGN.md, validation pipeline).
 */
import { getAt, toPointer } from '../model/json-pointer';
import type { Rule } from './rule';
import { walkNodes } from './support/nodes';

const LOCAL = /^#\/(definitions|parameters|responses)\/[^/]+$/;

export const refTargets: Rule = {
  id: 'ref-targets',
  catalogue: [13],
  severity: 'error',
  step: 'definition',
  description: '$ref points to #/definitions, #/parameters or #/responses and resolves.',
  check(ctx, report) {
    const swagger = ctx.swagger;
    walkNodes(swagger, ({ node, segments, keywords }) => {
      if (!keywords || !('$ref' in node)) return;
      const ref = node.$ref;
      const path = toPointer([...segments, '$ref']);
      if (typeof ref !== 'string' || !LOCAL.test(ref)) {
        report({
          message: `The reference '${String(ref)}' is not allowed: references must point to #/definitions, #/parameters or #/responses of this file.`,
          file: 'apiDefinition.swagger.json',
          path,
        });
      } else if (getAt(swagger, safeDecode(ref.slice(1))) === undefined) {
        report({ message: `The reference '${ref}' cannot be resolved.`, file: 'apiDefinition.swagger.json', path });
      }
    });
  },
};

/** References may percent-encode names ("#/definitions/Error%20message"); a malformed escape stays as written. */
function safeDecode(pointer: string): string {
  try {
    return decodeURIComponent(pointer);
  } catch {
    return pointer;
  }
}
