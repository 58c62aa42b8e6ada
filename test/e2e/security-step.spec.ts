/**
 * The Security step end to end: each authentication type configured through the UI lands in the shapes real
 * connectors use (compared with corpus connectors of that type), switching types leaves nothing behind and undo
 * restores the files, secrets typed in the app never reach a file in plaintext, and corpus connectors show their
 * authentication as set and save back byte-identical.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect, type Studio } from './harness/fixtures';
import { copyCorpusConnector } from './support/corpus-copy';
import { corpusDir } from '../support/corpus';
import { parseTolerant } from '../../main/core/text/tolerant-json';
import { createSecretsHandlers, projectSecretsFor } from '../../main/api/secrets';
import { BASIC_TEXT_REASON } from '../../main/core/security/secret-store';
import { aesCipher, createTestHost } from '../support/test-host';
import { openProjectSource } from '../../main/core/project/open';
import { exportInputFromProject } from '../../main/core/export/from-project';
import { buildSubmissionZip, writePullRequestFolder } from '../../main/core/export/package';
import { readPackageZip } from '../../main/core/package/read-zip';
import { filesUnder } from '../support/files';

type Json = Record<string, any>;

const SWAGGER = 'apiDefinition.swagger.json';
const PROPERTIES = 'apiProperties.json';

function readJson(folder: string, file: string): Json {
  return parseTolerant(readFileSync(join(folder, file), 'utf8')).value as Json;
}

function corpus(name: string): { swagger: Json; properties: Json } {
  return { swagger: readJson(corpusDir(name), SWAGGER), properties: readJson(corpusDir(name), PROPERTIES) };
}

function saved(folder: string): { swagger: Json; properties: Json; params: Json } {
  const properties = readJson(folder, PROPERTIES);
  return { swagger: readJson(folder, SWAGGER), properties, params: properties.properties.connectionParameters };
}

async function newSecurity(studio: Studio, title: string): Promise<void> {
  await studio.ui.createConnector(title);
  await studio.ui.goTo('security');
}

/** First save of a new project: answers the Save As dialog with a folder under the test's temp folder. */
async function saveNew(studio: Studio, name: string): Promise<string> {
  const folder = join(studio.workDir, name);
  studio.host.nextSaveFolder.push(folder);
  await save(studio);
  return folder;
}

/**
 * Saves and waits for THIS save: a success toast of an earlier save may still be showing, so a dirty project waits
 * for the unsaved-changes dot to go, and a clean one for the toast naming its folder.
 */
async function save(studio: Studio, folder?: string): Promise<void> {
  const dirty = (await studio.ui.byTestId('dirty-indicator').count()) > 0;
  await studio.ui.byTestId('save').click();
  if (dirty) await expect(studio.ui.byTestId('dirty-indicator')).toHaveCount(0);
  else await expect(studio.ui.byTestId('toast-success').filter({ hasText: `Saved to ${folder ?? ''}` }).last()).toBeVisible();
}

/** A screenshot once the validator has answered, so the findings in it are current. */
async function shot(studio: Studio, name: string): Promise<void> {
  await studio.ui.waitForValidation();
  await studio.screenshot(name);
}

async function chooseKind(studio: Studio, kind: string): Promise<void> {
  await studio.ui.byTestId(`auth-kind-${kind}`).click();
  await expect(studio.ui.byTestId(`auth-kind-${kind}`)).toHaveAttribute('aria-checked', 'true');
}

async function addScopes(scopes: Locator, values: string[]): Promise<void> {
  for (const value of values) {
    await scopes.fill(value);
    await scopes.press('Enter');
  }
}

test('Basic authentication on a new connector is written as BulkSMS writes it', async ({ studio }) => {
  const { ui } = studio;
  await newSecurity(studio, 'Contoso SMS');
  await chooseKind(studio, 'basic');
  const reference = corpus('certified-connectors__BulkSMS');
  const refParams = reference.properties.properties.connectionParameters;
  for (const who of ['username', 'password'] as const) {
    const ui_ = refParams[who].uiDefinition;
    await ui.retype(`basic-${who}-label`, ui_.displayName);
    await ui.retype(`basic-${who}-description`, ui_.description);
    await ui.retype(`basic-${who}-tooltip`, ui_.tooltip);
  }
  await shot(studio, 'security-basic');
  const result = saved(await saveNew(studio, 'basic'));
  expect(result.params).toEqual(refParams);
  expect(Object.values(result.swagger.securityDefinitions)).toEqual(Object.values(reference.swagger.securityDefinitions));
  expect(result.swagger.security).toEqual([{ [Object.keys(result.swagger.securityDefinitions)[0]]: [] }]);
});

test('an API key on a new connector matches Africa\'s Talking SMS, header or query', async ({ studio }) => {
  const { ui } = studio;
  await newSecurity(studio, 'Contoso Keys');
  await chooseKind(studio, 'apiKey');
  await ui.retype('apikey-name', 'apiKey');
  await shot(studio, 'security-api-key');
  const folder = await saveNew(studio, 'apikey');
  const reference = corpus('certified-connectors__Africa-s-Talking-SMS');
  let result = saved(folder);
  expect(result.params).toEqual(reference.properties.properties.connectionParameters);
  expect(result.swagger.securityDefinitions).toEqual(reference.swagger.securityDefinitions);
  expect(result.swagger.security).toEqual(reference.swagger.security);

  await ui.byTestId('apikey-in').getByRole('radio', { name: 'Query' }).click();
  await save(studio);
  result = saved(folder);
  expect(result.swagger.securityDefinitions).toEqual({ 'API Key': { type: 'apiKey', in: 'query', name: 'apiKey' } });
});

test('Generic OAuth 2 on a new connector matches Strava, with the redirect URL to copy', async ({ studio }) => {
  const { ui } = studio;
  await newSecurity(studio, 'Contoso Rides');
  await chooseKind(studio, 'oauth2');
  await expect(ui.byTestId('oauth-provider')).toHaveValue('oauth2');
  await ui.retype('oauth-client-id', '[[DUMMY]]');
  await ui.retype('oauth-authorizationUrl', 'https://www.strava.com/api/v3/oauth/authorize');
  await ui.retype('oauth-tokenUrl', 'https://www.strava.com/api/v3/oauth/token');
  await ui.retype('oauth-refreshUrl', 'https://www.strava.com/api/v3/oauth/token');
  await addScopes(ui.byTestId('oauth-scopes-input'), ['activity:read']);
  await expect(ui.byTestId('oauth-redirect-url')).toHaveValue('https://global.consent.azure-apim.net/redirect');
  await expect(ui.byTestId('oauth-redirect-url')).toHaveAttribute('readonly', '');
  await studio.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await ui.byTestId('oauth-redirect-url-copy').click();
  await expect(ui.byTestId('toast-success').filter({ hasText: 'Redirect URL copied.' })).toBeVisible();
  expect(await studio.page.evaluate(() => navigator.clipboard.readText())).toBe('https://global.consent.azure-apim.net/redirect');
  await shot(studio, 'security-oauth2-generic');
  const result = saved(await saveNew(studio, 'oauth2'));
  const reference = corpus('independent-publisher-connectors__Strava');
  expect(result.params).toEqual(reference.properties.properties.connectionParameters);
  expect(result.swagger.securityDefinitions).toEqual(reference.swagger.securityDefinitions);
  expect(Object.keys(result.swagger.security[0])).toEqual(Object.keys(reference.swagger.security[0]));
});

test('Azure AD (Microsoft Entra ID) on a new connector matches MS Graph Groups and Users', async ({ studio }) => {
  const { ui } = studio;
  await newSecurity(studio, 'Contoso Directory');
  await chooseKind(studio, 'oauth2');
  await ui.byTestId('oauth-provider').selectOption('aad');
  const reference = corpus('independent-publisher-connectors__MS-Graph-Groups-and-Users');
  const refParams = reference.properties.properties.connectionParameters;
  const refSettings = refParams.token.oAuthSettings;
  await ui.retype('oauth-client-id', refSettings.clientId);
  await expect(ui.byTestId('oauth-loginUri')).toHaveValue('https://login.windows.net');
  await expect(ui.byTestId('oauth-tenantId')).toHaveValue('common');
  await ui.retype('oauth-resourceUri', refSettings.customParameters.resourceUri.value);
  await addScopes(ui.byTestId('oauth-scopes-input'), refSettings.scopes);
  await ui.byTestId('oauth-obo').check();
  await ui.byTestId('oauth-redirect-mode').getByRole('radio', { name: 'Unique per connector' }).click();
  await ui.byTestId('oauth-redirect-mode').getByRole('radio', { name: 'Global' }).click();
  await shot(studio, 'security-oauth2-aad');
  const result = saved(await saveNew(studio, 'aad'));
  const settings = result.params.token.oAuthSettings;
  for (const key of ['identityProvider', 'clientId', 'scopes', 'redirectMode', 'redirectUrl']) expect(settings[key], key).toEqual(refSettings[key]);
  for (const key of ['loginUri', 'tenantId', 'resourceUri']) expect(settings.customParameters[key], key).toEqual(refSettings.customParameters[key]);
  expect(settings.customParameters.enableOnbehalfOfLogin).toEqual({ value: 'true' });
  expect(settings.properties).toMatchObject({ IsFirstParty: 'False', IsOnbehalfofLoginSupported: true });
  expect(result.params['token:TenantId']).toEqual(refParams['token:TenantId']);
  expect(result.swagger.securityDefinitions).toEqual(reference.swagger.securityDefinitions);
  expect(result.swagger.security).toEqual(reference.swagger.security);
});

test('oauth2generic adds its token:customHost parameter; extra parameters are edited in the table', async ({ studio }) => {
  const { ui } = studio;
  await newSecurity(studio, 'Contoso Sign');
  await chooseKind(studio, 'oauth2');
  await ui.byTestId('oauth-provider').selectOption('oauth2generic');
  await ui.retype('oauth-authorizationUrlTemplate', 'https://{CustomHost}/oauth/authorize');
  await ui.retype('oauth-tokenUrlTemplate', 'https://{CustomHost}/oauth/token');
  await expect(ui.byTestId('params-row')).toHaveCount(1);
  await expect(ui.byTestId('params-row')).toContainText('token:customHost');
  // A dropdown on the host, as BoldSign offers its regions.
  await ui.byTestId('params-edit').click();
  await ui.byTestId('params-editor-dropdown').check();
  await ui.retype('params-editor-value-0', 'app.contoso.com');
  await ui.retype('params-editor-text-0', 'US');
  await ui.byTestId('params-editor-add-value').click();
  await ui.retype('params-editor-value-1', 'eu.contoso.com');
  await ui.retype('params-editor-text-1', 'Europe');
  await shot(studio, 'security-oauth2generic-params');
  // A second, ordinary parameter: a subdomain.
  await ui.byTestId('params-add').click();
  await ui.retype('params-editor-name', 'subdomain');
  await ui.byTestId('params-editor-name').press('Enter');
  await ui.retype('params-editor-display-name', 'Subdomain');
  await ui.retype('params-editor-tooltip', 'Your account subdomain');
  const result = saved(await saveNew(studio, 'generic'));
  const settings = result.params.token.oAuthSettings;
  expect(settings.identityProvider).toBe('oauth2generic');
  expect(settings.customParameters.authorizationUrlTemplate).toEqual({ value: 'https://{CustomHost}/oauth/authorize' });
  expect(settings.customParameters.tokenUrlTemplate).toEqual({ value: 'https://{CustomHost}/oauth/token' });
  expect(result.params['token:customHost'].uiDefinition.constraints.allowedValues).toEqual([
    { text: 'US', value: 'app.contoso.com' },
    { text: 'Europe', value: 'eu.contoso.com' },
  ]);
  expect(result.params.subdomain).toEqual({
    type: 'string',
    uiDefinition: { displayName: 'Subdomain', tooltip: 'Your account subdomain', constraints: { required: 'true' } },
  });
  await ui.byTestId('params-remove').last().click();
  await save(studio);
  expect(saved(join(studio.workDir, 'generic')).params.subdomain).toBeUndefined();
});

test('switching types leaves no orphans, and undo restores the previous files exactly', async ({ studio }) => {
  test.setTimeout(120_000);
  const { ui, workDir } = studio;
  const folder = copyCorpusConnector('independent-publisher-connectors__MS-Graph-Groups-and-Users', workDir);
  const original = { swagger: readFileSync(join(folder, SWAGGER), 'utf8'), properties: readFileSync(join(folder, PROPERTIES), 'utf8') };
  studio.host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await ui.goTo('security');
  await expect(ui.byTestId('auth-kind-oauth2')).toHaveAttribute('aria-checked', 'true');
  await expect(ui.byTestId('oauth-provider')).toHaveValue('aad');

  await chooseKind(studio, 'apiKey');
  await ui.retype('apikey-name', 'X-API-Key');
  await save(studio);
  let result = saved(folder);
  expect(Object.keys(result.params)).toEqual(['api_key']);
  expect(result.swagger.securityDefinitions).toEqual({ 'API Key': { type: 'apiKey', in: 'header', name: 'X-API-Key' } });
  expect(result.swagger.security).toEqual([{ 'API Key': [] }]);

  await chooseKind(studio, 'basic');
  await save(studio);
  result = saved(folder);
  expect(Object.keys(result.params)).toEqual(['username', 'password']);
  expect(Object.values(result.swagger.securityDefinitions)).toEqual([{ type: 'basic' }]);

  await chooseKind(studio, 'none');
  await save(studio);
  result = saved(folder);
  expect(result.params).toEqual({});
  expect(result.swagger.securityDefinitions).toEqual({});
  expect(result.swagger.security).toEqual([]);

  // Undo: none -> basic -> (API key name typed) -> API key -> the original aad files, byte for byte.
  while (await ui.byTestId('undo').isEnabled()) await ui.byTestId('undo').click();
  await expect(ui.byTestId('auth-kind-oauth2')).toHaveAttribute('aria-checked', 'true');
  await save(studio, folder);
  expect(readFileSync(join(folder, SWAGGER), 'utf8')).toBe(original.swagger);
  expect(readFileSync(join(folder, PROPERTIES), 'utf8')).toBe(original.properties);
});

test('Windows authentication is offered once the gateway is on, in the gateway shapes', async ({ studio }) => {
  const { ui } = studio;
  await ui.createConnector('Contoso On-Prem');
  await ui.goTo('security');
  await expect(ui.byTestId('auth-kind-windows')).toHaveCount(0);
  await ui.goTo('general');
  await ui.byTestId('general-gateway').check();
  await ui.goTo('security');
  await expect(ui.byTestId('auth-gateway')).toBeVisible();
  await chooseKind(studio, 'windows');
  await shot(studio, 'security-windows');
  const result = saved(await saveNew(studio, 'windows'));
  expect(result.properties.properties.capabilities).toEqual(['gateway']);
  expect(Object.keys(result.params).sort()).toEqual(['authType', 'gateway', 'password', 'username']);
  expect(result.params.gateway.type).toBe('gatewaySetting');
  expect(result.params.authType.uiDefinition.constraints.allowedValues).toEqual([{ text: 'Windows', value: 'windows' }]);
  expect(result.params.username.uiDefinition.constraints.capability).toEqual(['gateway']);
  expect(result.swagger.securityDefinitions).toEqual({});
  expect(result.swagger.security).toEqual([]);
});

test('secrets typed in the Security step never reach the project folder, the app data or an export', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const apiKey = 'sk_live_9QmV7x2LpT4rZ8wKc3Nd';
  const clientSecret = 'cs-Xy7!wQ2#client-SECRET-4k9';
  await newSecurity(studio, 'Contoso Secrets');
  await expect(ui.byTestId('secret-status')).toContainText('secure storage');
  await chooseKind(studio, 'apiKey');
  await ui.byTestId('secret-param-api-key').fill(apiKey);
  await ui.byTestId('secret-param-api-key-store').click();
  await expect(ui.byTestId('secret-param-api-key-status')).toContainText('Stored securely for api.contoso.com');
  await chooseKind(studio, 'oauth2');
  await ui.retype('oauth-tokenUrl', 'https://login.contoso.com/oauth/token');
  await ui.byTestId('oauth-client-secret').fill(clientSecret);
  await ui.byTestId('oauth-client-secret').press('Enter');
  await expect(ui.byTestId('oauth-client-secret-status')).toContainText('Stored securely for login.contoso.com, in memory until the project is saved.');
  await expect(ui.byTestId('oauth-client-secret')).toHaveValue('');
  await shot(studio, 'security-secrets');

  const folder = await saveNew(studio, 'secrets');
  await expect(ui.byTestId('oauth-client-secret-status')).toHaveText('Stored securely for login.contoso.com.');
  const refs = (await projectSecretsFor(host).store.list()).map((e) => e.ref).sort();
  expect(refs.map((r) => r.slice(r.lastIndexOf(':', r.lastIndexOf(':') - 1) + 1))).toEqual(['oauth2:clientSecret', 'param:api_key']);

  // Exports the app writes: the pull-request folder and the submission zip.
  const project = await openProjectSource(folder);
  const input = exportInputFromProject(project, { findings: [], knownSecrets: [apiKey, clientSecret], allowErrors: true });
  const pr = await writePullRequestFolder(input, join(workDir, 'export-pr'));
  expect(pr.blocked).toBe(false);
  const zip = await buildSubmissionZip(input);
  expect(zip.blocked).toBe(false);
  const zipTexts = zip.blocked ? [] : [...(await readPackageZip(zip.zip)).files.values()].map((bytes) => Buffer.from(bytes).toString('utf8'));
  expect(zipTexts.length).toBeGreaterThan(1);

  const scanned = [...filesUnder(folder), ...filesUnder(host.dataDir), ...filesUnder(join(workDir, 'export-pr'))];
  expect(scanned.some((f) => f.startsWith(join(host.dataDir, 'secrets')))).toBe(true);
  for (const file of scanned) {
    const bytes = readFileSync(file);
    for (const secret of [apiKey, clientSecret]) expect(bytes.includes(secret), `${secret} in ${file}`).toBe(false);
  }
  for (const text of zipTexts) for (const secret of [apiKey, clientSecret]) expect(text.includes(secret)).toBe(false);
  await shot(studio, 'security-secrets-saved');
});

test('where the OS has no keyring (Linux basic_text) secrets are kept for the session only, and the step says so', async ({ studio }) => {
  const { ui, workDir } = studio;
  // The same handlers over a Host whose safeStorage backend is basic_text.
  const keyringless = createTestHost({ dataDir: join(workDir, 'keyringless-data') });
  keyringless.secretCipher = aesCipher('basic_text');
  const secrets = createSecretsHandlers(keyringless);
  Object.assign(studio.handlers, secrets);
  const clientSecret = 'session-only-SECRET-8c1d2e3f4a5b';
  await newSecurity(studio, 'Contoso Session');
  await expect(ui.byTestId('secret-status')).toContainText(`Secrets are kept for this session only: ${BASIC_TEXT_REASON}`);
  await chooseKind(studio, 'oauth2');
  await ui.retype('oauth-tokenUrl', 'https://login.contoso.com/oauth/token');
  await ui.byTestId('oauth-client-secret').fill(clientSecret);
  await ui.byTestId('oauth-client-secret-store').click();
  await shot(studio, 'security-session-only');
  const folder = await saveNew(studio, 'session');
  await expect(ui.byTestId('oauth-client-secret-status')).toHaveText('Kept for this session only, for login.contoso.com.');
  expect(existsSync(keyringless.dataDir) ? filesUnder(keyringless.dataDir) : []).toEqual([]);
  for (const file of [...filesUnder(folder), ...filesUnder(studio.host.dataDir)]) expect(readFileSync(file).includes(clientSecret), file).toBe(false);
  secrets.dispose();
});

const CORPUS: { name: string; kind: string; provider?: string; sets?: number }[] = [
  { name: 'certified-connectors__BulkSMS', kind: 'basic' },
  { name: 'certified-connectors__Africa-s-Talking-SMS', kind: 'apiKey' },
  { name: 'independent-publisher-connectors__Strava', kind: 'oauth2', provider: 'oauth2' },
  { name: 'independent-publisher-connectors__MS-Graph-Groups-and-Users', kind: 'oauth2', provider: 'aad' },
  { name: 'certified-connectors__Azure-Machine-Learning', kind: 'oauth2', provider: 'aadcertificate' },
  { name: 'certified-connectors__Encodian', kind: 'apiKey' },
  { name: 'independent-publisher-connectors__Datamuse', kind: 'none' },
  { name: 'certified-connectors__Azure-Communication-Services-SMS-Events', kind: 'multi', sets: 2 },
];

test('corpus connectors show their authentication as set and save unchanged byte-identical', async ({ studio }) => {
  test.setTimeout(240_000); // eight connectors, each opened, checked and saved
  const { ui, host, workDir } = studio;
  for (const [index, entry] of CORPUS.entries()) {
    const folder = copyCorpusConnector(entry.name, workDir);
    const before = Object.fromEntries(readdirSync(folder).map((f) => [f, readFileSync(join(folder, f))]));
    if (index === 0) {
      host.nextOpen.push(folder);
      await ui.byTestId('welcome-open-folder').click();
    } else {
      await studio.emit('open-path', { path: folder });
    }
    await expect(ui.page.locator('.project-path')).toContainText(entry.name);
    await ui.goTo('security');
    await expect(ui.byTestId(`auth-kind-${entry.kind}`), entry.name).toHaveAttribute('aria-checked', 'true');
    if (entry.provider) await expect(ui.byTestId('oauth-provider')).toHaveValue(entry.provider);
    if (entry.sets) {
      await expect(ui.byTestId('set-card')).toHaveCount(entry.sets);
      await shot(studio, 'security-multi-auth');
    }
    await save(studio, folder);
    for (const [file, bytes] of Object.entries(before)) expect(readFileSync(join(folder, file)).equals(bytes), `${entry.name}/${file}`).toBe(true);
  }
});

test('a multi-auth connector: add, edit and remove a sign-in option', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const folder = copyCorpusConnector('certified-connectors__Azure-Communication-Services-SMS-Events', workDir);
  const original = readFileSync(join(folder, PROPERTIES), 'utf8');
  host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await ui.goTo('security');
  await ui.byTestId('set-add').click();
  await expect(ui.byTestId('set-card')).toHaveCount(3);
  const added = ui.byTestId('set-card').nth(2);
  await expect(added.getByTestId('set-kind')).toHaveValue('apiKey');
  await added.getByTestId('set-label').fill('API key');
  await save(studio);
  let sets = saved(folder).properties.properties.connectionParameterSets;
  expect(sets.values).toHaveLength(3);
  expect(sets.values[2]).toMatchObject({ name: 'set3', uiDefinition: { displayName: 'API key' }, parameters: { api_key: { type: 'securestring' } } });
  await added.getByTestId('set-kind').selectOption('basic');
  await save(studio);
  sets = saved(folder).properties.properties.connectionParameterSets;
  expect(Object.keys(sets.values[2].parameters)).toEqual(['username', 'password']);
  await added.getByTestId('set-remove').click();
  await expect(ui.byTestId('set-card')).toHaveCount(2);
  await save(studio);
  expect(saved(folder).properties.properties.connectionParameterSets.values).toHaveLength(2);
  while (await ui.byTestId('undo').isEnabled()) await ui.byTestId('undo').click();
  await save(studio, folder);
  expect(readFileSync(join(folder, PROPERTIES), 'utf8')).toBe(original);
});
