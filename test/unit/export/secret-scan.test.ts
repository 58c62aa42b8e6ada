import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForSecrets, scanForSecretsInSlices, SPACE_AS_UTF8_BYTES } from '../../../main/core/export/secret-scan';
import { decodeText } from '../../../main/core/text/encoding';
import { isPlaceholder, looksLikeRealKey, maskSecret } from '../../../main/core/text/secret-values';
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

describe('scanForSecrets: the cheap checks before the regexes', () => {
  it('finds each token after earlier occurrences of its anchor, and with the anchor at the very start', () => {
    // "yJ", "IA", "xox", "AIza", "_live_", "Bearer" and "gh" all appear first in harmless text.
    const decoys = 'yJ IA xox AIza_ _live_ Bearer x ghost gh_ github sk- sk-not-a-key-just-a-long-descriptive-slug ';
    for (const [kind, token] of [
      ['jwt', FAKE.jwt],
      ['aws-access-key', FAKE.aws],
      ['github-token', FAKE.github],
      ['slack-token', FAKE.slack],
      ['google-api-key', FAKE.google],
      ['bearer-token', FAKE.bearer],
    ]) {
      expect(kindsIn(`${decoys.repeat(3)} ${token}`), kind).toEqual([kind]);
      expect(kindsIn(token), kind).toEqual([kind]);
    }
    expect(kindsIn(`${decoys} ${'sk_live_' + '4eC39HqLyjWDarjtT1zdp7dc'}`)).toEqual(['stripe-key']);
    expect(kindsIn(`${decoys} ${'sk-' + '4fT9qL2mX8vR1zK7wY3cN6hS5dJ0bGaEpQ'}`)).toEqual(['openai-key']);
    expect(kindsIn(`${decoys} ${'github_pat_' + '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123'}`)).toEqual(['github-token']);
  });

  it('checks every member name the name rules accept, in any case and plural, however short', () => {
    const value = 'Zr5Hk2Lm9Nw3Pb7Xc4Vd1Tf6Gs0Jy8Ua';
    const names = ['secret', 'Password', 'PASSWD', 'pwd', 'apiKey', 'api-key', 'API_KEY', 'accessKeys', 'private_key', 'Tokens', 'credential', 'Credentials', 'mySecrets', 'x-api-key'];
    for (const name of names) expect(kindsIn(`{"${name}": "${value}"}`), name).toEqual(['high-entropy-value']);
    for (const name of ['x-ms-test-value', 'example', 'x-example', 'default']) expect(kindsIn(`{"${name}":"${value}"}`), name).toEqual(['sample-value']);
    for (const name of ['monkey', 'tokenizer', 'secretary', 'pw', 'Example', 'd', '']) expect(kindsIn(`{"${name}": "${value}"}`), name).toEqual([]);
  });

  it('gives the same hits in slices (pausing between detectors) as in one go', async () => {
    const text = `{"clientSecret": "Qx8~vL2.pR5sT9uW3yZ6-aB1cD4eF7gH0",\n "a": "${FAKE.aws}"}\n${'{"description": "filler"},\n'.repeat(30000)}${FAKE.jwt} hunter2-longer`;
    const files = [
      { name: 'apiDefinition.swagger.json', text },
      { name: 'readme.md', text: FAKE.bearer },
    ];
    let pauses = 0;
    const sliced = await scanForSecretsInSlices(files, ['hunter2-longer'], async () => void pauses++);
    expect(sliced).toEqual(scanForSecrets(files, ['hunter2-longer']));
    expect(sliced.map((h) => h.kind)).toEqual(['oauth-client-secret', 'aws-access-key', 'jwt', 'known-secret', 'bearer-token']);
    // The member walk over the ~800 KB text is cut into several pieces.
    expect(pauses).toBeGreaterThan(2 * 11);
  });
});

describe('scanForSecrets on exact bytes (read without decoding)', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  /** The same file given as bytes and as its decoded text must give the same hits. */
  function expectSameAsText(bytes: Uint8Array, known: string[] = [], label = '') {
    const asBytes = scanForSecrets([{ name: 'f', bytes }], known);
    expect(asBytes, label).toEqual(scanForSecrets([{ name: 'f', text: decodeText(bytes).text }], known));
    return asBytes;
  }

  it('finds the same, at the same line and column, after multi-byte characters', () => {
    const text = `{"name": "Café ✓ 𝒳 — ok", "clientSecret": "Qx8~vL2.pR5sT9uW3yZ6-aB1cD4eF7gH0"}\nÉtape ✓ ${FAKE.aws} é ${FAKE.jwt}\n${FAKE.bearer}`;
    const hits = expectSameAsText(encode(text), [], 'mixed');
    expect(hits.map((h) => [h.kind, h.line, h.column])).toEqual([
      ['oauth-client-secret', 1, 45],
      ['aws-access-key', 2, 9],
      ['jwt', 2, 32],
      ['bearer-token', 3, 23],
    ]);
  });

  it('judges non-ASCII values and names as decoded text', () => {
    // A repeated multi-byte character is a placeholder; as bytes it would not look repeated.
    expectSameAsText(encode('{"clientSecret": "ééééééé"}'), [], 'repeated é');
    expect(scanForSecrets([{ name: 'f', bytes: encode('{"clientSecret": "ééééééé"}') }], [])).toEqual([]);
    const hits = expectSameAsText(encode('{"clientSecret": "Qx8~vL2.pR5sT9uW3yZ6-aB1cD4eF7gHé"}'), [], 'secret with é');
    expect(hits[0].preview).toBe('Qx8~******** (33 characters)');
    expectSameAsText(encode('{"mötpassword": "Zr5Hk2Lm9Nw3Pb7Xc4Vd1Tf6Gs0Jy8Ua", "passwörd": "Zr5Hk2Lm9Nw3Pb7Xc4Vd1Tf6Gs0Jy8Ua"}'), [], 'names');
  });

  it('finds known secrets with non-ASCII characters, and ignores ones no decoded text can hold', () => {
    const hits = expectSameAsText(encode('x — pässwörd-✓-1 y pässwörd-✓-1'), ['pässwörd-✓-1', 'lone-\ud800-surrogate'], 'known');
    expect(hits.map((h) => h.column)).toEqual([5, 20]);
  });

  it('reads a bearer token after any white space JavaScript knows, as the text scan does', () => {
    for (const space of [' ', '\t', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff', '\u00a0 \u3000']) {
      expect(expectSameAsText(encode(`Authorization: Bearer${space}k9Xq2Lr7Tz4Wm1Np8Vb3Hc6Jd0Fg5Sa`), [], JSON.stringify(space)).map((h) => h.kind)).toEqual(['bearer-token']);
    }
    expect(expectSameAsText(encode('Authorization: Bearer\u0085k9Xq2Lr7Tz4Wm1Np8Vb3Hc6Jd0Fg5Sa'))).toEqual([]);
  });

  it('spells exactly the characters of \\s in UTF-8', () => {
    const bytesPattern = new RegExp(`^${SPACE_AS_UTF8_BYTES}$`);
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      expect(bytesPattern.test(Buffer.from(char, 'utf8').toString('latin1')), code.toString(16)).toBe(/^\s$/.test(char));
    }
  });

  it('takes BOMs and bytes that are not UTF-8 through the decoded text', () => {
    expectSameAsText(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(`é ${FAKE.aws}`)]), [], 'bom');
    expectSameAsText(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...encode(`é ${FAKE.aws}`)]), [], 'two boms');
    const latin1 = new Uint8Array([...encode('caf'), 0xe9, ...encode(` ${FAKE.aws}`)]);
    expect(expectSameAsText(latin1, [], 'not utf-8').map((h) => h.column)).toEqual([6]);
  });

  it('gives every corpus file the same hits as bytes as it does as text', () => {
    for (const { name, dir } of corpusConnectors()) {
      for (const file of ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx', 'intro.md']) {
        if (existsSync(join(dir, file))) expectSameAsText(new Uint8Array(readFileSync(join(dir, file))), ['hunter2-longer'], `${name}/${file}`);
      }
    }
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
