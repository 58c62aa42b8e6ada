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
  // At 1280x800 with the findings open, every tab label is whole and the editor keeps a usable width.
  const cut = await page.locator('.def-tabs button').evaluateAll((tabs) => tabs.filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.textContent));
  expect(cut).toEqual([]);
  expect((await ui.byTestId('operation-editor').boundingBox())!.width).toBeGreaterThan(460);
  // Collapsed to a rail, the findings leave the editor most of the width; the choice is remembered.
  await ui.byTestId('findings-collapse').click();
  await expect(ui.byTestId('findings-expand')).toContainText('Findings');
  expect((await ui.byTestId('operation-editor').boundingBox())!.width).toBeGreaterThan(700);
  await studio.screenshot('definition-forms-operation-editor-rail');
  await page.emulateMedia({ colorScheme: 'dark' });
  await studio.screenshot('definition-forms-operation-editor-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await ui.byTestId('findings-expand').click();
  await expect(ui.byTestId('findings-collapse')).toBeVisible();
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
  // The screenshot shows the findings of the largest connector, not the panel still checking it.
  await expect(ui.byTestId('readiness')).not.toHaveText('Checking…', { timeout: 30_000 });
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

test('reorder by drag and drop and Alt+arrows: one member moves in the text, one undo step each', async ({ studio }) => {
  test.setTimeout(120_000);
  const { ui, page } = studio;
  const folder = copyCorpusConnector('certified-connectors__Calendly', studio.workDir);
  const before = readFileSync(join(folder, SWAGGER), 'utf8');
  const propertiesBefore = readFileSync(join(folder, PROPERTIES), 'utf8');
  studio.host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await expect(ui.byTestId('step-general')).toBeVisible();
  await ui.goTo('definition');
  const order = ['DeleteTrigger', 'CurrentUserInfo', 'GetEventTypes', 'CreateInviteeNoShow', 'GetEventType', 'DeleteInviteeNoShow'];
  await expect.poll(() => ui.listedOperations('actions-list')).toEqual(order);
  const row = (id: string) => page.locator(`[data-testid="operation-row"][data-operation-id="${id}"]`);

  // Drag GetEventType by mouse onto the top half of CurrentUserInfo: a line shows where it lands.
  const from = (await row('GetEventType').boundingBox())!;
  const to = (await row('CurrentUserInfo').boundingBox())!;
  await page.mouse.move(from.x + 40, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + from.height / 2 - 12, { steps: 3 });
  await page.mouse.move(to.x + 40, to.y + 6, { steps: 8 });
  await expect(page.locator('li.drop-before [data-operation-id="CurrentUserInfo"]')).toHaveCount(1);
  await studio.screenshot('definition-forms-drag-operation');
  await page.mouse.up();
  await expect.poll(() => ui.listedOperations('actions-list')).toEqual(['DeleteTrigger', 'GetEventType', 'CurrentUserInfo', 'GetEventTypes', 'CreateInviteeNoShow', 'DeleteInviteeNoShow']);
  await expect(page.locator('.def-reorder.drop-before, .def-reorder.drop-after')).toHaveCount(0);

  // Saved: the path item moved in `paths`, every line is the same, nothing else changed.
  await save(studio);
  const moved = readFileSync(join(folder, SWAGGER), 'utf8');
  expect(Object.keys(readJson(folder, SWAGGER).paths)).toEqual([
    '/webhook_subscriptions', '/webhook_subscriptions/routing_form_submission', '/webhook_subscriptions/{uuid}', '/event_types/{uuid}',
    '/users/me', '/event_types', '/invitee_no_shows', '/invitee_no_shows/{uuid}',
  ]);
  expect(moved.split('\n').sort()).toEqual(before.split('\n').sort());
  expect(readJson(folder, SWAGGER)).toEqual(parseTolerant(before).value);

  // One undo step restores the order, byte for byte.
  await ui.byTestId('undo').click();
  await expect.poll(() => ui.listedOperations('actions-list')).toEqual(order);
  await save(studio);
  expect(readFileSync(join(folder, SWAGGER), 'utf8')).toBe(before);

  // The keyboard way: Alt+ArrowDown on a focused row; focus stays on it, so it can go on moving.
  await row('CurrentUserInfo').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => ui.listedOperations('actions-list')).toEqual(['DeleteTrigger', 'GetEventTypes', 'CurrentUserInfo', 'CreateInviteeNoShow', 'GetEventType', 'DeleteInviteeNoShow']);
  await expect(row('CurrentUserInfo')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => ui.listedOperations('actions-list')).toEqual(order);

  // References: Reconfirmation dragged before ScheduledEvent (a drop into another group is refused).
  await ui.byTestId('def-tab-references').click();
  const definitions = ui.byTestId('references-definitions').getByTestId('reference-row');
  await expect(definitions.first()).toHaveAttribute('data-name', 'ScheduledEvent');
  await definitions.filter({ hasText: 'Reconfirmation' }).dragTo(definitions.first(), { targetPosition: { x: 30, y: 4 } });
  await expect(definitions.first()).toHaveAttribute('data-name', 'Reconfirmation');
  await studio.screenshot('definition-forms-references-reordered');

  // Policies: the last one moved up with Alt+ArrowUp; the selection follows it.
  await ui.byTestId('def-tab-policies').click();
  const policies = ui.byTestId('policy-row');
  await expect(policies).toHaveCount(3);
  await policies.nth(2).click();
  const title = await ui.byTestId('policy-title').inputValue();
  await policies.nth(2).press('Alt+ArrowUp');
  await expect(policies.nth(1)).toHaveClass(/active/);
  await expect(policies.nth(1)).toBeFocused();
  await expect(ui.byTestId('policy-title')).toHaveValue(title);
  await studio.screenshot('definition-forms-policies-reordered');

  await save(studio);
  expect(Object.keys(readJson(folder, SWAGGER).definitions)).toEqual(['Reconfirmation', 'ScheduledEvent', 'Cancellation', 'Guest', 'Location', 'LegacyCalendarEvent', 'Payment', 'NoShow', 'EventType']);
  const templates = (json: Json) => json.properties.policyTemplateInstances.map((p: Json) => p.templateId);
  expect(templates(readJson(folder, PROPERTIES))).toEqual(['setheader', 'setheader', 'routerequesttoendpoint']);
  expect(readFileSync(join(folder, PROPERTIES), 'utf8').split('\n').sort()).toEqual(propertiesBefore.split('\n').sort());
});
