import { describe, expect, it } from 'vitest';
import { scriptClass } from '../../../main/core/rules/script-class';
import { findings } from './support-package/fixtures';

const SCRIPT = `using System.Net;
using Newtonsoft.Json.Linq;

public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        // HttpClient is not allowed here; "new HttpClient()" in a string is fine too.
        var response = await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);
        return response;
    }
}
`;

const rows: [string, string, string[]][] = [
  ['the documented shape', SCRIPT, []],
  ['lower-case class name (wttr.in)', SCRIPT.replace('class Script', 'class script'), ['script.csx must declare the class `public class Script : ScriptBase`.']],
  ['two Script classes', SCRIPT + '\npublic class Script : ScriptBase { }\n', ['script.csx must declare exactly one `public class Script : ScriptBase`.']],
  ['no ExecuteAsync override', SCRIPT.replace('public override async', 'public async'), ['script.csx must implement `public override async Task<HttpResponseMessage> ExecuteAsync()`.']],
  ['HttpClient in code', SCRIPT.replace('var response = await', 'var client = new HttpClient();\n        var response = await'), [
    'script.csx must not use HttpClient: send requests with this.Context.SendAsync(request, this.CancellationToken).',
  ]],
  ['unsupported namespace', 'using System.Data.SqlClient;\n' + SCRIPT, [
    "The namespace 'System.Data.SqlClient' is not supported in custom code (see \"Supported namespaces\" in Microsoft's \"Write code in a custom connector\").",
  ]],
  ['using static and aliases of supported types', 'using static System.Math;\nusing JObj = Newtonsoft.Json.Linq.JObject;\n' + SCRIPT, []],
  ['alias of an unsupported type', 'using Sql = System.Data.SqlClient.SqlConnection;\n' + SCRIPT, [
    "The namespace 'System.Data.SqlClient.SqlConnection' is not supported in custom code (see \"Supported namespaces\" in Microsoft's \"Write code in a custom connector\").",
  ]],
  ['over 1 MB', SCRIPT + '//' + 'x'.repeat(1024 * 1024), ['script.csx must be smaller than 1 MB (found 1.00 MB).']],
];

describe('script-class (48)', () => {
  it.each(rows)('%s', (_name, text, expected) => {
    const found = findings(scriptClass, { texts: { 'script.csx': text }, properties: { properties: { iconBrandColor: '#000000', capabilities: [] } } });
    expect(found.map((f) => f.message)).toEqual(expected);
  });

  it('warns about custom code on a gateway connector (certified ones combine both), pointing at the capability', () => {
    const found = findings(scriptClass, { texts: { 'script.csx': SCRIPT }, properties: { properties: { iconBrandColor: '#000000', capabilities: ['actions', 'gateway'] } } });
    expect(found.map((f) => `${f.severity} ${f.file} ${f.path}`)).toEqual(['warning apiProperties.json /properties/capabilities/1']);
  });

  it('says nothing without script.csx', () => {
    expect(findings(scriptClass, { texts: {} })).toEqual([]);
  });
});
