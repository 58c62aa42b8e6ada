import { describe, expect, it } from 'vitest';
import { noSecrets } from '../../../main/core/rules/no-secrets';
import { findings, sampleContext, summary, type Json } from './support/sample';

const oauth = (secret?: string) => (_s: Json, p: Json) => {
  p.properties.connectionParameters = {
    token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: 'abc', ...(secret === undefined ? {} : { clientSecret: secret }) } },
  };
};
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('no-secrets (catalogue 4)', () => {
  it.each([
    ['no client secret', oauth(), []],
    ['a placeholder client secret', oauth('YOUR_CLIENT_SECRET'), []],
    ['a template client secret', oauth('{{ client secret }}'), []],
    ['a real client secret', oauth('Xq8~aZ.4kP_2r9sLmW3vB7nYt1Hc6dFg'), ['error /properties/connectionParameters/token/oAuthSettings/clientSecret']],
    ['a dummy x-ms-test-value', (s: Json) => { s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-test-value'] = 'task-123'; }, []],
    ['a JWT as x-ms-test-value', (s: Json) => { s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-test-value'] = JWT; }, ['error /paths/~1tasks~1{taskId}/get/parameters/0/x-ms-test-value']],
    ['a GitHub token in an example', (s: Json) => { s.definitions.Task.properties.id.example = `ghp_${'a1B2'.repeat(9)}`; }, ['error /definitions/Task/properties/id/example']],
    // The shapes are the export gate's: what one reports, the other does.
    ['a bearer token in a header sample', (s: Json) => { s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-test-value'] = 'Bearer 9fK2pQ7xLm4vT8zR1wYc6nHs3dJb5gAe'; }, ['error /paths/~1tasks~1{taskId}/get/parameters/0/x-ms-test-value']],
    ['an OpenAI-style key in an example', (s: Json) => { s.definitions.Task.properties.id.example = 'sk-4fT9qL2mX8vR1zK7wY3cN6hS5dJ0bGaEpQ'; }, ['error /definitions/Task/properties/id/example']],
    ['a slug that only looks like one', (s: Json) => { s.definitions.Task.properties.id.example = 'sk-this-is-a-long-descriptive-slug-name'; }, []],
    ['a bearer placeholder', (s: Json) => { s.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-test-value'] = 'Bearer YOUR_ACCESS_TOKEN_GOES_HERE'; }, []],
  ])('%s', (_name, edit, expected) => {
    expect(summary(noSecrets, sampleContext(edit))).toEqual(expected);
  });

  it('offers to remove a real client secret', () => {
    const [finding] = findings(noSecrets, sampleContext(oauth('Xq8~aZ.4kP_2r9sLmW3vB7nYt1Hc6dFg')));
    expect(finding.fix?.edits).toEqual([{ file: 'apiProperties.json', path: '/properties/connectionParameters/token/oAuthSettings/clientSecret', remove: true }]);
  });

  it('finds a held secret anywhere without printing it', () => {
    const secret = 's3cr3t-value-42';
    const ctx = sampleContext((s) => { s.info.description = `Use key ${secret} to connect to Contoso Tasks quickly.`; }, {
      secrets: [secret],
      texts: { 'readme.md': `# Contoso\nkey: ${secret}\n`, 'script.csx': 'public class Script : ScriptBase {}' },
    });
    const found = findings(noSecrets, ctx);
    expect(found.map((f) => `${f.file} ${f.path}`)).toEqual(['apiDefinition.swagger.json /info/description', 'readme.md ']);
    expect(found.some((f) => f.message.includes(secret))).toBe(false);
  });

  it('reports a real client secret that is also a held secret once', () => {
    const secret = 'Xq8~aZ.4kP_2r9sLmW3vB7nYt1Hc6dFg';
    expect(summary(noSecrets, sampleContext(oauth(secret), { secrets: [secret] }))).toEqual(['error /properties/connectionParameters/token/oAuthSettings/clientSecret']);
  });

  it('ignores held secrets that appear nowhere', () => {
    expect(summary(noSecrets, sampleContext(undefined, { secrets: ['never-written-anywhere'], texts: { 'readme.md': '# Contoso' } }))).toEqual([]);
  });
});
