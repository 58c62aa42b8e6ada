import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForSecrets } from '../../../main/core/export/secret-scan';
import { isPlaceholder, looksLikeRealKey, maskSecret } from '../../../main/core/export/secret-values';
import { corpusConnectors } from '../../support/corpus';
import { GENUINE_CORPUS_SECRETS } from './genuine-secrets';

// Built by concatenation so this test file itself does not look like it leaks credentials.
const FAKE = {
  jwt: 'eyJhbGciOiJIUzI1NiJ9' + '.eyJzdWIiOiIxMjM0NTY3ODkwIn0' + '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  aws: 'AKIA' + 'Q3EGRIT5K7PLMWZB',
  github: 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8',
  slack: 'xoxb-' + '2048-1234567890-AbCdEfGhIjKl',
  google: 'AIza' + 'SyD3x9Kq2mN7pL4vR8tW1yZ6bC5fH0jG3kE',
  azure: 'DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=' + 'q8Zr5Hk2Lm9Nw3Pb7Xc4Vd1Tf6Gs0Jy8Ua2Qe5Ri7Wo3Kp9Mn1Bv4Cx6Zl8Hj0Dg2Fs5Ak7==',
  pem: '-----BEGIN RSA ' + 'PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----',
  bearer: 'Authorization: Bearer ' + 'k9Xq2Lr7Tz4Wm1Np8Vb3Hc6Jd0Fg5Sa',
};

function kindsIn(text: string, known: string[] = []) {
  return scanForSecrets([{ name: 'readme.md', text }], known).map((h) => h.kind);
}

describe('scanForSecrets: token formats', () => {
  it.each([
    ['jwt', FAKE.jwt],
    ['aws-access-key', `key id ${FAKE.aws} here`],
    ['github-token', `token: ${FAKE.github}`],
    ['slack-token', FAKE.slack],
    ['google-api-key', `?key=${FAKE.google}`],
    ['azure-storage-key', FAKE.azure],
    ['private-key', FAKE.pem],
    ['bearer-token', FAKE.bearer],
  ])('finds a %s', (kind, text) => {
    expect(kindsIn(text)).toEqual([kind]);
  });

  it('ignores documented examples and placeholders', () => {
    expect(kindsIn('AKIAIOSFODNN7EXAMPLE')).toEqual([]);
    expect(kindsIn('Authorization: Bearer {access_token}')).toEqual([]);
    expect(kindsIn('Authorization: Bearer YOUR_ACCESS_TOKEN_GOES_HERE')).toEqual([]);
    expect(kindsIn('Authorization: Bearer <token>')).toEqual([]);
  });
});

describe('scanForSecrets: JSON members', () => {
  const props = (secret: string) => `{\n  "token": {\n    "oAuthSettings": {\n      "clientId": "abc",\n      "clientSecret": "${secret}"\n    }\n  }\n}`;

  it('flags a real OAuth client secret with its position', () => {
    const hits = scanForSecrets([{ name: 'apiProperties.json', text: props('Qx8~vL2.pR5sT9uW3yZ6-aB1cD4eF7gH0') }], []);
    expect(hits).toEqual([{ file: 'apiProperties.json', line: 5, column: 24, kind: 'oauth-client-secret', preview: 'Qx8~******** (33 characters)' }]);
  });

  it.each(['', '*****', '{{ client secret }}', 'YOUR_CLIENT_SECRET', '<<Enter client secret>>', '[[DUMMY]]', 'xxxxxxxx', 'dummy_secret'])(
    'accepts the placeholder client secret %j',
    (value) => {
      expect(scanForSecrets([{ name: 'apiProperties.json', text: props(value) }], [])).toEqual([]);
    },
  );

  it('flags test values and examples that look like real keys, not ids or words', () => {
    const swagger = (key: string, value: string) => `{"parameters":[{"name":"X-Api-Key","${key}":"${value}"}]}`;
    expect(kindsIn(swagger('x-ms-test-value', 'sk9Fq2Lr7Tz4Wm1Np8Vb3Hc6Jd0Fg5Sa'))).toEqual(['sample-value']);
    expect(kindsIn(swagger('example', '4f9a2c81e7b34d6a9c0e5f1b2d3a4c5e'))).toEqual(['sample-value']);
    expect(kindsIn(swagger('example', 'eb2fbeb8-e31d-469d-a4b7-e781c8c8c8ae'))).toEqual([]);
    expect(kindsIn(swagger('default', 'dad-jokes-by-api-ninjas.p.rapidapi.com'))).toEqual([]);
    expect(kindsIn(swagger('example', 'https://example.com/image.jpeg'))).toEqual([]);
  });

  it('flags high-entropy values in key-ish members', () => {
    expect(kindsIn('{"apiKey": "Zr5Hk2Lm9Nw3Pb7Xc4Vd1Tf6Gs0Jy8Ua"}')).toEqual(['high-entropy-value']);
    expect(kindsIn('{"password": "securestring"}')).toEqual([]);
  });
});

describe('scanForSecrets: known secrets', () => {
  it('finds every occurrence of a known secret, in any file', () => {
    const hits = scanForSecrets(
      [
        { name: 'script.csx', text: 'var key = "hunter2-longer";\n// again: hunter2-longer' },
        { name: 'readme.md', text: 'nothing here' },
      ],
      ['hunter2-longer', ''],
    );
    expect(hits.map((h) => [h.file, h.line, h.column, h.kind])).toEqual([
      ['script.csx', 1, 12, 'known-secret'],
      ['script.csx', 2, 11, 'known-secret'],
    ]);
  });

  it('never shows the whole secret', () => {
    for (const secret of ['hunter2-longer', 'abcdefgh', FAKE.github]) {
      const [hit] = scanForSecrets([{ name: 'a', text: `x ${secret} y` }], [secret]);
      expect(hit.preview).not.toContain(secret);
    }
    expect(maskSecret('short1')).toBe('******** (6 characters)');
  });
});

describe('scanForSecrets over the corpus', () => {
  it('is silent on every connector except the genuine, fixtured hits', () => {
    const found: string[] = [];
    for (const { name, dir } of corpusConnectors()) {
      const files = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx', 'intro.md']
        .filter((file) => existsSync(join(dir, file)))
        .map((file) => ({ name: file, text: readFileSync(join(dir, file), 'utf8') }));
      for (const hit of scanForSecrets(files, [])) found.push(`${name} ${hit.file}:${hit.line}:${hit.column} ${hit.kind}`);
    }
    expect(found).toEqual(GENUINE_CORPUS_SECRETS.map((s) => `${s.connector} ${s.file}:${s.line}:${s.column} ${s.kind}`));
  });
});

describe('secret values', () => {
  it('recognises the corpus placeholder styles', () => {
    for (const value of ['{{ client id }}', '<<Please add your clientID here>>', 'PLACEHOLDER_CLIENTID', '[YOUR_CLIENT_ID]', '*****', ''])
      expect(isPlaceholder(value), value).toBe(true);
    expect(isPlaceholder('Qx8~vL2.pR5sT9uW3yZ6')).toBe(false);
  });

  it('needs length, letters and digits, and randomness to call something a key', () => {
    expect(looksLikeRealKey('k9Xq2Lr7Tz4Wm1Np8Vb3Hc6Jd0Fg5Sa')).toBe(true);
    expect(looksLikeRealKey('short9Xq2')).toBe(false);
    expect(looksLikeRealKey('card_id,title,description')).toBe(false);
    expect(looksLikeRealKey('aaaaaaaaaaaaaaaaaaaaaaaa1')).toBe(false);
  });
});
