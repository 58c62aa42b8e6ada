import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './harness/fixtures';
import { copyCorpusConnector } from './support/corpus-copy';

test('a bad title is reported in the field, the panel and the step count; clicking the finding focuses the field', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  host.nextOpen.push(copyCorpusConnector('certified-connectors__Calendly', workDir));
  await ui.byTestId('welcome-open-folder').click();
  await ui.waitForValidation();
  await expect(ui.stepCount('general')).toHaveText('');
  await ui.retype('general-title', 'Calendly API Connector for Scheduling');
  const panel = ui.byTestId('findings-panel');
  await expect(panel).toContainText("The 'title' value goes over the character limit '30'");
  await expect(panel).toContainText('restricted words');
  await expect(ui.stepCount('general')).toContainText('2');
  await expect(ui.byTestId('readiness')).toContainText('errors block certification');
  await studio.screenshot('30-validation-title');
  await ui.byTestId('general-description').click();
  await panel.getByTestId('finding').filter({ hasText: 'character limit' }).click();
  await expect(ui.byTestId('general-title')).toBeFocused();
  await ui.retype('general-title', 'Calendly');
  await expect(panel).not.toContainText('character limit');
  await expect(ui.stepCount('general')).toHaveText('');
});

test('a quick fix repairs the host in one step and undo restores it', async ({ studio }) => {
  const { ui } = studio;
  await ui.createConnector('Contoso Tasks');
  await ui.retype('general-host', 'https://api.contoso.com');
  const fix = ui.byTestId('step-general').getByTestId('quick-fix').filter({ hasText: 'Set the host to api.contoso.com' });
  await expect(fix).toBeVisible();
  await studio.screenshot('31-quick-fix');
  await fix.click();
  await expect(ui.byTestId('general-host')).toHaveValue('api.contoso.com');
  await ui.page.keyboard.press('ControlOrMeta+z');
  await expect(ui.byTestId('general-host')).toHaveValue('https://api.contoso.com');
  await ui.page.keyboard.press('ControlOrMeta+y');
  await expect(ui.byTestId('general-host')).toHaveValue('api.contoso.com');
});

test('attaching the previous version reports breaking changes in Microsoft\'s wording', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const previous = copyCorpusConnector('certified-connectors__Calendly', workDir);
  const current = join(workDir, 'current');
  cpSync(previous, current, { recursive: true });
  const swaggerFile = join(current, 'apiDefinition.swagger.json');
  const swagger = JSON.parse(readFileSync(swaggerFile, 'utf8'));
  delete swagger.paths['/event_types/{uuid}'];
  writeFileSync(swaggerFile, JSON.stringify(swagger, null, 2));
  host.nextOpen.push(current);
  await ui.byTestId('welcome-open-folder').click();
  await ui.waitForValidation();
  host.nextOpen.push(previous);
  await ui.byTestId('previous-attach-folder').click();
  await expect(ui.byTestId('findings-panel')).toContainText('The operation has been deleted. This change breaks existing flows.');
  await expect(ui.byTestId('findings-panel')).toContainText('operation/GetEventType');
  await studio.screenshot('32-breaking-changes');
});
