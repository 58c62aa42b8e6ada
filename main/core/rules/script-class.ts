/**
 * Catalogue 48 (E): script.csx follows the custom-code contract of L:write-code and the training module
 * "Build the script class": one `public class Script : ScriptBase` overriding `ExecuteAsync`, under 1 MB,
 * requests sent with `Context.SendAsync` (not `HttpClient`), only the supported namespaces. Custom code on a
 * connector that uses the on-premises data gateway is a warning, not an error: L:write-code says custom code does
 * not support the gateway, yet a certified connector (Connect Bridge, the catalogue's own gateway example) ships
 * a script with the gateway capability.
 *
 * Namespace allow-list: the "Supported namespaces" list of L:write-code (the list reviewers point to in
 * PPC#3478), plus `Microsoft.PowerPlatform.Connectors.CustomCode.CSharp`, the namespace of ScriptBase itself
 * (used by Microsoft's certified Azure Communication Services Chat connector).
 */
import type { Report, Rule } from './rule';
import { propertiesOf } from './support-package/api-properties';
import { stripCommentsAndStrings } from './support-package/csharp';

export const SUPPORTED_NAMESPACES = new Set([
  'System',
  'System.Collections',
  'System.Collections.Generic',
  'System.Diagnostics',
  'System.IO',
  'System.IO.Compression',
  'System.Linq',
  'System.Net',
  'System.Net.Http',
  'System.Net.Http.Headers',
  'System.Net.Security',
  'System.Security.Authentication',
  'System.Security.Cryptography',
  'System.Text',
  'System.Text.RegularExpressions',
  'System.Threading',
  'System.Threading.Tasks',
  'System.Web',
  'System.Xml',
  'System.Xml.Linq',
  'System.Drawing',
  'System.Drawing.Drawing2D',
  'System.Drawing.Imaging',
  'Microsoft.Extensions.Logging',
  'Newtonsoft.Json',
  'Newtonsoft.Json.Linq',
  'Microsoft.PowerPlatform.Connectors.CustomCode.CSharp',
]);

const MAX_BYTES = 1024 * 1024;

export const scriptClass: Rule = {
  id: 'script-class',
  catalogue: [48],
  severity: 'error',
  step: 'code',
  description: 'script.csx: Script : ScriptBase with ExecuteAsync, < 1 MB, no HttpClient, supported namespaces, no gateway.',
  check(ctx, report) {
    const source = ctx.texts['script.csx'];
    if (source === undefined) return;
    const at = (message: string) => report({ message, file: 'script.csx', path: '' });
    // A UTF-16 code unit is at most 3 bytes of UTF-8: a shorter script cannot reach 1 MB, and is not encoded.
    if (source.length * 3 >= MAX_BYTES) {
      const bytes = new TextEncoder().encode(source).length;
      if (bytes >= MAX_BYTES) at(`script.csx must be smaller than 1 MB (found ${(bytes / MAX_BYTES).toFixed(2)} MB).`);
    }
    const code = stripCommentsAndStrings(source);
    const classes = code.match(/\bpublic\s+(?:sealed\s+|partial\s+)*class\s+Script\s*:\s*ScriptBase\b/g) ?? [];
    if (classes.length !== 1) {
      at(classes.length === 0
        ? 'script.csx must declare the class `public class Script : ScriptBase`.'
        : 'script.csx must declare exactly one `public class Script : ScriptBase`.');
    }
    if (!/\boverride\b[^;{}()]*\bExecuteAsync\s*\(\s*\)/.test(code)) {
      at('script.csx must implement `public override async Task<HttpResponseMessage> ExecuteAsync()`.');
    }
    if (/\bHttpClient\b/.test(code)) {
      at('script.csx must not use HttpClient: send requests with this.Context.SendAsync(request, this.CancellationToken).');
    }
    checkNamespaces(code, report);
    checkGateway(ctx.properties, report);
  },
};

function checkNamespaces(code: string, report: Report): void {
  for (const match of code.matchAll(/^\s*using\s+(static\s+)?([A-Za-z_]\w*\s*=\s*)?([A-Za-z_][\w.]*)\s*;/gm)) {
    const namespace = match[3];
    // `using static T;` and `using Alias = N.T;` may name a type: its namespace is what counts.
    const typeForm = match[1] !== undefined || match[2] !== undefined;
    const container = namespace.slice(0, Math.max(0, namespace.lastIndexOf('.')));
    if (SUPPORTED_NAMESPACES.has(namespace) || (typeForm && SUPPORTED_NAMESPACES.has(container))) continue;
    report({
      message: `The namespace '${namespace}' is not supported in custom code (see "Supported namespaces" in Microsoft's "Write code in a custom connector").`,
      file: 'script.csx',
      path: '',
    });
  }
}

function checkGateway(properties: unknown, report: Report): void {
  const capabilities = propertiesOf(properties)?.capabilities;
  if (!Array.isArray(capabilities)) return;
  const index = capabilities.findIndex((c) => typeof c === 'string' && c.toLowerCase() === 'gateway');
  if (index === -1) return;
  report({
    severity: 'warning',
    message: 'Custom code does not run through the on-premises data gateway (Microsoft\'s custom-code documentation): make sure the operations that go through the gateway work without the script.',
    file: 'apiProperties.json',
    path: `/properties/capabilities/${index}`,
  });
}
