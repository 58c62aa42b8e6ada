/**
 * readAuth/writeAuth against every certified connector: writing back what was read changes no byte, and
 * the kind read off the files is the one a human reads.
 */
import { describe, expect, it } from 'vitest';
import { corpusConnectors } from '../../support/corpus';
import { writeAuth } from '../../../main/core/model/security/write-auth';
import { setKind } from '../../../main/core/model/security/read-auth';
import { authOf, corpusTexts, loadTexts, viaJson } from './support';

describe('readAuth + writeAuth on the corpus', () => {
  const connectors = corpusConnectors();

  it('covers the whole corpus', () => {
    expect(connectors.length).toBeGreaterThanOrEqual(90);
  });

  it.each(connectors.map((c) => [c.name, c.dir]))('%s: writing back the config read changes nothing', (_name, dir) => {
    const texts = loadTexts(dir);
    const config = authOf(texts);
    const written = writeAuth(texts, viaJson(config));
    expect(written.swagger === texts.swagger).toBe(true);
    expect(written.properties === texts.properties).toBe(true);
  });

  // What a person reads off the files (see the survey in auth-config.ts).
  const table: [string, string, string | undefined][] = [
    ['certified-connectors__BulkSMS', 'basic', undefined],
    ['certified-connectors__Alvao', 'basic', undefined],
    ['certified-connectors__IN-D-Invoice-Data-Capture', 'apiKey', undefined],
    ['independent-publisher-connectors__SearchAPI---Google-Search', 'apiKey', undefined],
    ['certified-connectors__Blackbaud-Raiser-s-Edge-NXT', 'oauth2', 'oauth2'],
    ['independent-publisher-connectors__MS-Graph-Groups-and-Users', 'oauth2', 'aad'],
    ['certified-connectors__Azure-Machine-Learning', 'oauth2', 'aadcertificate'],
    ['certified-connectors__Pushcut', 'oauth2', 'oauth2'],
    ['certified-connectors__Azure-Communication-Services-SMS-Events', 'multi', undefined],
    ['independent-publisher-connectors__Star-Wars', 'none', undefined],
    ['certified-connectors__easyvistaselfhelp', 'none', undefined],
  ];

  it.each(table)('%s reads as %s (%s)', (name, kind, provider) => {
    const config = authOf(corpusTexts(name));
    expect(config.kind).toBe(kind);
    expect(config.gateway).toBe(false);
    if (provider) expect(config.oauth2?.identityProvider).toBe(provider);
  });

  it('reads the details a form shows', () => {
    const apiKey = authOf(corpusTexts('independent-publisher-connectors__SearchAPI---Google-Search')).apiKey;
    expect(apiKey).toMatchObject({ definitionName: 'API Key', in: 'query', name: 'api_key', parameter: 'api_key', displayName: 'API Key' });

    const bulk = authOf(corpusTexts('certified-connectors__BulkSMS')).basic;
    expect(bulk).toEqual({
      definitionName: 'BasicAuth',
      username: { displayName: 'BulkSMS Account Username', description: 'The username for your BulkSMS.com account', tooltip: 'Provide your BulkSMS username' },
      password: { displayName: 'BulkSMS Account Password', description: 'The password for this BulkSMS.com account', tooltip: 'Provide your BulkSMS password' },
    });

    const graph = authOf(corpusTexts('independent-publisher-connectors__MS-Graph-Groups-and-Users')).oauth2;
    expect(graph).toMatchObject({ loginUri: 'https://login.windows.net', tenantId: 'common', resourceUri: 'https://graph.microsoft.com', tenantParameter: true, redirectMode: 'Global' });
    expect(graph?.definition).toMatchObject({ name: 'oauth2_auth', flow: 'accessCode' });

    const encodian = authOf(corpusTexts('certified-connectors__Encodian'));
    expect(encodian.params.map((p) => p.name)).toEqual(['region']);
    expect(encodian.params[0].allowedValues?.[0]).toEqual({ text: 'Nearest (Fastest)', value: 'https://api.apps-encodian.com' });

    const kanbanize = authOf(corpusTexts('certified-connectors__Kanbanize'));
    expect(kanbanize.params).toEqual([
      expect.objectContaining({ name: 'subdomain', type: 'string', displayName: 'Subdomain', required: true }),
    ]);
  });

  it('reads the multi-auth sets, whichever spelling of oAuthSettings they use', () => {
    const config = authOf(corpusTexts('certified-connectors__Azure-Communication-Services-SMS-Events'));
    const sets = config.sets?.values ?? [];
    expect(sets.map((s) => [s.name, setKind(s), s.oauth2?.identityProvider])).toEqual([
      ['aadOauth', 'oauth2', 'aadcertificate'],
      ['aadOauthClientCredentials', 'oauth2', 'aad'],
    ]);
    expect(sets[1].params.map((p) => [p.name, p.type])).toEqual([
      ['token:TenantId', 'string'],
      ['token:clientId', 'string'],
      ['token:clientSecret', 'securestring'],
    ]);
  });

  it('notices a client secret left in the file without exposing it', () => {
    const oauth = authOf(corpusTexts('certified-connectors__HoneywellForge')).oauth2;
    expect(oauth?.clientSecretInFile).toBe(true);
    expect(JSON.stringify(oauth)).not.toContain('YOUR_CLIENT_SECRET');
  });
});
