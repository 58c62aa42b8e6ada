/**
 * The Definition step's forms end to end: an action built with import-from-sample, static and dynamic dropdowns,
 * a webhook trigger and a setheader policy land in the shapes certified connectors use (Calendly, Blackbaud);
 * delete + undo; and Encodian (219 operations) lists every operation and saves a summary edit as a minimal change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Studio } from './harness/fixtures';
import { copyCorpusConnector } from './support/corpus-copy';
import { corpusDir } from '../support/corpus';
import { parseTolerant } from '../../main/core/text/tolerant-json';

type Json = Record<string, any>;
const SWAGGER = 'apiDefinition.swagger.json';
const PROPERTIES = 'apiProperties.json';

function readJson(folder: string, file: string): Json {
  return parseTolerant(readFileSync(join(folder, file), 'utf8')).value as Json;
}

async function save(studio: Studio, folder?: string): Promise<void> {
  if (folder) studio.host.nextSaveFolder.push(folder);
  await studio.ui.byTestId('save').click();
  await expect(studio.ui.byTestId('dirty-indicator')).toHaveCount(0);
}

async function selectOperation(studio: Studio, operationId: string): Promise<void> {
  await studio.ui.byTestId('def-search').fill(operationId);
  await studio.page.locator(`[data-testid="operation-row"][data-operation-id="${operationId}"]`).click();
  await expect(studio.ui.byTestId('op-id')).toHaveValue(operationId);
  await studio.ui.byTestId('def-search').fill('');
}

test('an action from samples, dropdowns, a webhook trigger and a policy save in the wizard shapes', async ({ studio }) => {
  test.setTimeout(150_000);
  const { ui, page } = studio;
  await ui.createConnector('Contoso Widgets');
  await ui.goTo('definition');
  await studio.screenshot('definition-forms-empty');

  // The operation the dynamic dropdown lists its values from.
  await ui.byTestId('new-action').click();
  await ui.retype('op-id', 'ListColors');
  await ui.byTestId('op-visibility').selectOption('internal');
  await ui.retype('op-summary', 'List colors');

  // The action, from a sample request and response.
  await ui.byTestId('new-action').click();
  await ui.retype('op-id', 'UpdateItem');
  await ui.byTestId('import-sample').click();
  const dialog = ui.byTestId('import-sample-dialog');
  await dialog.getByTestId('sample-method').selectOption('put');
  await ui.byTestId('sample-url').fill('https://api.contoso.com/items/42?notify=true&color=red');
  await ui.byTestId('sample-request-headers').fill('X-Tenant: contoso\nContent-Type: application/json');
  await ui.byTestId('sample-request-body').fill('{"name": "Widget", "color": "red", "tags": ["a", "b"], "size": {"width": 3, "height": 4.5}}');
  await ui.byTestId('sample-response-headers').fill('X-RateLimit-Remaining: 99');
  await ui.byTestId('sample-response-body').fill('{"id": 42, "name": "Widget", "created_at": "2024-05-01T10:00:00Z"}');
  await studio.screenshot('definition-forms-import-sample');
  await ui.byTestId('sample-import').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.def-editor-path')).toHaveText('/items/{itemId}');
  await ui.retype('op-summary', 'Update an item');
  await ui.retype('op-description', 'Updates an item and returns it.');

  // Static dropdown on the X-Tenant header: values and display names.
  const tenant = page.locator('[data-testid="param-row"][data-param-name="X-Tenant"]');
  await tenant.getByTestId('param-toggle').click();
  await tenant.getByTestId('dropdown-kind').getByRole('radio', { name: 'Static' }).click();
  await tenant.getByTestId('enum-value').first().fill('contoso');
  await tenant.getByTestId('enum-display').first().fill('Contoso');
  await tenant.getByTestId('enum-add').click();
  await tenant.getByTestId('enum-value').nth(1).fill('fabrikam');
  await tenant.getByTestId('enum-display').nth(1).fill('Fabrikam');
  await tenant.getByTestId('param-toggle').click();

  // Dynamic dropdown on the color query parameter: values from ListColors.
  const color = page.locator('[data-testid="param-row"][data-param-name="color"]');
  await color.getByTestId('param-toggle').click();
  await color.getByTestId('dropdown-kind').getByRole('radio', { name: 'Dynamic (values)' }).click();
  await color.getByTestId('dynamic-operation').selectOption('ListColors');
  await color.getByTestId('dynamic-value-collection').fill('value');
  await color.getByTestId('dynamic-value-path').fill('id');
  await color.getByTestId('dynamic-value-title').fill('name');
  await studio.screenshot('definition-forms-operation-editor');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await studio.screenshot('definition-forms-operation-editor-1920');
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(ui.byTestId('actions-list').getByTestId('operation-row')).toHaveCount(2);
  await studio.screenshot('definition-forms-actions-list');

  // A webhook trigger.
  await ui.byTestId('def-tab-triggers').click();
  await ui.byTestId('new-trigger').click();
  await studio.screenshot('definition-forms-new-trigger');
  await ui.byTestId('trigger-create').click();
  await expect(ui.byTestId('triggers-list').getByTestId('operation-row')).toHaveCount(1);
  await studio.screenshot('definition-forms-triggers-list');

  // A setheader policy for UpdateItem only.
  await ui.byTestId('def-tab-policies').click();
  await ui.byTestId('policy-template').selectOption('setheader');
  await ui.byTestId('policy-title-new').fill('API version header');
  await ui.byTestId('policy-create').click();
  await ui.byTestId('policy-param-name').fill('X-Api-Version');
  await ui.byTestId('policy-param-value').fill('2024-05-01');
  await ui.byTestId('policy-all-operations').uncheck();
  await ui.byTestId('policy-op-UpdateItem').check();
  await studio.screenshot('definition-forms-policies');

  await ui.byTestId('def-tab-references').click();
  await studio.screenshot('definition-forms-references');

  // A finding about a parameter opens its operation and parameter and focuses the field.
  await page.locator('[data-testid="finding"]', { hasText: "parameter 'itemId'" }).first().click();
  await expect(ui.byTestId('op-id')).toHaveValue('UpdateItem');
  const itemId = page.locator('[data-testid="param-row"][data-param-name="itemId"]');
  await expect(itemId.getByTestId('param-description')).toBeFocused();
  await itemId.getByTestId('param-description').fill('The ID of the item to update.');

  const folder = join(studio.workDir, 'contoso');
  await save(studio, folder);
  const swagger = readJson(folder, SWAGGER);
  const properties = readJson(folder, PROPERTIES);
  const calendly = readJson(corpusDir('certified-connectors__Calendly'), SWAGGER);
  const blackbaud = readJson(corpusDir('certified-connectors__Blackbaud-Raiser-s-Edge-NXT-Constituents'), PROPERTIES);

  // The action: request line, parameters, body schema and response from the samples.
  const update = swagger.paths['/items/{itemId}'].put;
  expect(update).toMatchObject({ operationId: 'UpdateItem', summary: 'Update an item', description: 'Updates an item and returns it.' });
  const byName = Object.fromEntries(update.parameters.map((p: Json) => [`${p.in}:${p.name}`, p]));
  expect(Object.keys(byName).sort()).toEqual(['body:body', 'header:X-Tenant', 'path:itemId', 'query:color', 'query:notify']);
  expect(byName['path:itemId']).toMatchObject({ required: true, type: 'integer', 'x-ms-summary': 'Item Id', description: 'The ID of the item to update.' });
  expect(byName['query:notify']).toMatchObject({ type: 'boolean' });
  expect(byName['body:body'].schema.properties.size.properties.height).toMatchObject({ type: 'number', 'x-ms-summary': 'Height' });
  expect(byName['body:body'].schema.properties.tags).toMatchObject({ type: 'array', items: { type: 'string' } });
  // Static dropdown: enum + x-ms-enum-values, the shape of the x-ms-enum-values schema snippet.
  expect(byName['header:X-Tenant'].enum).toEqual(['contoso', 'fabrikam']);
  expect(byName['header:X-Tenant']['x-ms-enum-values']).toEqual([{ value: 'contoso', displayName: 'Contoso' }, { value: 'fabrikam', displayName: 'Fabrikam' }]);
  // Dynamic dropdown: the shape Huddle's certified swagger uses.
  expect(byName['query:color']['x-ms-dynamic-values']).toEqual({ operationId: 'ListColors', 'value-path': 'id', 'value-title': 'name', 'value-collection': 'value' });
  const response = update.responses['200'];
  expect(response.schema.properties.created_at).toMatchObject({ type: 'string', format: 'date-time', 'x-ms-summary': 'Created At' });
  expect(response.headers['X-RateLimit-Remaining']).toEqual({ type: 'string', description: '' });
  expect(swagger.paths['/new-action'].get).toMatchObject({ operationId: 'ListColors', 'x-ms-visibility': 'internal', summary: 'List colors' });

  // The webhook trigger, compared with Calendly's.
  const calendlyItem = calendly.paths['/webhook_subscriptions'];
  const item = swagger.paths['/webhooks'];
  expect(Object.keys(item).sort()).toEqual(Object.keys(calendlyItem).sort());
  expect(item.post['x-ms-trigger']).toBe(calendlyItem.post['x-ms-trigger']);
  const callback = item.post.parameters[0].schema.properties.url;
  const calendlyCallback = calendlyItem.post.parameters[0].schema.properties.url;
  expect(Object.keys(callback).sort()).toEqual(Object.keys(calendlyCallback).sort());
  expect(callback['x-ms-notification-url']).toBe(true);
  expect(callback['x-ms-visibility']).toBe(calendlyCallback['x-ms-visibility']);
  expect(Object.keys(item['x-ms-notification-content']).sort()).toEqual(Object.keys(calendlyItem['x-ms-notification-content']).sort());
  const unsubscribe = swagger.paths['/webhooks/{id}'].delete;
  const calendlyDelete = calendly.paths['/webhook_subscriptions/{uuid}'].delete;
  expect(Object.keys(unsubscribe).sort()).toEqual(Object.keys(calendlyDelete).sort());
  expect(unsubscribe['x-ms-visibility']).toBe('internal');
  expect(Object.keys(unsubscribe.parameters[0]).sort()).toEqual(Object.keys(calendlyDelete.parameters[0]).sort());

  // The policy, compared with a certified setheader instance.
  const policy = properties.properties.policyTemplateInstances[0];
  const certified = blackbaud.properties.policyTemplateInstances.find((p: Json) => p.templateId === 'setheader');
  expect(Object.keys(policy).sort()).toEqual(Object.keys(certified).sort());
  expect(Object.keys(policy.parameters).sort()).toEqual([...Object.keys(certified.parameters), 'x-ms-apimTemplate-operationName'].sort());
  expect(policy.parameters).toMatchObject({
    'x-ms-apimTemplateParameter.name': 'X-Api-Version', 'x-ms-apimTemplateParameter.value': '2024-05-01',
    'x-ms-apimTemplateParameter.existsAction': 'override', 'x-ms-apimTemplate-policySection': 'Request', 'x-ms-apimTemplate-operationName': ['UpdateItem'],
  });

  // Delete an operation, then undo it: one step each.
  await ui.byTestId('def-tab-actions').click();
  await selectOperation(studio, 'ListColors');
  await ui.byTestId('operation-delete').click();
  await expect(page.locator('.toast').last()).toContainText('Deleted ListColors');
  // Actions: UpdateItem, ListColors and the webhook's internal DELETE.
  await expect(ui.byTestId('actions-list').getByTestId('operation-row')).toHaveCount(2);
  await ui.byTestId('undo').click();
  await expect(ui.byTestId('actions-list').getByTestId('operation-row')).toHaveCount(3);
  await expect(ui.byTestId('dirty-indicator')).toHaveCount(0);
});

test('Encodian: all 219 operations listed, a summary edit saves as a minimal change', async ({ studio }) => {
  test.setTimeout(150_000);
  const { ui, page } = studio;
  const folder = copyCorpusConnector('certified-connectors__Encodian', studio.workDir);
  const before = readFileSync(join(folder, SWAGGER), 'utf8');
  studio.host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await expect(ui.byTestId('step-general')).toBeVisible();
  await ui.goTo('definition');
  await expect(ui.byTestId('actions-list').getByTestId('operation-row')).toHaveCount(218);
  await ui.byTestId('def-tab-triggers').click();
  await expect(ui.byTestId('triggers-list').getByTestId('operation-row')).toHaveCount(1);
  await ui.byTestId('def-tab-actions').click();
  await studio.screenshot('definition-forms-encodian');

  const original = readJson(folder, SWAGGER);
  const [path, method] = Object.entries(original.paths as Json).flatMap(([p, item]) => Object.keys(item).filter((m) => m === 'post').map((m) => [p, m]))[5];
  const operation = original.paths[path][method];
  await selectOperation(studio, operation.operationId);
  // One input event for the whole value: the e2e bridge serialises every 1 MB text it hands to main, so typing
  // letter by letter measures the harness, not the app.
  await ui.byTestId('op-summary').fill('Convert a document to PDF format');
  await expect(ui.byTestId('dirty-indicator')).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await studio.screenshot('definition-forms-encodian-editor-1920');
  await save(studio);

  const after = readFileSync(join(folder, SWAGGER), 'utf8');
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const removed = before.slice(start, before.length - end);
  const added = after.slice(start, after.length - end);
  expect(JSON.stringify(operation.summary)).toContain(removed);
  expect(added.length).toBeLessThanOrEqual('Convert a document to PDF format'.length);
  const expected = structuredClone(original);
  expected.paths[path][method].summary = 'Convert a document to PDF format';
  expect(readJson(folder, SWAGGER)).toEqual(expected);
});
