/**
 * Importing OpenAPI 3.x descriptions and Postman collections through the UI (issue 9): progress, the conversion
 * report before anything opens, the operation picker with the live 1 MB / 512-schema limits, then an untitled
 * project that validates as usual and saves with the report in its sidecar.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect } from './harness/fixtures';

const modules = join(process.cwd(), 'node_modules');
const PETSTORE = join(modules, '@readme', 'oas-examples', '3.0', 'json', 'petstore.json');
const GITHUB = join(modules, '@octokit', 'openapi', 'generated', 'api.github.com.json');

/** Findings that would mean the converter produced a broken definition (content findings are expected). */
const STRUCTURE_RULES = /· (json-syntax|swagger-schema|swagger-semantic|swagger-ref|swagger-structure|swagger-version|openapi-version|api-properties-schema|ref-targets|path-case-unique|operation-id|schema-count|swagger-size|host-base-path-schemes|connection-parameter-shape|auth-parameter-pairing)\b/;

async function structureErrors(panel: Locator): Promise<string[]> {
  const errors = await panel.locator('li.finding.error').allTextContents();
  return errors.filter((text) => STRUCTURE_RULES.test(text));
}

/** A small, realistic Postman v2.1 collection: folders, variables, collection auth, a saved example response. */
function postmanCollection() {
  const task = { id: 'tsk_1042', title: 'Send the quarterly report', done: false, dueDate: '2026-12-01', assignee: { id: 'usr_7', name: 'Mona Kane' } };
  return {
    info: {
      _postman_id: '5b0f6a52-8d1e-4f0e-9a43-0d4ff0b9c611',
      name: 'Contoso Tasks',
      description: 'Create, update and complete tasks and projects in Contoso Tasks.',
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    auth: { type: 'apikey', apikey: [{ key: 'key', value: 'X-Contoso-Key', type: 'string' }, { key: 'value', value: '{{apiKey}}', type: 'string' }, { key: 'in', value: 'header', type: 'string' }] },
    variable: [
      { key: 'baseUrl', value: 'https://api.contoso.com/v2' },
      { key: 'apiKey', value: '' },
    ],
    item: [
      {
        name: 'Tasks',
        description: 'Everything about tasks.',
        item: [
          {
            name: 'List tasks',
            request: {
              method: 'GET',
              header: [{ key: 'Accept', value: 'application/json' }],
              url: {
                raw: '{{baseUrl}}/tasks?status=open&top=50',
                host: ['{{baseUrl}}'],
                path: ['tasks'],
                query: [
                  { key: 'status', value: 'open', description: 'open, done or all' },
                  { key: 'top', value: '50', description: 'How many tasks to return' },
                ],
              },
              description: 'Lists the tasks of the signed-in user.',
            },
            response: [
              {
                name: 'Open tasks',
                originalRequest: { method: 'GET', header: [], url: { raw: '{{baseUrl}}/tasks?status=open', host: ['{{baseUrl}}'], path: ['tasks'], query: [{ key: 'status', value: 'open' }] } },
                status: 'OK',
                code: 200,
                _postman_previewlanguage: 'json',
                header: [{ key: 'Content-Type', value: 'application/json' }],
                body: JSON.stringify({ value: [task], nextLink: null }, null, 2),
              },
            ],
          },
          {
            name: 'Get a task',
            request: {
              method: 'GET',
              header: [],
              url: { raw: '{{baseUrl}}/tasks/:taskId', host: ['{{baseUrl}}'], path: ['tasks', ':taskId'], variable: [{ key: 'taskId', value: 'tsk_1042', description: 'The task id' }] },
              description: 'Gets one task by its id.',
            },
            response: [
              {
                name: 'A task',
                originalRequest: { method: 'GET', header: [], url: { raw: '{{baseUrl}}/tasks/tsk_1042', host: ['{{baseUrl}}'], path: ['tasks', 'tsk_1042'] } },
                status: 'OK',
                code: 200,
                header: [{ key: 'Content-Type', value: 'application/json' }],
                body: JSON.stringify(task, null, 2),
              },
            ],
          },
          {
            name: 'Create a task',
            request: {
              method: 'POST',
              header: [{ key: 'Content-Type', value: 'application/json' }],
              body: { mode: 'raw', raw: JSON.stringify({ title: 'Send the quarterly report', dueDate: '2026-12-01' }, null, 2), options: { raw: { language: 'json' } } },
              url: { raw: '{{baseUrl}}/tasks', host: ['{{baseUrl}}'], path: ['tasks'] },
              description: 'Creates a task.',
            },
            response: [],
          },
        ],
      },
      {
        name: 'Projects',
        item: [
          {
            name: 'List projects',
            request: { method: 'GET', header: [], url: { raw: '{{baseUrl}}/projects', host: ['{{baseUrl}}'], path: ['projects'] }, description: 'Lists the projects.' },
            response: [],
          },
          {
            name: 'Archive a project',
            request: {
              method: 'DELETE',
              header: [],
              url: { raw: '{{baseUrl}}/projects/:projectId', host: ['{{baseUrl}}'], path: ['projects', ':projectId'], variable: [{ key: 'projectId', value: 'prj_12' }] },
              description: 'Archives a project.',
            },
            response: [],
          },
        ],
      },
    ],
  };
}

test('an OpenAPI 3 file opens through the report and the picker as a new connector, and saves with its report', async ({ studio }) => {
  const { ui, host, workDir, page } = studio;
  const file = join(workDir, 'petstore.json');
  copyFileSync(PETSTORE, file);
  host.nextOpen.push(file);
  await ui.byTestId('welcome-open-file').click();

  const dialog = ui.byTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await expect(ui.byTestId('import-report')).toBeVisible();
  await expect(ui.byTestId('import-source')).toHaveText('OpenAPI 3.0');
  await expect(ui.byTestId('import-stats')).toContainText('operations');
  const total = await ui.byTestId('import-operations').locator('input[type=checkbox]').count();
  expect(total).toBeGreaterThan(10);
  await expect(ui.byTestId('import-selected-count')).toHaveText(`${total} of ${total} operations selected`);
  // Every report item shows where in the source it came from.
  const items = ui.byTestId('report-item');
  const itemCount = await items.count();
  expect(itemCount).toBeGreaterThan(0);
  await expect(items.first().locator('code').first()).toHaveText(/^\/|\(whole document\)/);
  await expect(ui.byTestId('import-within-limits')).toBeVisible();
  await studio.screenshot('import-01-openapi-report');

  // Keep only the pet operations.
  await ui.byTestId('import-select-none').click();
  await expect(ui.byTestId('import-selected-count')).toHaveText(`0 of ${total} operations selected`);
  await expect(ui.byTestId('import-create')).toBeDisabled();
  await ui.byTestId('import-search').fill('/pet');
  await ui.byTestId('import-select-all').click();
  const pets = await ui.byTestId('import-operations').locator('input[type=checkbox]').count();
  await expect(ui.byTestId('import-selected-count')).toContainText(`${pets} of ${total} operations selected`);
  await expect(ui.byTestId('import-create')).toBeEnabled();
  await studio.screenshot('import-02-openapi-picked');
  await ui.byTestId('import-create').click();

  await expect(dialog).toBeHidden();
  await expect(ui.byTestId('general-title')).toHaveValue('Swagger Petstore');
  await ui.waitForValidation();
  const panel = ui.byTestId('findings-panel');
  await expect(panel.getByTestId('finding').first()).toBeVisible();
  expect(await structureErrors(panel)).toEqual([]);
  await studio.screenshot('import-03-openapi-project');

  const folder = join(workDir, 'Swagger Petstore');
  host.nextSaveFolder.push(folder);
  await ui.save();
  const swagger = JSON.parse(readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8'));
  expect(swagger.swagger).toBe('2.0');
  const operations = Object.values(swagger.paths as Record<string, object>).flatMap((item) => Object.keys(item));
  expect(operations.length).toBe(pets);
  expect(Object.keys(swagger.paths).every((path) => path.startsWith('/pet'))).toBe(true);
  const sidecar = JSON.parse(readFileSync(join(folder, '.connector-studio.json'), 'utf8'));
  expect(sidecar.conversion).toMatchObject({ file: 'petstore.json', source: 'openapi-3.0', kept: { operations: pets, of: total } });
  expect(sidecar.conversion.items).toHaveLength(itemCount);
  await expect(page.getByTestId('dirty-indicator')).toBeHidden();
});

test('picking an operation whose dropdown calls another says that one is kept too', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const file = join(workDir, 'pets.json');
  const listed = (operationId: string) => ({ get: { operationId, summary: operationId, responses: { '200': { description: 'ok' } } } });
  writeFileSync(file, JSON.stringify({
    openapi: '3.0.0',
    info: { title: 'Pet Owners', version: '1' },
    servers: [{ url: 'https://api.contoso.com' }],
    paths: {
      '/pets/{owner}': { get: { operationId: 'GetPets', summary: 'Get pets', parameters: [{ name: 'owner', in: 'path', required: true, schema: { type: 'string' }, 'x-ms-dynamic-values': { operationId: 'ListOwners', 'value-path': 'id', 'value-title': 'name' } }], responses: { '200': { description: 'ok' } } } },
      '/owners': listed('ListOwners'),
      '/toys': listed('ListToys'),
    },
  }));
  host.nextOpen.push(file);
  await ui.byTestId('welcome-open-file').click();
  await expect(ui.byTestId('import-dialog')).toBeVisible();
  await ui.byTestId('import-select-none').click();
  await ui.byTestId('import-search').fill('/pets');
  await ui.byTestId('import-select-all').click();
  await expect(ui.byTestId('import-selected-count')).toContainText('1 of 3 operations selected');
  await expect(ui.byTestId('import-also-kept')).toHaveText('Also kept, because a picked operation fills a dropdown from it: ListOwners.');
  await studio.screenshot('import-09-also-kept');
  await ui.byTestId('import-create').click();
  await expect(ui.byTestId('import-dialog')).toBeHidden();
  await ui.goTo('definition');
  expect((await ui.listedOperations('actions-list')).sort()).toEqual(['GetPets', 'ListOwners']);
});

test('a Postman v2.1 collection dropped on the window is converted with its auth, variables and examples', async ({ studio }) => {
  const { ui, workDir, page, host } = studio;
  const file = join(workDir, 'Contoso Tasks.postman_collection.json');
  writeFileSync(file, JSON.stringify(postmanCollection(), null, 2));
  const dataTransfer = await page.evaluateHandle((path) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([''], path));
    return transfer;
  }, file);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });

  await expect(ui.byTestId('import-report')).toBeVisible();
  await expect(ui.byTestId('import-source')).toHaveText('Postman collection v2.1');
  await expect(ui.byTestId('import-selected-count')).toHaveText('5 of 5 operations selected');
  await studio.screenshot('import-04-postman-report');
  await ui.byTestId('import-create').click();

  await expect(ui.byTestId('general-title')).toHaveValue('Contoso Tasks');
  await expect(ui.byTestId('general-host')).toHaveValue('api.contoso.com');
  await ui.waitForValidation();
  const panel = ui.byTestId('findings-panel');
  await expect(panel.getByTestId('finding').first()).toBeVisible();
  expect(await structureErrors(panel)).toEqual([]);
  await ui.goTo('security');
  await studio.screenshot('import-05-postman-security');

  const folder = join(workDir, 'Contoso Tasks');
  host.nextSaveFolder.push(folder);
  await ui.save();
  const swagger = JSON.parse(readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8'));
  expect(swagger.basePath).toBe('/v2');
  expect(Object.keys(swagger.paths).sort()).toEqual(['/projects', '/projects/{projectId}', '/tasks', '/tasks/{taskId}']);
  expect(swagger.securityDefinitions).toBeDefined();
  // The saved example response became the response schema.
  const listTasks = swagger.paths['/tasks'].get;
  expect(JSON.stringify(listTasks.responses['200'])).toContain('dueDate');
  expect(JSON.parse(readFileSync(join(folder, '.connector-studio.json'), 'utf8')).conversion.source).toBe('postman-2.1');
});

test('the GitHub description shows progress, is over the 1 MB and 512-schema limits, and a few operations fit', async ({ studio }) => {
  test.setTimeout(120_000);
  const { ui, host, workDir } = studio;
  const file = join(workDir, 'api.github.com.json');
  copyFileSync(GITHUB, file);
  host.nextOpen.push(file);
  await ui.page.keyboard.press('ControlOrMeta+Shift+o');

  await expect(ui.byTestId('import-progress')).toBeVisible();
  await expect.poll(async () => Number(await ui.byTestId('import-progress-bar').getAttribute('aria-valuenow')), { timeout: 30_000 }).toBeGreaterThan(0);
  await studio.screenshot('import-06-github-progress');

  await expect(ui.byTestId('import-report')).toBeVisible({ timeout: 60_000 });
  await expect(ui.byTestId('import-over-limits')).toBeVisible({ timeout: 20_000 });
  await expect(ui.byTestId('import-over-limits')).toContainText('Keep fewer operations');
  await expect(ui.byTestId('limit-bytes')).toContainText('MB of 1 MB');
  await expect(ui.byTestId('import-create')).toBeDisabled();
  await studio.screenshot('import-07-github-over-limits');

  await ui.byTestId('import-select-none').click();
  await ui.byTestId('import-search').fill('/repos/{owner}/{repo}/issues');
  const shown = ui.byTestId('import-operations').locator('input[type=checkbox]');
  for (let i = 0; i < 5; i++) await shown.nth(i).check();
  await expect(ui.byTestId('import-selected-count')).toContainText('5 of');
  await expect(ui.byTestId('import-within-limits')).toBeVisible();
  await expect(ui.byTestId('limit-bytes')).toContainText('KB of 1 MB');
  await expect(ui.byTestId('import-create')).toBeEnabled();
  await studio.screenshot('import-08-github-picked');
  await ui.byTestId('import-create').click();

  await expect(ui.byTestId('general-title')).toHaveValue(/^GitHub/);
  const folder = join(workDir, 'GitHub');
  host.nextSaveFolder.push(folder);
  await ui.save();
  const saved = readFileSync(join(folder, 'apiDefinition.swagger.json'));
  expect(saved.length).toBeLessThan(1024 * 1024);
  const swagger = JSON.parse(saved.toString('utf8'));
  expect(Object.values(swagger.paths as Record<string, object>).flatMap((item) => Object.keys(item)).filter((key) => key !== 'parameters')).toHaveLength(5);
});

test('cancelling a running import leaves the open project as it was', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  await ui.createConnector('Contoso Tasks');
  const file = join(workDir, 'api.github.com.json');
  copyFileSync(GITHUB, file);
  host.nextOpen.push(file);
  await ui.page.keyboard.press('ControlOrMeta+Shift+o');
  await expect(ui.byTestId('import-progress')).toBeVisible();
  await ui.byTestId('import-cancel').click();
  await expect(ui.byTestId('import-dialog')).toBeHidden();
  await expect(ui.byTestId('general-title')).toHaveValue('Contoso Tasks');
  expect(await studio.handlers.measureSelection(['repos/get'])).toMatchObject({ ok: false, error: { code: 'no-conversion' } });
});
