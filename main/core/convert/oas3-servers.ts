/**
 * servers -> host, basePath, schemes. Connectors have one backend URL: the first https server wins and
 * the others are reported. Server variables become connection parameters with a dynamichosturl policy
 * when the user must choose (no default or several allowed values), else their defaults.
 */
import { friendlyTitle } from '../model/sample/titles';
import type { Oas3Context } from './oas3-context';
import { dynamicHostPolicy, textConnectionParameter } from './security';
import { isObject, type JsonObject } from './util';

export interface ConvertedServer {
  host?: string;
  basePath?: string;
  schemes?: string[];
  /** The URL with defaults substituted (relative OAuth URLs resolve against it). */
  url?: string;
  connectionParameters: JsonObject;
  policies: JsonObject[];
}

const HOST = /^[^{}/ :\\]+(?::\d+)?$/;

export function convertServers(ctx: Oas3Context): ConvertedServer {
  const out: ConvertedServer = { connectionParameters: {}, policies: [] };
  const servers = Array.isArray(ctx.doc.servers) ? ctx.doc.servers.filter((s): s is JsonObject => isObject(s) && typeof s.url === 'string') : [];
  if (servers.length === 0) {
    ctx.report.info('No server is declared: set the host in the General step.', ['servers'], ['host']);
    return out;
  }
  const index = Math.max(0, servers.findIndex((s) => /^https:/i.test(s.url as string)));
  const server = servers[index];
  servers.forEach((other, i) => {
    if (i !== index) ctx.report.dropped(`Server ${other.url as string} was not kept: a connector has one backend URL (${server.url as string} was chosen).`, ['servers', i]);
  });
  const at = ['servers', index];
  const url = substitute(ctx, server, at, out);
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://relative.invalid');
  } catch {
    ctx.report.dropped(`Server URL ${url} could not be read: set the host in the General step.`, at, ['host']);
    return out;
  }
  if (parsed.hostname !== 'relative.invalid' && HOST.test(parsed.host)) {
    out.host = parsed.host;
    out.schemes = [parsed.protocol.replace(':', '')].filter((s) => ['http', 'https', 'ws', 'wss'].includes(s));
    out.url = url;
  } else {
    ctx.report.info(`Server URL "${url}" has no host: set the host in the General step.`, at, ['host']);
  }
  const basePath = safeDecode(parsed.pathname).replace(/\/+$/, '');
  if (basePath !== '') out.basePath = basePath;
  return out;
}

/** Fills server variables; the ones a user must choose also become connection parameters. */
function substitute(ctx: Oas3Context, server: JsonObject, at: (string | number)[], out: ConvertedServer): string {
  const template = server.url as string;
  const variables = isObject(server.variables) ? server.variables : {};
  let url = template;
  let dynamic = template;
  let needsUser = false;
  for (const name of template.match(/\{[^}]+\}/g)?.map((m) => m.slice(1, -1)) ?? []) {
    const variable = isObject(variables[name]) ? variables[name] : {};
    const choices = Array.isArray(variable.enum) ? variable.enum.map(String) : [];
    const fallback = variable.default !== undefined ? String(variable.default) : choices[0] ?? name;
    url = url.split(`{${name}}`).join(fallback);
    const userChooses = variable.default === undefined || choices.length > 1;
    if (userChooses) {
      needsUser = true;
      const described = typeof variable.description === 'string' ? variable.description : `The ${friendlyTitle(name)} of the server`;
      out.connectionParameters[name] = textConnectionParameter(friendlyTitle(name), choices.length > 0 ? `${described} (one of: ${choices.join(', ')})` : described);
      dynamic = dynamic.split(`{${name}}`).join(`@connectionParameters('${name}')`);
      ctx.report.approximated(`Server variable "${name}" became a connection parameter used by a dynamichosturl policy (the host uses "${fallback}" until the connection sets it).`, [...at, 'variables', name], `apiProperties.json#/properties/connectionParameters/${name}`);
    } else {
      dynamic = dynamic.split(`{${name}}`).join(fallback);
      ctx.report.info(`Server variable "${name}" was replaced by its default "${fallback}".`, [...at, 'variables', name], ['host']);
    }
  }
  if (needsUser) out.policies.push(dynamicHostPolicy(dynamic, 'Server URL'));
  return url;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
