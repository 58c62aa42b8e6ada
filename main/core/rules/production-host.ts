/**
 * Catalogue 12 (CERTIFICATION.md §3 B): the host should be the production service, not an IP address,
 * localhost or a test/staging host (reviewer request, PPC#1971). A warning: only a reviewer can tell.
 */
import { isObject } from '../model/operations';
import type { Rule } from './rule';

const IP = /^(\d{1,3}\.){3}\d{1,3}(:\d+)?$|^\[[0-9a-f:]+\](:\d+)?$/i;
const NON_PRODUCTION = /(^|[.-])(localhost|test|testing|staging|stage|stg|dev|develop|uat|qa|sandbox|preprod)(\d*)([.:-]|$)/i;

export const productionHost: Rule = {
  id: 'production-host',
  catalogue: [12],
  severity: 'warning',
  step: 'general',
  description: 'The host is the production service, not an IP address, localhost or a test/staging host.',
  check(ctx, report) {
    if (!isObject(ctx.swagger) || typeof ctx.swagger.host !== 'string') return;
    const host = ctx.swagger.host;
    const what = IP.test(host) ? 'an IP address' : NON_PRODUCTION.test(host) ? 'a test or staging host' : undefined;
    if (!what) return;
    report({
      message: `The host '${host}' looks like ${what}: certified connectors must point to the production service.`,
      file: 'apiDefinition.swagger.json',
      path: '/host',
    });
  },
};
