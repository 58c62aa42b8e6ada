import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './harness/fixtures';
import { copyCorpusConnector } from './support/corpus-copy';
import { connectorWithBrokenPortalPackage, portalPackageOnly } from '../support/portal-zips';

test('undo and redo a form edit with the keyboard and the toolbar', async ({ studio }) => {
  const { ui } = studio;
  await ui.createConnector('Contoso Tasks');
  await ui.retype('general-title', 'Fabrikam');
  await expect(ui.byTestId('general-title')).toHaveValue('Fabrikam');
  await ui.page.keyboard.press('ControlOrMeta+z');
  await expect(ui.byTestId('general-title')).toHaveValue('Contoso Tasks');
  await ui.byTestId('redo').click();
  await expect(ui.byTestId('general-title')).toHaveValue('Fabrikam');
  await ui.page.keyboard.press('ControlOrMeta+PageDown');
  await expect(ui.byTestId('step-security')).toBeVisible();
  await ui.page.keyboard.press('ControlOrMeta+PageUp');
  await expect(ui.byTestId('step-general')).toBeVisible();
});

test('opening another project asks about unsaved changes first', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const other = copyCorpusConnector('certified-connectors__Calendly', workDir);
  await ui.createConnector('Contoso Tasks');
  await ui.retype('general-host', 'api.fabrikam.com');
  host.nextOpen.push(other);
  await ui.page.keyboard.press('ControlOrMeta+o');
  await expect(ui.byTestId('unsaved-dialog')).toBeVisible();
  await studio.screenshot('10-unsaved-changes');
  await ui.byTestId('unsaved-cancel').click();
  await expect(ui.byTestId('general-host')).toHaveValue('api.fabrikam.com');
  await ui.page.keyboard.press('ControlOrMeta+o');
  await ui.byTestId('unsaved-discard').click();
  await expect(ui.byTestId('general-title')).toHaveValue('Calendly');
});

test('closing the window with unsaved work asks, and Save writes the project first', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  await ui.createConnector('Contoso Tasks');
  await ui.retype('general-description', 'Create, update and complete tasks in Contoso Tasks from your flows.');
  host.nextSaveFolder.push(join(workDir, 'Contoso Tasks'));
  await studio.emit('close-requested', {});
  await ui.byTestId('unsaved-save').click();
  await expect.poll(() => host.closeAllowed).toBe(1);
  const saved = JSON.parse(readFileSync(join(workDir, 'Contoso Tasks', 'apiDefinition.swagger.json'), 'utf8'));
  expect(saved.info.description).toBe('Create, update and complete tasks in Contoso Tasks from your flows.');
});

test('unsaved work is backed up and offered back after a crash', async ({ studio, page, appUrl }) => {
  const { ui, workDir, host } = studio;
  const folder = copyCorpusConnector('certified-connectors__BulkSMS', workDir);
  host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await ui.retype('general-title', 'BulkSMS Recovered');
  await expect.poll(async () => (await studio.handlers.listBackups()).length, { timeout: 5000 }).toBe(1);
  // The window dies without saving; a new one starts.
  await page.goto(appUrl);
  await expect(ui.byTestId('recovery')).toBeVisible();
  await studio.screenshot('11-recovery');
  await ui.byTestId('restore-backup').click();
  await expect(ui.byTestId('general-title')).toHaveValue('BulkSMS Recovered');
  await expect(ui.byTestId('dirty-indicator')).toBeVisible();
  await ui.save();
  expect(JSON.parse(readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8')).info.title).toBe('BulkSMS Recovered');
  expect(await studio.handlers.listBackups()).toEqual([]);
});

test('a file changed by another program is noticed and can be reloaded', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const folder = copyCorpusConnector('certified-connectors__BulkSMS', workDir);
  host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await expect(ui.byTestId('general-title')).toHaveValue('BulkSMS');
  const file = join(folder, 'apiDefinition.swagger.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"title": "BulkSMS"', '"title": "BulkSMS Edited"'));
  await expect(ui.byTestId('external-change')).toBeVisible();
  await studio.screenshot('12-external-change');
  await ui.byTestId('external-reload').click();
  await expect(ui.byTestId('general-title')).toHaveValue('BulkSMS Edited');
});

test('dropping a connector folder on the window opens it', async ({ studio }) => {
  const { ui, workDir, page } = studio;
  const folder = copyCorpusConnector('certified-connectors__Calendly', workDir);
  const dataTransfer = await page.evaluateHandle((path) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([''], path));
    return transfer;
  }, folder);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(ui.byTestId('drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(ui.byTestId('general-title')).toHaveValue('Calendly');
});

test('a connector with broken JSON opens and says where it is broken', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const folder = copyCorpusConnector('certified-connectors__IN-D-Invoice-Data-Capture', workDir);
  host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await expect(ui.byTestId('load-notices')).toContainText("apiDefinition.swagger.json:");
  await expect(ui.byTestId('load-notices')).toContainText("Missing ','");
  await studio.screenshot('13-load-notices');
});

test('a file that is not a connector package gets a clear error and nothing is lost', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const bad = join(workDir, 'package.zip');
  writeFileSync(bad, 'this is not a zip');
  await ui.createConnector('Contoso Tasks');
  host.nextSaveFolder.push(join(workDir, 'saved'));
  await ui.byTestId('save').click();
  host.nextOpen.push(bad);
  await expect(ui.byTestId('toast-success').last()).toContainText('Saved to');
  await ui.page.keyboard.press('ControlOrMeta+Shift+o');
  await expect(ui.byTestId('toast-error')).toContainText('zip');
  await expect(ui.byTestId('general-title')).toHaveValue('Contoso Tasks');
});

test('a zip holding a portal package is checked as one until the project is saved as a folder', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const bundle = join(workDir, 'BulkSMS submission.zip');
  writeFileSync(bundle, await connectorWithBrokenPortalPackage('certified-connectors__BulkSMS'));
  host.nextOpen.push(bundle);
  await ui.byTestId('welcome-open-file').click();
  await expect(ui.byTestId('general-title')).toHaveValue('BulkSMS');
  await ui.waitForValidation();
  const panel = ui.byTestId('findings-panel');
  const finding = panel.getByTestId('finding').filter({ hasText: "should contain a folder ideally named 'PkgAssets'" });
  await expect(finding).toContainText('portal-package');
  await expect(ui.stepCount('export')).not.toHaveText('');
  await expect(ui.byTestId('readiness')).toContainText('errors block certification');
  await studio.screenshot('14-portal-package-finding');
  await finding.click();
  await expect(ui.byTestId('step-export')).toBeVisible();
  await studio.screenshot('16-portal-package-export-step');
  // Saved as a folder, the zip is no longer the project's source: its structure is not checked any more.
  host.nextSaveFolder.push(join(workDir, 'BulkSMS'));
  await ui.save();
  await expect(panel).not.toContainText('portal-package');
});

test('a portal package with no connector files says what it is and what to open instead', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const portal = join(workDir, 'Contoso portal.zip');
  writeFileSync(portal, await portalPackageOnly());
  host.nextOpen.push(portal);
  await ui.byTestId('welcome-open-file').click();
  const error = ui.byTestId('toast-error');
  await expect(error).toContainText('Contoso portal.zip is a portal package');
  await expect(error).toContainText("Open the connector's folder, its apiDefinition.swagger.json");
  await expect(ui.byTestId('welcome-open-file')).toBeVisible();
  await studio.screenshot('15-portal-package-refused');
});

test('layouts: 1920x1080 and dark mode', async ({ studio, page }) => {
  const { ui, host, workDir } = studio;
  host.nextOpen.push(copyCorpusConnector('certified-connectors__Calendly', workDir));
  await ui.byTestId('welcome-open-folder').click();
  await ui.waitForValidation();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await studio.screenshot('20-general-1920');
  await page.emulateMedia({ colorScheme: 'dark' });
  await studio.screenshot('21-general-dark');
  await ui.goTo('definition');
  await studio.screenshot('22-definition-dark');
});
