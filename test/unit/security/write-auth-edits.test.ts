/**
 * Editing one field of the Security step rewrites only that value's text (CRLF and everything else kept),
 * and client secrets never reach the files.
 */
import { describe, expect, it } from 'vitest';
import { writeAuth, type AuthTexts } from '../../../main/core/model/security/write-auth';
import { defaultAuth } from '../../../main/core/model/security/auth-templates';
import { secretFields } from '../../../main/core/model/security/secret-fields';
import type { AuthConfig, OAuth2Auth } from '../../../main/core/model/security/auth-config';
import { BLANK, authOf, corpusTexts, parse, spansAt, viaJson } from './support';

/** The text with the value at each pointer replaced by the JSON text of a new value. */
function replaced(text: string, changes: Record<string, unknown>): string {
  const pointers = Object.keys(changes);
  const spans = spansAt(text, pointers).map((span, i) => {
    if (!span) throw new Error(`nothing at ${pointers[i]}`);
    return { ...span, content: JSON.stringify(changes[pointers[i]]) };
  });
  spans.sort((a, b) => b.offset - a.offset);
  return spans.reduce((out, s) => out.slice(0, s.offset) + s.content + out.slice(s.offset + s.length), text);
}

/** Only the value at the pointer changed: the text before and after it is identical. */
function expectOnlyValueChanged(before: string, after: string, pointer: string): void {
  const [was] = spansAt(before, [pointer]);
  const [now] = spansAt(after, [pointer]);
  expect(after.slice(0, now!.offset)).toBe(before.slice(0, was!.offset));
  expect(after.slice(now!.offset + now!.length)).toBe(before.slice(was!.offset + was!.length));
}

function edit(name: string, change: (config: AuthConfig) => void): { before: AuthTexts; after: AuthTexts } {
  const before = corpusTexts(name);
  const config = viaJson(authOf(before));
  change(config);
  return { before, after: writeAuth(before, config) };
}

describe('editing one field', () => {
  it('the API key header name changes only that string in the swagger', () => {
    const { before, after } = edit('certified-connectors__IN-D-Invoice-Data-Capture', (c) => {
      c.apiKey!.name = 'X-Contoso-Key';
    });
    expect(after.swagger).toBe(replaced(before.swagger, { '/securityDefinitions/API Key/name': 'X-Contoso-Key' }));
    expect(after.properties).toBe(before.properties);
  });

  it('the API key location and label, in a CRLF connector', () => {
    const { before, after } = edit('certified-connectors__Kanbanize', (c) => {
      c.apiKey!.in = 'query';
      c.apiKey!.displayName = 'Businessmap API key';
    });
    expect(after.swagger).toBe(replaced(before.swagger, { '/securityDefinitions/API Key/in': 'query' }));
    expect(after.properties).toBe(replaced(before.properties, { '/properties/connectionParameters/api_key/uiDefinition/displayName': 'Businessmap API key' }));
    expect(after.properties).toContain('\r\n');
  });

  it('a basic-auth tooltip', () => {
    const { before, after } = edit('certified-connectors__BulkSMS', (c) => {
      c.basic!.password.tooltip = 'Your BulkSMS password';
    });
    expect(after.properties).toBe(replaced(before.properties, { '/properties/connectionParameters/password/uiDefinition/tooltip': 'Your BulkSMS password' }));
    expect(after.swagger).toBe(before.swagger);
  });

  it('the OAuth client id', () => {
    const { before, after } = edit('independent-publisher-connectors__Strava', (c) => {
      c.oauth2!.clientId = '12345';
    });
    expect(after.properties).toBe(replaced(before.properties, { '/properties/connectionParameters/token/oAuthSettings/clientId': '12345' }));
    expect(after.swagger).toBe(before.swagger);
  });

  it('the authorization URL: the secdef follows when it agreed with the token', () => {
    const url = 'https://www.strava.com/oauth/authorize';
    const { before, after } = edit('independent-publisher-connectors__Strava', (c) => {
      c.oauth2!.authorizationUrl = url;
    });
    expect(after.properties).toBe(replaced(before.properties, { '/properties/connectionParameters/token/oAuthSettings/customParameters/authorizationUrl/value': url }));
    expect(after.swagger).toBe(replaced(before.swagger, { '/securityDefinitions/oauth2_auth/authorizationUrl': url }));
  });

  it('the authorization URL: a secdef that already differed is left alone', () => {
    const url = 'https://accounts.google.com/o/oauth2/v3/auth';
    const { before, after } = edit('independent-publisher-connectors__Google-BigQuery', (c) => {
      c.oauth2!.authorizationUrl = url;
    });
    expect(after.swagger).toBe(before.swagger);
    expect(parse(after.properties).properties.connectionParameters.token.oAuthSettings.customParameters.authorizationUrl.value).toBe(url);
  });

  it('scopes: the token array and the secdef map change together', () => {
    const { before, after } = edit('independent-publisher-connectors__Strava', (c) => {
      c.oauth2!.scopes = ['activity:read', 'profile:read_all'];
    });
    expectOnlyValueChanged(before.properties, after.properties, '/properties/connectionParameters/token/oAuthSettings/scopes');
    expectOnlyValueChanged(before.swagger, after.swagger, '/securityDefinitions/oauth2_auth/scopes');
    expect(parse(after.swagger).securityDefinitions.oauth2_auth.scopes).toEqual({ 'activity:read': 'activity:read', 'profile:read_all': 'profile:read_all' });
    expect(authOf(after).oauth2?.scopes).toEqual(['activity:read', 'profile:read_all']);
  });

  it('an AAD resource URI and on-behalf-of login', () => {
    const { before, after } = edit('independent-publisher-connectors__Microsoft-Acronyms', (c) => {
      c.oauth2!.resourceUri = 'https://contoso.example/api';
      c.oauth2!.enableOnbehalfOfLogin = true;
    });
    const custom = '/properties/connectionParameters/token/oAuthSettings/customParameters';
    expect(after.properties).toBe(replaced(before.properties, { [`${custom}/resourceUri/value`]: 'https://contoso.example/api', [`${custom}/enableOnbehalfOfLogin/value`]: 'true' }));
  });

  it('redirect mode in a multi-auth set that spells the key oauthSettings', () => {
    const { before, after } = edit('certified-connectors__Azure-Communication-Services-SMS-Events', (c) => {
      c.sets!.values[1].oauth2!.redirectMode = 'GlobalPerConnector';
      c.sets!.values[0].displayName = 'Azure AD (integrated)';
    });
    const set = '/properties/connectionParameterSets/values';
    expect(after.properties).toBe(replaced(before.properties, {
      [`${set}/1/parameters/token/oauthSettings/redirectMode`]: 'GlobalPerConnector',
      [`${set}/0/uiDefinition/displayName`]: 'Azure AD (integrated)',
    }));
  });

  it('an extra parameter: required flag, dropdown, removal and addition', () => {
    const { before, after } = edit('certified-connectors__Kanbanize', (c) => {
      c.params[0].required = false;
    });
    expect(after.properties).toBe(replaced(before.properties, { '/properties/connectionParameters/subdomain/uiDefinition/constraints/required': 'false' }));

    const region = { name: 'region', type: 'string', displayName: 'Region', required: true, allowedValues: [{ text: 'Europe', value: 'eu' }, { text: 'United States', value: 'us' }] };
    const added = writeAuth(after, { ...authOf(after), params: [...authOf(after).params, region] });
    expect(authOf(added).params).toEqual([{ ...authOf(after).params[0] }, region]);
    expect(parse(added.properties).properties.connectionParameters.region.uiDefinition.constraints).toEqual({ required: 'true', allowedValues: region.allowedValues });

    const removed = writeAuth(added, { ...authOf(added), params: authOf(added).params.filter((p) => p.name !== 'region') });
    expect(parse(removed.properties)).toEqual(parse(after.properties));
  });

  it('turning the gateway on and off again restores the document', () => {
    const on = writeAuth(BLANK, { ...defaultAuth('basic'), gateway: true });
    expect(parse(on.properties).properties.connectionParameters.authType.uiDefinition.constraints.allowedValues).toEqual([{ text: 'Basic', value: 'basic' }]);
    const off = writeAuth(on, { ...authOf(on), gateway: false });
    expect(parse(off.properties)).toEqual(parse(writeAuth(BLANK, defaultAuth('basic')).properties));
  });
});

describe('secrets', () => {
  it('never writes a client secret, even when a caller passes one', () => {
    const oauth2 = { ...defaultAuth('oauth2').oauth2!, clientSecret: 's3cr3t-value' } as OAuth2Auth;
    const written = writeAuth(BLANK, { ...defaultAuth('oauth2'), oauth2 });
    expect(written.properties + written.swagger).not.toContain('s3cr3t-value');
    expect(written.properties).not.toContain('clientSecret');
  });

  it('keeps a placeholder secret already in the file untouched on edits, and drops it with the token', () => {
    const { after } = edit('certified-connectors__HoneywellForge', (c) => {
      c.oauth2!.clientId = 'abc';
    });
    expect(after.properties).toContain('"clientSecret": "YOUR_CLIENT_SECRET"');
    const basic = writeAuth(after, defaultAuth('basic'));
    expect(basic.properties).not.toContain('clientSecret');
  });

  it('lists the fields that are secrets', () => {
    const refs = (name: string) => secretFields(authOf(corpusTexts(name))).map((s) => s.ref);
    expect(refs('certified-connectors__IN-D-Invoice-Data-Capture')).toEqual(['param:api_key']);
    expect(refs('certified-connectors__BulkSMS')).toEqual(['param:password']);
    expect(refs('independent-publisher-connectors__Strava')).toEqual(['oauth2:clientSecret', 'oauth2:accessToken', 'oauth2:refreshToken']);
    expect(refs('certified-connectors__OpenText-eDOCS-by-One-Fox')).toEqual(['param:api_key', 'param:edocs_password']);
    expect(refs('certified-connectors__Azure-Communication-Services-SMS-Events')).toContain('set:aadOauthClientCredentials:token:clientSecret');
    expect(secretFields(defaultAuth('none'))).toEqual([]);
  });
});
