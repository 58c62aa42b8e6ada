/**
 * The Test step end to end against real servers on 127.0.0.1: an API that checks an API key header, one that checks
 * basic authentication, and one that accepts tokens of a real OAuth 2.0 server (oauth2-mock-server) after the full
 * sign-in, the test playing the browser. Each operation is tested through the UI; a wrong response shows the
 * wizard's schema message and is fixed with one click; secrets never reach a file; the mock server answers a corpus
 * connector.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { test, expect, type Studio } from './harness/fixtures';
import { copyCorpusConnector } from './support/corpus-copy';
import { accepts, startIdentityProvider, verifyJwt } from '../unit/http/oauth-support';
import { json, startServer, type Handler } from '../unit/http/support';
import { filesUnder } from '../support/files';

const KEY = 'e2e-key-7c6b5a4d3e2f';
const USER = 'ada';
const PASSWORD = 'pa55-w0rd-e2e';

/** The items API every connector below describes; `authorized` decides who gets in. */
function itemsApi(authorized: (headers: http.IncomingHttpHeaders) => boolean, logo: Buffer): Handler {
  const items = [
    { id: 1, name: 'Write the spec', status: 'open' },
    { id: 2, name: 'Ship it', status: 'done' },
  ];
  return (req, res) => {
    if (!authorized(req.headers)) return json(res, 401, { error: 'unauthorized' });
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/v1/items') {
      const status = url.searchParams.get('status');
      return json(res, 200, items.filter((i) => !status || i.status === status));
    }
    if (req.method === 'POST' && url.pathname === '/v1/items') return json(res, 201, { id: 3, status: 'open', ...(JSON.parse(req.body) as object) });
    // Deliberately not what the definition says: webhook is a string, the schema says object.
    if (req.method === 'GET' && url.pathname === '/v1/me') return json(res, 200, { id: 'acc-1', webhook: 'https://hooks.example.com/1' });
    if (req.method === 'GET' && url.pathname === '/v1/logo') return void res.writeHead(200, { 'Content-Type': 'image/png' }).end(logo);
    json(res, 404, { error: 'not found' });
  };
}

function itemsSwagger(host: string, securityDefinitions: Record<string, unknown>) {
  const name = Object.keys(securityDefinitions)[0];
  return {
    swagger: '2.0',
    info: { title: 'Loopback Items', description: 'Items on a loopback server, for the Test step.', version: '1.0' },
    host,
    basePath: '/v1',
    schemes: ['http'],
    consumes: ['application/json'],
    produces: ['application/json'],
    securityDefinitions,
    security: name ? [{ [name]: [] }] : [],
    paths: {
      '/items': {
        get: {
          operationId: 'ListItems',
          summary: 'List items',
          description: 'Lists the items.',
          parameters: [
            {
              name: 'status', in: 'query', type: 'string', enum: ['open', 'done'], 'x-ms-summary': 'Status', description: 'Which items to list.',
              'x-ms-enum-values': [{ value: 'open', displayName: 'Open items' }, { value: 'done', displayName: 'Finished items' }],
            },
          ],
          responses: { '200': { description: 'The items', schema: { type: 'array', items: { $ref: '#/definitions/Item' } } } },
        },
        post: {
          operationId: 'CreateItem',
          summary: 'Create an item',
          description: 'Creates an item.',
          parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewItem' } }],
          responses: { '201': { description: 'The new item', schema: { $ref: '#/definitions/Item' } } },
        },
      },
      '/me': {
        get: {
          operationId: 'GetAccount',
          summary: 'Get the account',
          description: 'The account of the key.',
          responses: { '200': { description: 'The account', schema: { type: 'object', properties: { id: { type: 'string', description: 'Account id' }, webhook: { type: 'object', properties: { url: { type: 'string' } } } } } } },
        },
      },
      '/logo': {
        get: { operationId: 'GetLogo', summary: 'Get the logo', description: 'The logo image.', produces: ['image/png'], responses: { '200': { description: 'The logo', schema: { type: 'file' } } } },
      },
      '/hooks': {
        post: {
          operationId: 'OnNewItem',
          summary: 'When an item is created',
          description: 'Triggers when an item is created.',
          'x-ms-trigger': 'single',
          parameters: [{ name: 'body', in: 'body', required: true, schema: { type: 'object', properties: { callbackUrl: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } }],
          responses: { '201': { description: 'Created' } },
        },
      },
    },
    definitions: {
      Item: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, status: { type: 'string' } } },
      NewItem: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, status: { type: 'string' } } },
    },
  };
}

function properties(connectionParameters: Record<string, unknown>) {
  return { properties: { connectionParameters, iconBrandColor: '#da3b01', capabilities: [], publisher: 'Contoso', stackOwner: 'Contoso' } };
}

function writeConnector(studio: Studio, name: string, swagger: unknown, props: unknown): string {
  const folder = join(studio.workDir, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 2) + '\n');
  writeFileSync(join(folder, 'apiProperties.json'), JSON.stringify(props, null, 2) + '\n');
  return folder;
}

async function openFolder(studio: Studio, folder: string): Promise<void> {
  studio.host.nextOpen.push(folder);
  await studio.ui.byTestId('welcome-open-folder').click();
  await expect(studio.ui.byTestId('step-general')).toBeVisible();
  await studio.ui.goTo('test');
}

async function storeSecret(studio: Studio, testId: string, value: string, host: string): Promise<void> {
  await studio.ui.byTestId(testId).fill(value);
  await studio.ui.byTestId(`${testId}-store`).click();
  await expect(studio.ui.byTestId(`${testId}-forget`)).toBeVisible();
  await expect(studio.ui.byTestId(`${testId}-status`)).toContainText(`for ${host}`);
}

async function runOperation(studio: Studio, operationId: string): Promise<void> {
  await studio.ui.byTestId(`test-op-${operationId}`).click();
  await expect(studio.ui.byTestId('test-runner')).toContainText(operationId);
  await studio.ui.byTestId('test-run').click();
}

const API_KEY_PARAMS = { api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'Your Loopback API key', tooltip: 'Provide your API key', constraints: { tabIndex: 2, clearText: false, required: 'true' } } } };

let logo: Buffer;
test.beforeAll(async () => {
  logo = await sharp({ create: { width: 64, height: 64, channels: 4, background: '#da3b01' } }).png().toBuffer();
});

test('API key: every operation through the UI, secrets masked, the schema mismatch fixed, history and report saved', async ({ studio }) => {
  const { ui } = studio;
  const api = await startServer(itemsApi((h) => h['x-api-key'] === KEY, logo));
  const other = await startServer(itemsApi((h) => h['x-api-key'] === KEY, logo));
  try {
    const folder = writeConnector(studio, 'items', itemsSwagger(api.host, { 'API Key': { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }), properties(API_KEY_PARAMS));
    await openFolder(studio, folder);
    await storeSecret(studio, 'test-api-key', KEY, api.host);
    await expect(ui.byTestId('test-live-url')).toHaveText(`http://${api.host}/v1`);
    await expect(ui.byTestId('test-tested-count')).toHaveText('0 of 5 tested');
    await expect(ui.byTestId('test-operations')).toContainText('Triggers');

    // ListItems: an enum with display names, the key masked in the request and the curl.
    await expect(ui.byTestId('test-input-query-status').locator('option', { hasText: 'Open items' })).toHaveCount(1);
    await ui.byTestId('test-input-query-status').selectOption('open');
    await runOperation(studio, 'ListItems');
    await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
    await expect(ui.byTestId('test-request-line')).toContainText(`http://${api.host}/v1/items?status=open`);
    await expect(ui.byTestId('test-request-headers')).toContainText('X-Api-Key********');
    await expect(ui.byTestId('test-curl')).toContainText("-H 'X-Api-Key: ********'");
    await expect(ui.byTestId('test-response-body')).toContainText('"name": "Write the spec"');
    await expect(ui.byTestId('test-response-body')).not.toContainText('Ship it');
    await expect(ui.byTestId('test-schema-valid')).toBeVisible();
    await expect(ui.byTestId('test-op-ListItems')).toHaveAttribute('data-state', 'passed');
    await expect(ui.byTestId('test-history-row')).toHaveCount(1);
    expect(api.seen.at(-1)?.headers['x-api-key']).toBe(KEY);
    await studio.ui.byTestId('test-results').scrollIntoViewIfNeeded();
    await studio.screenshot('test-step-request-response');
    // Copy curl: the clipboard gets the command with the key masked, as shown.
    await studio.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await ui.byTestId('test-copy-curl').click();
    await expect(ui.byTestId('toast-success').filter({ hasText: 'The curl command was copied (credentials masked).' })).toBeVisible();
    const copiedCurl = await studio.page.evaluate(() => navigator.clipboard.readText());
    expect(copiedCurl).toContain("-H 'X-Api-Key: ********'");
    expect(copiedCurl).not.toContain(KEY);

    // CreateItem: "fill sample" writes a body from the schema; the body typed is sent as is.
    await ui.byTestId('test-op-CreateItem').click();
    await ui.byTestId('test-fill-sample').click();
    await expect(ui.byTestId('test-body')).toHaveValue(/"name"/);
    await ui.byTestId('test-body').fill('{ "name": "From the Test step" }');
    await ui.byTestId('test-run').click();
    await expect(ui.byTestId('test-response-status')).toHaveText('201 Created');
    await expect(ui.byTestId('test-request-body')).toHaveText('{ "name": "From the Test step" }');
    await expect(ui.byTestId('test-response-body')).toContainText('"id": 3');
    expect(JSON.parse(api.seen.at(-1)!.body)).toEqual({ name: 'From the Test step' });

    // GetAccount: the server answers a string where the schema says object.
    await runOperation(studio, 'GetAccount');
    await expect(ui.byTestId('test-schema-messages')).toHaveText('! Property ".webhook" type mismatch, Expected: "object", Actual: "string"');
    await expect(ui.byTestId('test-op-GetAccount')).toHaveAttribute('data-state', 'failed');
    await studio.ui.byTestId('test-results').scrollIntoViewIfNeeded();
    await studio.screenshot('test-step-schema-mismatch');
    await ui.byTestId('test-update-schema').click();
    await expect(ui.byTestId('test-schema-valid')).toBeVisible();

    // GetLogo: an image body is shown as an image.
    await runOperation(studio, 'GetLogo');
    await expect(ui.byTestId('test-response-image')).toBeVisible();
    expect(await ui.byTestId('test-response-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
    await studio.screenshot('test-step-image');

    // The secret was entered for one host: sending it to another asks first.
    await ui.goTo('general');
    await ui.retype('general-host', other.host);
    await ui.goTo('test');
    await runOperation(studio, 'ListItems');
    await expect(ui.byTestId('test-confirm-host')).toContainText(`credentials were entered for ${api.host}, but this request goes to ${other.host}`);
    expect(other.seen).toHaveLength(0);
    await ui.byTestId('test-confirm-send').click();
    await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
    expect(other.seen.at(-1)?.headers['x-api-key']).toBe(KEY);

    await ui.byTestId('test-view-report').click();
    await expect(ui.byTestId('test-report-row-ListItems')).toContainText('✓ yes');
    await expect(ui.byTestId('test-report-row-ListItems')).toContainText('200');
    await expect(ui.byTestId('test-report-row-GetAccount')).toContainText('mismatch');
    await expect(ui.byTestId('test-report-row-OnNewItem')).toContainText('no');
    await ui.byTestId('test-report-copy').click();
    await expect(ui.byTestId('toast-success').filter({ hasText: 'The test report was copied as Markdown.' })).toBeVisible();
    expect(await studio.page.evaluate(() => navigator.clipboard.readText())).toContain('| ListItems | yes | 200 |');
    await studio.screenshot('test-step-report');

    await ui.save();
    const saved = JSON.parse(readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8'));
    expect(saved.paths['/me'].get.responses['200'].schema.properties.webhook).toMatchObject({ type: 'string', format: 'uri' });
    expect(saved.paths['/me'].get.responses['200'].schema.properties.id).toMatchObject({ type: 'string', description: 'Account id' });
    const sidecar = JSON.parse(readFileSync(join(folder, '.connector-studio.json'), 'utf8'));
    expect(sidecar.tests.history.ListItems.map((r: { status: number }) => r.status)).toEqual([200, 200]);
    expect(sidecar.tests.history.GetAccount[0]).toMatchObject({ status: 200, schemaValid: false });
    for (const file of filesUnder(studio.workDir)) expect(readFileSync(file).includes(KEY), file).toBe(false);
  } finally {
    await api.close();
    await other.close();
  }
});

test('basic authentication: username and password from the secret store', async ({ studio }) => {
  const { ui } = studio;
  const expected = 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
  const api = await startServer(itemsApi((h) => h.authorization === expected, logo));
  try {
    const params = {
      username: { type: 'securestring', uiDefinition: { displayName: 'Username', description: 'Your user name', tooltip: 'User', constraints: { tabIndex: 2, clearText: true, required: 'true' } } },
      password: { type: 'securestring', uiDefinition: { displayName: 'Password', description: 'Your password', tooltip: 'Password', constraints: { tabIndex: 3, clearText: false, required: 'true' } } },
    };
    await openFolder(studio, writeConnector(studio, 'basic', itemsSwagger(api.host, { basic_auth: { type: 'basic' } }), properties(params)));
    await runOperation(studio, 'ListItems');
    await expect(ui.byTestId('test-error')).toContainText('has no saved value for "username"');
    await storeSecret(studio, 'test-username', USER, api.host);
    await storeSecret(studio, 'test-password', PASSWORD, api.host);
    await ui.byTestId('test-run').click();
    await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
    await expect(ui.byTestId('test-request-headers')).toContainText('AuthorizationBasic ********');
    expect(api.seen.at(-1)?.headers.authorization).toBe(expected);
    await studio.ui.byTestId('test-results').scrollIntoViewIfNeeded();
    await studio.screenshot('test-step-basic');
  } finally {
    await api.close();
  }
});

/** Huddle's shapes (corpus): a workspace list, and a folder list that depends on the workspace chosen. */
function filesSwagger(host: string) {
  return {
    swagger: '2.0',
    info: { title: 'Loopback Files', description: 'Files in workspaces, for dynamic dropdowns.', version: '1.0' },
    host,
    basePath: '/v1',
    schemes: ['http'],
    produces: ['application/json'],
    securityDefinitions: { 'API Key': { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
    security: [{ 'API Key': [] }],
    paths: {
      '/folders/{folderId}/files': {
        get: {
          operationId: 'ListFiles',
          summary: 'List the files of a folder',
          description: 'Lists the files of a folder.',
          parameters: [
            { name: 'workspaceId', in: 'query', required: true, type: 'string', 'x-ms-summary': 'Workspace', description: 'The workspace.',
              'x-ms-dynamic-values': { operationId: 'GetWorkspaces', 'value-collection': 'data/workspaces', 'value-path': 'id', 'value-title': 'title' } },
            { name: 'folderId', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Folder', description: 'The folder.',
              'x-ms-dynamic-values': { operationId: 'GetWorkspacePaths', parameters: { workspaceId: { parameter: 'workspaceId' } }, 'value-collection': 'paths', 'value-path': 'id', 'value-title': 'path' } },
          ],
          responses: { '200': { description: 'The files', schema: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } } } },
        },
      },
      '/cards/{cardId}/move': {
        post: {
          operationId: 'MoveCard',
          summary: 'Move a card',
          description: 'Moves a card to a column of a board (Kanbanize\'s shape: the choices are body properties).',
          consumes: ['application/json'],
          parameters: [
            { name: 'cardId', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Card' },
            { name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['boardid', 'column'], properties: {
              boardid: { type: 'integer', title: 'Board', 'x-ms-dynamic-values': { operationId: 'GetBoards', 'value-collection': 'data', 'value-path': 'board_id', 'value-title': 'name' } },
              column: { type: 'string', title: 'Column', 'x-ms-dynamic-list': { operationId: 'GetColumns', itemsPath: 'data', itemValuePath: 'name', itemTitlePath: 'name', parameters: { board_id: { parameterReference: 'body/boardid' } } } },
            } } },
          ],
          responses: { '200': { description: 'Moved', schema: { type: 'object', properties: { moved: { type: 'boolean' } } } } },
        },
      },
      '/boards': {
        get: { operationId: 'GetBoards', summary: 'List boards', description: 'Lists the boards.', 'x-ms-visibility': 'internal',
          responses: { '200': { description: 'ok', schema: { type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { board_id: { type: 'integer' }, name: { type: 'string' } } } } } } } } },
      },
      '/boards/{board_id}/columns': {
        get: { operationId: 'GetColumns', summary: 'List columns', description: 'Lists the columns of a board.', 'x-ms-visibility': 'internal',
          parameters: [{ name: 'board_id', in: 'path', required: true, type: 'string' }],
          responses: { '200': { description: 'ok', schema: { type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } } } } } } },
      },
      '/workspaces': {
        get: { operationId: 'GetWorkspaces', summary: 'List workspaces', description: 'Lists the workspaces.', 'x-ms-visibility': 'internal',
          responses: { '200': { description: 'ok', schema: { type: 'object', properties: { data: { type: 'object', properties: { workspaces: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' } } } } } } } } } } },
      },
      '/workspaces/{workspaceId}/paths': {
        get: { operationId: 'GetWorkspacePaths', summary: 'List folders', description: 'Lists the folders of a workspace.', 'x-ms-visibility': 'internal',
          parameters: [{ name: 'workspaceId', in: 'path', required: true, type: 'string' }],
          responses: { '200': { description: 'ok', schema: { type: 'object', properties: { paths: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, path: { type: 'string' } } } } } } } } },
      },
    },
  };
}

test('dynamic dropdowns: filled by calling the list operations with the key, re-fetched on a dependency, the choice sent', async ({ studio }) => {
  const { ui } = studio;
  const folders: Record<string, { id: string; path: string }[]> = {
    'ws-1': [{ id: 'f-10', path: '/Specs' }],
    'ws-2': [{ id: 'f-20', path: '/Contracts' }, { id: 'f-21', path: '/Contracts/2026' }],
  };
  const api = await startServer((req, res) => {
    if (req.headers['x-api-key'] !== KEY) return json(res, 401, { error: 'The API key is missing or wrong.' });
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/v1/workspaces') return json(res, 200, { data: { workspaces: [{ id: 'ws-1', title: 'Engineering' }, { id: 'ws-2', title: 'Legal' }] } });
    const paths = /^\/v1\/workspaces\/([^/]+)\/paths$/.exec(url.pathname);
    if (paths) return json(res, 200, { paths: folders[decodeURIComponent(paths[1])] ?? [] });
    if (/^\/v1\/folders\/[^/]+\/files$/.test(url.pathname)) return json(res, 200, [{ name: 'terms.pdf' }]);
    if (url.pathname === '/v1/boards') return json(res, 200, { data: [{ board_id: 5, name: 'Roadmap' }, { board_id: 8, name: 'Support' }] });
    if (url.pathname === '/v1/boards/5/columns') return json(res, 200, { data: [{ name: 'Doing' }, { name: 'Done' }] });
    if (req.method === 'POST' && url.pathname === '/v1/cards/c-1/move') return json(res, 200, { moved: true });
    json(res, 404, { error: 'not found' });
  });
  try {
    await openFolder(studio, writeConnector(studio, 'files', filesSwagger(api.host), properties(API_KEY_PARAMS)));
    await ui.byTestId('test-op-ListFiles').click();
    const workspace = ui.byTestId('test-input-query-workspaceId');
    const folder = ui.byTestId('test-input-path-folderId');
    const status = ui.byTestId('test-input-query-workspaceId-dynamic-status');
    // No key yet: nothing is sent without it, and the list says why; a value can still be typed.
    await expect(status).toContainText('Could not load the values: The connection "Test connection" has no saved value for "api_key".');
    await expect(workspace).toHaveJSProperty('tagName', 'INPUT');
    await expect(ui.byTestId('test-input-path-folderId-dynamic-status')).toContainText('Fill in "workspaceId" first');
    expect(api.seen).toHaveLength(0);

    // A wrong key: the API's refusal, with its status and its words.
    await storeSecret(studio, 'test-api-key', 'not-the-key', api.host);
    await ui.byTestId('test-input-query-workspaceId-refresh').click();
    await expect(status).toContainText('Could not load the values: GetWorkspaces answered 401 Unauthorized: {"error":"The API key is missing or wrong."}.');

    await storeSecret(studio, 'test-api-key', KEY, api.host);
    await ui.byTestId('test-input-query-workspaceId-refresh').click();
    await expect(ui.byTestId('test-input-query-workspaceId-dynamic-status')).toHaveText('2 values from GetWorkspaces.');
    await expect(workspace.locator('option')).toHaveText(['Choose…', 'Engineering', 'Legal', 'Enter a custom value…']);
    const listCalls = api.seen.filter((r) => r.url === '/v1/workspaces');
    expect(listCalls.at(-1)?.headers['x-api-key']).toBe(KEY);

    // Choosing a workspace fetches its folders with it.
    await workspace.selectOption('ws-1');
    await expect(folder.locator('option')).toHaveText(['Choose…', '/Specs', 'Enter a custom value…']);
    await workspace.selectOption('ws-2');
    await expect(folder.locator('option')).toHaveText(['Choose…', '/Contracts', '/Contracts/2026', 'Enter a custom value…']);
    expect(api.seen.some((r) => r.url === '/v1/workspaces/ws-2/paths')).toBe(true);
    await folder.selectOption({ label: '/Contracts/2026' });
    const calls = api.seen.length;
    await ui.byTestId('test-form').scrollIntoViewIfNeeded();
    await expect(ui.byTestId('test-input-path-folderId-dynamic-status')).toHaveText('2 values from GetWorkspacePaths.');
    await expect(folder).toHaveValue('f-21');
    await studio.screenshot('test-step-dynamic-dropdown');

    await ui.byTestId('test-run').click();
    await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
    // Choosing a folder fetched nothing again: only the test run was sent.
    expect(api.seen.slice(calls).map((r) => r.url)).toEqual(['/v1/folders/f-21/files?workspaceId=ws-2']);

    // A custom value is always possible.
    await folder.selectOption({ label: 'Enter a custom value…' });
    await ui.byTestId('test-input-path-folderId').fill('f-99');
    await ui.byTestId('test-run').click();
    await expect.poll(() => api.seen.at(-1)?.url).toBe('/v1/folders/f-99/files?workspaceId=ws-2');
    await ui.byTestId('test-input-path-folderId-choose').click();
    await expect(folder.locator('option')).toHaveCount(4);

    // Choices inside the body: written into the JSON typed; the column list reads the board from the body.
    await ui.byTestId('test-op-MoveCard').click();
    await ui.byTestId('test-input-path-cardId').fill('c-1');
    const board = ui.byTestId('test-body-choice-boardid');
    const column = ui.byTestId('test-body-choice-column');
    await expect(ui.byTestId('test-body-choice-column-dynamic-status')).toContainText('Fill in "body/boardid" first');
    await expect(board.locator('option')).toHaveText(['Choose…', 'Roadmap', 'Support', 'Enter a custom value…']);
    // The author's own layout and members stay: a choice is one minimal edit of the body text.
    await ui.byTestId('test-body').fill('{\n  "note":   "kept as typed",\n  "count": 2\n}');
    await board.selectOption({ label: 'Roadmap' });
    await expect(ui.byTestId('test-body')).toHaveValue('{\n  "note":   "kept as typed",\n  "count": 2,\n  "boardid": 5\n}');
    await expect(column.locator('option')).toHaveText(['Choose…', 'Doing', 'Done', 'Enter a custom value…']);
    await column.selectOption('Done');
    await ui.byTestId('test-body-choices').scrollIntoViewIfNeeded();
    await studio.screenshot('test-step-dynamic-body');
    await ui.byTestId('test-run').click();
    await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
    expect(api.seen.some((r) => r.url === '/v1/boards/5/columns')).toBe(true);
    expect(api.seen.at(-1)?.url).toBe('/v1/cards/c-1/move');
    expect(JSON.parse(api.seen.at(-1)!.body)).toEqual({ note: 'kept as typed', count: 2, boardid: 5, column: 'Done' });

    // Against the mock server the lists come from it, fetched again once it runs.
    await ui.byTestId('test-op-ListFiles').click();
    await ui.byTestId('test-target').getByRole('radio', { name: 'Mock server' }).click();
    await expect(ui.byTestId('test-input-query-workspaceId-dynamic-status')).toContainText('The mock server is not running.');
    const before = api.seen.length;
    await ui.byTestId('test-mock-start').click();
    await expect(ui.byTestId('test-input-query-workspaceId-dynamic-status')).toContainText(/^\d+ values? from GetWorkspaces\./);
    expect(api.seen.length).toBe(before);
    await ui.byTestId('test-mock-stop').click();
  } finally {
    await api.close();
  }
});

test('multi-auth: the set chosen decides the credentials sent, its extra parameters reach the policies', async ({ studio }) => {
  const { ui } = studio;
  const basic = 'Basic ' + Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
  const api = await startServer(itemsApi((h) => h['x-api-key'] === KEY || h.authorization === basic, logo));
  try {
    const secure = (displayName: string, description: string) => ({ type: 'securestring', uiDefinition: { displayName, description, tooltip: description, constraints: { required: 'true' } } });
    const plain = (displayName: string, description: string) => ({ type: 'string', uiDefinition: { displayName, description, tooltip: description, constraints: { required: 'true' } } });
    const props = {
      properties: {
        connectionParameterSets: {
          uiDefinition: { displayName: 'Authentication type', description: 'How to connect to Loopback Items.' },
          values: [
            { name: 'key', uiDefinition: { displayName: 'API key', description: 'A key from your Loopback account page.' },
              parameters: { api_key: secure('API key', 'Your Loopback API key'), region: plain('Region', 'The data region, e.g. emea') } },
            { name: 'basic', uiDefinition: { displayName: 'User name and password', description: 'Your Loopback sign-in.' },
              parameters: { username: plain('User name', 'Your Loopback user name'), password: secure('Password', 'Your Loopback password') } },
          ],
        },
        policyTemplateInstances: [{
          templateId: 'setheader', title: 'Region header',
          parameters: { 'x-ms-apimTemplateParameter.name': 'X-Region', 'x-ms-apimTemplateParameter.value': "@connectionParameters('region')", 'x-ms-apimTemplateParameter.existsAction': 'override', 'x-ms-apimTemplate-policySection': 'Request' },
        }],
        iconBrandColor: '#da3b01', capabilities: [], publisher: 'Contoso', stackOwner: 'Contoso',
      },
    };
    const swagger = itemsSwagger(api.host, { 'API Key': { type: 'apiKey', in: 'header', name: 'X-Api-Key' }, basic_auth: { type: 'basic' } });
    const folder = writeConnector(studio, 'multi', swagger, props);
    await openFolder(studio, folder);
    const set = ui.byTestId('test-auth-set');
    await expect(set.locator('option')).toHaveText(['API key', 'User name and password']);
    await expect(ui.byTestId('test-auth-set-hint')).toHaveText('The key is sent in the header "X-Api-Key", as the platform does for this set.');
    await storeSecret(studio, 'test-param-api-key', KEY, api.host);
    await ui.byTestId('test-param-region').fill('emea');
    await ui.byTestId('test-param-region').press('Enter');
    await runOperation(studio, 'ListItems');
    await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
    expect(api.seen.at(-1)?.headers['x-api-key']).toBe(KEY);
    expect(api.seen.at(-1)?.headers['x-region']).toBe('emea');
    expect(api.seen.at(-1)?.headers.authorization).toBeUndefined();

    await set.selectOption({ label: 'User name and password' });
    await expect(ui.byTestId('test-auth-set-hint')).toHaveText('Sent as HTTP Basic authentication, as the platform does for this set.');
    await expect(ui.byTestId('test-param-api-key')).toHaveCount(0);
    await ui.byTestId('test-param-username').fill(USER);
    await ui.byTestId('test-param-username').press('Enter');
    await storeSecret(studio, 'test-param-password', PASSWORD, api.host);
    await ui.byTestId('test-connection').scrollIntoViewIfNeeded();
    await studio.screenshot('test-step-multi-auth');
    await ui.byTestId('test-run').click();
    await expect(ui.byTestId('test-history-row')).toHaveCount(2);
    await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
    expect(api.seen.at(-1)?.headers.authorization).toBe(basic);
    expect(api.seen.at(-1)?.headers['x-api-key']).toBeUndefined();
    await expect(ui.byTestId('test-request-headers')).toContainText('AuthorizationBasic ********');

    await ui.save();
    const sidecar = JSON.parse(readFileSync(join(folder, '.connector-studio.json'), 'utf8'));
    expect(sidecar.tests).toMatchObject({ connectionSet: 'basic', connectionParams: { region: 'emea', username: USER } });
    for (const file of filesUnder(studio.workDir)) {
      expect(readFileSync(file).includes(KEY), file).toBe(false);
      expect(readFileSync(file).includes(PASSWORD), file).toBe(false);
    }
  } finally {
    await api.close();
  }
});

test('Windows authentication: explained, never sent without credentials, the mock server offered instead', async ({ studio }) => {
  const { ui } = studio;
  const api = await startServer(itemsApi(() => true, logo));
  try {
    const text = 'Authentication type to connect to your API';
    const params = {
      authType: { type: 'string', allowedValues: [{ value: 'windows' }], uiDefinition: { displayName: 'Authentication Type', description: text, tooltip: text, constraints: { tabIndex: 1, required: 'true', allowedValues: [{ text: 'Windows', value: 'windows' }], capability: ['gateway'] } } },
      gateway: { type: 'gatewaySetting', gatewaySettings: { dataSourceType: 'CustomConnector', connectionDetails: [] }, uiDefinition: { constraints: { tabIndex: 4, required: 'true', capability: ['gateway'] } } },
      username: { type: 'securestring', uiDefinition: { displayName: 'Username', description: 'Windows user', tooltip: 'User', constraints: { tabIndex: 2, clearText: true, required: 'true', capability: ['gateway'] } } },
      password: { type: 'securestring', uiDefinition: { displayName: 'Password', description: 'Windows password', tooltip: 'Password', constraints: { tabIndex: 3, clearText: false, required: 'true', capability: ['gateway'] } } },
    };
    const props = { properties: { connectionParameters: params, iconBrandColor: '#da3b01', capabilities: ['gateway'], publisher: 'Contoso', stackOwner: 'Contoso' } };
    await openFolder(studio, writeConnector(studio, 'windows', itemsSwagger(api.host, {}), props));
    await expect(ui.byTestId('auth-windows')).toContainText('Power Platform performs through the on-premises data gateway');
    await expect(ui.byTestId('auth-windows')).toContainText('does not send these requests without credentials');
    await ui.byTestId('test-op-ListItems').click();
    await expect(ui.byTestId('test-run')).toBeDisabled();
    await expect(ui.byTestId('test-blocked')).toContainText('Not sent: Windows authentication cannot be performed from the desktop');
    expect(api.seen).toHaveLength(0);
    await studio.screenshot('test-step-windows');

    await ui.byTestId('auth-windows-use-mock').click();
    await ui.byTestId('test-mock-start').click();
    await expect(ui.byTestId('test-mock-status')).toContainText('Running at');
    await expect(ui.byTestId('test-blocked')).toHaveCount(0);
    await ui.byTestId('test-run').click();
    await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
    await expect(ui.byTestId('test-request-line')).toContainText(/http:\/\/127\.0\.0\.1:\d+\/v1\/items/);
    expect(api.seen).toHaveLength(0);
    await ui.byTestId('test-mock-stop').click();
  } finally {
    await api.close();
  }
});

test('OAuth 2.0: sign in through the browser, then test with the token', async ({ studio }) => {
  const { ui, host } = studio;
  const { server: idp, issuer, jwks } = await startIdentityProvider();
  const api = await startServer(itemsApi((h) => typeof h.authorization === 'string' && verifyJwt(h.authorization.replace(/^Bearer /, ''), jwks), logo));
  try {
    const params = {
      token: {
        type: 'oauthSetting',
        oAuthSettings: {
          identityProvider: 'oauth2',
          clientId: 'connector-studio-e2e',
          scopes: ['items.read'],
          redirectMode: 'Global',
          redirectUrl: 'https://global.consent.azure-apim.net/redirect',
          properties: { IsFirstParty: 'False' },
          customParameters: { authorizationUrl: { value: `${issuer}/authorize` }, tokenUrl: { value: `${issuer}/token` }, refreshUrl: { value: `${issuer}/token` } },
        },
      },
    };
    const definition = { oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: `${issuer}/authorize`, tokenUrl: `${issuer}/token`, scopes: { 'items.read': 'items.read' } } };
    await openFolder(studio, writeConnector(studio, 'oauth', itemsSwagger(api.host, definition), properties(params)));
    await expect(ui.byTestId('test-token-status')).toContainText('Not signed in');
    // A sign-in given up: Cancel closes the loopback listener at once and the panel is as before.
    await ui.byTestId('test-sign-in').click();
    await expect.poll(() => host.opened.length).toBe(1);
    const abandoned = Number(new URL(new URL(host.opened[0]).searchParams.get('redirect_uri')!).port);
    expect(await accepts(abandoned)).toBe(true);
    await ui.byTestId('test-sign-in-cancel').click();
    await expect(ui.byTestId('test-sign-in-busy')).toHaveCount(0);
    await expect(ui.byTestId('test-sign-in')).toBeEnabled();
    await expect.poll(() => accepts(abandoned)).toBe(false);
    await expect(ui.byTestId('test-token-status')).toContainText('Not signed in');
    host.opened.length = 0;

    await ui.byTestId('test-sign-in').click();
    await expect(ui.byTestId('test-sign-in-busy')).toBeVisible();
    await expect.poll(() => host.opened.length).toBe(1);
    const authorize = new URL(host.opened[0]);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${issuer}/authorize`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')).toBe('items.read');
    // The test is the browser: the authorization server redirects to the app's loopback callback.
    const answer = await fetch(host.opened[0], { redirect: 'manual' });
    const callback = answer.headers.get('location')!;
    expect(callback).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback\?/);
    expect(await (await fetch(callback)).text()).toContain('Signed in');
    await expect(ui.byTestId('test-token-status')).toContainText(`Signed in: an access token for ${api.host} is in secret storage`);
    await expect(ui.byTestId('test-refresh-token')).toBeVisible();

    await runOperation(studio, 'ListItems');
    await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
    await expect(ui.byTestId('test-request-headers')).toContainText('AuthorizationBearer ********');
    const sent = String(api.seen.at(-1)?.headers.authorization).replace(/^Bearer /, '');
    expect(verifyJwt(sent, jwks)).toBe(true);
    await studio.ui.byTestId('test-results').scrollIntoViewIfNeeded();
    await studio.screenshot('test-step-oauth');
    await ui.save();
    for (const file of filesUnder(studio.workDir)) expect(readFileSync(file).includes(sent), file).toBe(false);
  } finally {
    await api.close();
    await idp.stop();
  }
});

test('the mock server answers a corpus connector\'s operation', async ({ studio }) => {
  const { ui } = studio;
  await openFolder(studio, copyCorpusConnector('certified-connectors__Calendly', studio.workDir));
  await ui.byTestId('test-target').getByRole('radio', { name: 'Mock server' }).click();
  await expect(ui.byTestId('test-mock-status')).toHaveText('Stopped');
  await ui.byTestId('test-mock-start').click();
  await expect(ui.byTestId('test-mock-status')).toContainText(/Running at http:\/\/127\.0\.0\.1:\d+/);
  await runOperation(studio, 'CurrentUserInfo');
  await expect(ui.byTestId('test-response-status')).toHaveText('200 OK');
  await expect(ui.byTestId('test-request-line')).toContainText(/http:\/\/127\.0\.0\.1:\d+\/users\/me/);
  await expect(ui.byTestId('test-response-body')).toContainText('"resource"');
  await expect(ui.byTestId('test-schema-valid')).toBeVisible();
  await studio.ui.byTestId('test-results').scrollIntoViewIfNeeded();
  await studio.screenshot('test-step-mock');
  await ui.byTestId('test-mock-stop').click();
  await expect(ui.byTestId('test-mock-status')).toHaveText('Stopped');
});
