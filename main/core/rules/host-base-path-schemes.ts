/**
 * Catalogue 11 (CERTIFICATION.md §3 B, M:schemas/apiDefinition.swagger.schema.json): `host` is a bare host
 * name with an optional port (no scheme, no path), `basePath` starts with "/", `schemes` ⊆ http, https, ws,
 * wss.
 */
import { isObject } from '../model/operations';
import type { Rule } from './rule';

const HOST = /^[^{}/ :\\]+(?::\d+)?$/;
const SCHEMES = ['http', 'https', 'ws', 'wss'];
const FILE = 'apiDefinition.swagger.json';

export const hostBasePathSchemes: Rule = {
  id: 'host-base-path-schemes',
  catalogue: [11],
  severity: 'error',
  step: 'general',
  description: 'host is a bare host name (no scheme or path), basePath starts with "/", schemes are http/https/ws/wss.',
  check(ctx, report) {
    const swagger = ctx.swagger;
    if (!isObject(swagger)) return;
    const { host, basePath, schemes } = swagger;
    if (host !== undefined && (typeof host !== 'string' || !HOST.test(host))) {
      const bare = typeof host === 'string' ? /^[a-z]+:\/\/([^/{}\s\\]+)/i.exec(host.trim())?.[1] : undefined;
      report({
        message: `The host '${String(host)}' is not valid: give the host name only (for example api.contoso.com), without scheme or path.`,
        file: FILE,
        path: '/host',
        fix: bare ? { label: `Set the host to ${bare}`, edits: [{ file: FILE, path: '/host', value: bare }] } : undefined,
      });
    }
    if (basePath !== undefined && (typeof basePath !== 'string' || !basePath.startsWith('/'))) {
      report({
        message: "The 'basePath' value must start with '/'.",
        file: FILE,
        path: '/basePath',
        fix: typeof basePath === 'string' ? { label: `Set the base path to /${basePath}`, edits: [{ file: FILE, path: '/basePath', value: `/${basePath}` }] } : undefined,
      });
    }
    if (!Array.isArray(schemes)) return;
    schemes.forEach((scheme, index) => {
      if (typeof scheme === 'string' && SCHEMES.includes(scheme)) return;
      const lower = typeof scheme === 'string' ? scheme.toLowerCase() : '';
      const path = `/schemes/${index}`;
      report({
        message: `The scheme '${String(scheme)}' is not valid: use one of ${SCHEMES.join(', ')}.`,
        file: FILE,
        path,
        fix: SCHEMES.includes(lower) ? { label: `Write it "${lower}"`, edits: [{ file: FILE, path, value: lower }] } : undefined,
      });
    });
  },
};
