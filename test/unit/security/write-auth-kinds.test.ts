/**
 * writeAuth per kind: from a blank project and from real connectors of another kind, the result has the
 * shapes real connectors use, switching kinds leaves no orphans, and text outside the auth parts is
 * byte-identical.
 */
import { describe, expect, it } from 'vitest';
import { writeAuth, type AuthTexts } from '../../../main/core/model/security/write-auth';
import { defaultAuth } from '../../../main/core/model/security/auth-templates';
import { setKind } from '../../../main/core/model/security/read-auth';
import { GLOBAL_REDIRECT_URL, type AuthConfig } from '../../../main/core/model/security/auth-config';
import { BLANK, authOf, corpusTexts, parse, textsAt, viaJson } from './support';

const REFERENCE = {
  apiKey: 'certified-connectors__IN-D-Invoice-Data-Capture',
  basic: 'certified-connectors__TrueDialog-SMS',
  oauth2: 'independent-publisher-connectors__Strava',
  aad: 'independent-publisher-connectors__MS-Graph-Groups-and-Users',
  aadcertificate: 'certified-connectors__Azure-Machine-Learning',
} as const;

const connectionParameters = (texts: AuthTexts) => parse(texts.properties).properties.connectionParameters;
const securityDefinitions = (texts: AuthTexts) => parse(texts.swagger).securityDefinitions ?? {};

/** Every security requirement names a defined scheme, and every scheme but the kind's is gone. */
function expectNoOrphans(texts: AuthTexts, expectedDefinitions: string[], expectedParams: string[]) {
  const swagger = parse(texts.swagger);
  expect(Object.keys(swagger.securityDefinitions ?? {})).toEqual(expectedDefinitions);
  const required = (swagger.security ?? []).flatMap((entry: object) => Object.keys(entry));
  expect(required).toEqual(expectedDefinitions);
  expect(Object.keys(connectionParameters(texts)).sort()).toEqual([...expectedParams].sort());
}

/** Text outside the auth parts is untouched: every other top-level member keeps its exact text. */
function expectUnrelatedTextKept(before: AuthTexts, after: AuthTexts, extras: string[], gatewayToggled = false) {
  const swaggerKeys = Object.keys(parse(before.swagger))
    .filter((key) => key !== 'securityDefinitions' && key !== 'security')
    .map((key) => `/${key}`);
  expect(textsAt(after.swagger, swaggerKeys)).toEqual(textsAt(before.swagger, swaggerKeys));
  const propertyKeys = [
    ...Object.keys(parse(before.properties).properties)
      .filter((key) => key !== 'connectionParameters' && key !== 'connectionParameterSets' && !(gatewayToggled && key === 'capabilities'))
      .map((key) => `/properties/${key}`),
    ...extras.map((name) => `/properties/connectionParameters/${name}`),
  ];
  expect(textsAt(after.properties, propertyKeys)).toEqual(textsAt(before.properties, propertyKeys));
  for (const [was, now] of [[before.swagger, after.swagger], [before.properties, after.properties]]) {
    if (was.includes('\r\n')) expect(now.replace(/\r\n/g, '').includes('\n')).toBe(false);
  }
}

describe('writeAuth from a blank project', () => {
  it.each(Object.entries(REFERENCE))('%s: writing %s\'s config reproduces its auth parts', (_label, name) => {
    const reference = corpusTexts(name);
    const config = authOf(reference);
    const written = writeAuth(BLANK, viaJson(config));
    expect(connectionParameters(written)).toEqual(connectionParameters(reference));
    const refDefinitions = securityDefinitions(reference);
    const [definitionName] = Object.keys(refDefinitions);
    const { description: _ignored, ...definition } = refDefinitions[definitionName];
    expect(securityDefinitions(written)).toEqual({ [definitionName]: definition });
    expect(authOf(written)).toEqual(viaJson(config));
    expectUnrelatedTextKept(BLANK, written, []);
  });

  it('apiKey template: the uiDefinition texts 20 real connectors use, paired with an apiKey secdef', () => {
    const written = writeAuth(BLANK, { ...defaultAuth('apiKey'), apiKey: { ...defaultAuth('apiKey').apiKey!, name: 'x-api-key' } });
    expect(connectionParameters(written)).toEqual(connectionParameters(corpusTexts(REFERENCE.apiKey)));
    expect(securityDefinitions(written)).toEqual(securityDefinitions(corpusTexts(REFERENCE.apiKey)));
    expect(parse(written.swagger).security).toEqual([{ 'API Key': [] }]);
  });

  it('basic template: username + password as the portal writes them', () => {
    const written = writeAuth(BLANK, defaultAuth('basic'));
    expect(connectionParameters(written)).toEqual(connectionParameters(corpusTexts(REFERENCE.basic)));
    expect(securityDefinitions(written)).toEqual({ basic_auth: { type: 'basic' } });
  });

  it('oauth2 template: a token oauthSetting with the Global redirect and an accessCode secdef', () => {
    const written = writeAuth(BLANK, defaultAuth('oauth2'));
    const token = connectionParameters(written).token;
    const strava = connectionParameters(corpusTexts(REFERENCE.oauth2)).token;
    expect(Object.keys(token.oAuthSettings)).toEqual(Object.keys(strava.oAuthSettings));
    expect(Object.keys(token.oAuthSettings.customParameters)).toEqual(Object.keys(strava.oAuthSettings.customParameters));
    expect(token.oAuthSettings.redirectUrl).toBe(GLOBAL_REDIRECT_URL);
    expect(token.oAuthSettings).not.toHaveProperty('clientSecret');
    expect(securityDefinitions(written).oauth2_auth).toMatchObject({ type: 'oauth2', flow: 'accessCode', scopes: {} });
  });

  it('aad template: AAD custom parameters and the fixed token:TenantId', () => {
    const written = writeAuth(BLANK, defaultAuth('oauth2', 'aad'));
    const params = connectionParameters(written);
    expect(params['token:TenantId']).toEqual(connectionParameters(corpusTexts(REFERENCE.aad))['token:TenantId']);
    expect(params.token.oAuthSettings.customParameters).toMatchObject({ loginUri: { value: 'https://login.windows.net' }, tenantId: { value: 'common' }, resourceUri: { value: '' } });
    expect(authOf(written).oauth2?.identityProvider).toBe('aad');
  });

  it('oauth2generic template: URL templates driven by token:customHost', () => {
    const config = defaultAuth('oauth2', 'oauth2generic');
    const written = writeAuth(BLANK, config);
    const params = connectionParameters(written);
    expect(Object.keys(params.token.oAuthSettings.customParameters)).toEqual(['authorizationUrlTemplate', 'tokenUrlTemplate', 'refreshUrlTemplate']);
    expect(params['token:customHost']).toMatchObject({ type: 'string', uiDefinition: { constraints: { required: 'true' } } });
    expect(authOf(written)).toEqual(viaJson(config));
  });

  it('gateway: capabilities ["gateway"], a gatewaySetting parameter and authType, as Connect Bridge', () => {
    const config: AuthConfig = { ...defaultAuth('none'), gateway: true };
    const written = writeAuth(BLANK, config);
    const props = parse(written.properties).properties;
    expect(props.capabilities).toEqual(['gateway']);
    expect(props.connectionParameters.gateway).toMatchObject({ type: 'gatewaySetting', gatewaySettings: { dataSourceType: 'CustomConnector' }, uiDefinition: { constraints: { capability: ['gateway'] } } });
    expect(props.connectionParameters.authType).toMatchObject({ type: 'string', uiDefinition: { constraints: { allowedValues: [{ text: 'none', value: 'anonymous' }], capability: ['gateway'] } } });
    expect(securityDefinitions(written)).toEqual({});
    expect(authOf(written)).toEqual(viaJson(config));
    const off = writeAuth(written, { ...config, gateway: false });
    expect(parse(off.properties)).toEqual(parse(BLANK.properties));
  });

  it('windows: gateway-only username/password and no securityDefinition', () => {
    const written = writeAuth(BLANK, defaultAuth('windows'));
    const params = connectionParameters(written);
    expect(params.authType.uiDefinition.constraints.allowedValues).toEqual([{ text: 'Windows', value: 'windows' }]);
    expect(params.username.uiDefinition.constraints.capability).toEqual(['gateway']);
    expect(params.password).toMatchObject({ type: 'securestring', uiDefinition: { constraints: { clearText: false, capability: ['gateway'] } } });
    expect(securityDefinitions(written)).toEqual({});
    expect(authOf(written)).toMatchObject({ kind: 'windows', gateway: true });
  });

  it('multi: connectionParameterSets shaped like the corpus multi-auth connector', () => {
    const config = defaultAuth('multi');
    const written = writeAuth(BLANK, config);
    const sets = parse(written.properties).properties.connectionParameterSets;
    const real = parse(corpusTexts('certified-connectors__Azure-Communication-Services-SMS-Events').properties).properties.connectionParameterSets;
    expect(Object.keys(sets)).toEqual(Object.keys(real));
    expect(Object.keys(sets.uiDefinition)).toEqual(Object.keys(real.uiDefinition));
    for (const set of sets.values) expect(Object.keys(set)).toEqual(['name', 'uiDefinition', 'parameters']);
    expect(sets.values[0].parameters.token.type).toBe('oauthSetting');
    const read = authOf(written);
    expect(read.sets?.values.map(setKind)).toEqual(['oauth2', 'basic']);
    expect(read).toEqual(viaJson(config));
    expect(securityDefinitions(written)).toEqual({});
  });
});

describe('writeAuth switching kinds on real connectors', () => {
  const cases: [string, keyof typeof REFERENCE, string[]][] = [
    ['certified-connectors__BulkSMS', 'apiKey', []],
    ['certified-connectors__Kanbanize', 'oauth2', ['subdomain']],
    ['independent-publisher-connectors__MS-Graph-Groups-and-Users', 'basic', []],
    ['certified-connectors__Azure-Machine-Learning', 'apiKey', ['region']],
    ['certified-connectors__Encodian', 'aad', ['region']],
    ['certified-connectors__Azure-Communication-Services-SMS-Events', 'oauth2', []],
    ['certified-connectors__OpenText-eDOCS-by-One-Fox', 'basic', ['edocs_username', 'edocs_password']],
  ];

  it.each(cases)('%s -> %s -> none', (from, to, extras) => {
    const original = corpusTexts(from);
    const reference = corpusTexts(REFERENCE[to]);
    const target = authOf(reference);
    const kept = authOf(original).params;

    const switched = writeAuth(original, viaJson({ ...target, params: kept }));
    const refParams = connectionParameters(reference);
    const [definition] = Object.keys(securityDefinitions(reference));
    expectNoOrphans(switched, [definition], [...Object.keys(refParams).filter((n) => !target.params.some((p) => p.name === n)), ...extras]);
    for (const name of Object.keys(refParams)) {
      if (!extras.includes(name) && !target.params.some((p) => p.name === name)) expect(connectionParameters(switched)[name]).toEqual(refParams[name]);
    }
    expect(authOf(switched)).toMatchObject({ kind: target.kind, params: kept });
    expect(parse(switched.properties).properties).not.toHaveProperty('connectionParameterSets');
    expectUnrelatedTextKept(original, switched, extras);

    const none = writeAuth(switched, viaJson({ ...authOf(switched), kind: 'none' }));
    expectNoOrphans(none, [], extras);
    expect(authOf(none)).toMatchObject({ kind: 'none', params: kept });
    expectUnrelatedTextKept(original, none, extras);
  });

  it('basic -> windows (gateway) -> none without the gateway', () => {
    const original = corpusTexts('certified-connectors__BulkSMS');
    const windows = writeAuth(original, defaultAuth('windows'));
    expectNoOrphans(windows, [], ['authType', 'gateway', 'username', 'password']);
    expect(connectionParameters(windows).username.uiDefinition.constraints.capability).toEqual(['gateway']);
    expect(parse(windows.properties).properties.capabilities).toEqual(['gateway']);
    expect(authOf(windows)).toMatchObject({ kind: 'windows', gateway: true });
    expectUnrelatedTextKept(original, windows, [], true);

    const anonymous = writeAuth(windows, { ...defaultAuth('none'), gateway: true });
    expectNoOrphans(anonymous, [], ['authType', 'gateway']);
    expect(connectionParameters(anonymous).authType.uiDefinition.constraints.allowedValues).toEqual([{ text: 'none', value: 'anonymous' }]);

    const none = writeAuth(anonymous, defaultAuth('none'));
    expectNoOrphans(none, [], []);
    expect(parse(none.properties).properties.capabilities).toEqual([]);
    expectUnrelatedTextKept(original, none, []);
  });

  it('oauth2 -> multi -> apiKey', () => {
    const original = corpusTexts('independent-publisher-connectors__Strava');
    const multi = writeAuth(original, defaultAuth('multi'));
    expectNoOrphans(multi, [], []);
    expect(authOf(multi)).toEqual(viaJson(defaultAuth('multi')));
    expectUnrelatedTextKept(original, multi, []);

    const apiKey = writeAuth(multi, defaultAuth('apiKey'));
    expectNoOrphans(apiKey, ['API Key'], ['api_key']);
    expect(parse(apiKey.properties).properties).not.toHaveProperty('connectionParameterSets');
    expectUnrelatedTextKept(original, apiKey, []);
  });

  it('drops token:* parameters with the token they belong to', () => {
    const boldish = writeAuth(BLANK, defaultAuth('oauth2', 'oauth2generic'));
    const config = authOf(boldish);
    const apiKey = writeAuth(boldish, { ...defaultAuth('apiKey'), params: config.params });
    expectNoOrphans(apiKey, ['API Key'], ['api_key']);
  });

  it('an extra parameter that the new kind owns is not duplicated or dropped', () => {
    const withUsername = writeAuth(BLANK, { ...defaultAuth('none'), params: [{ name: 'username', type: 'string', displayName: 'User' }] });
    const basic = writeAuth(withUsername, { ...defaultAuth('basic'), params: [] });
    expectNoOrphans(basic, ['basic_auth'], ['username', 'password']);
    expect(authOf(basic).basic?.username.displayName).toBe('username');
  });
});
