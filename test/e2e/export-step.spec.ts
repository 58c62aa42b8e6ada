/**
 * The Export step end to end: the real renderer over the real handlers (validation worker, gates, zip writer),
 * with scripted save dialogs. Exports a corpus connector and reads the zip back, refuses planted secrets, blocks on
 * validation errors until "Export anyway", and drives the readme editor.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './harness/fixtures';
import { copyCorpusConnector } from './support/corpus-copy';
import { listEntries, openArchive, readEntry } from '../../main/core/package/zip-archive';
import type { Studio } from './harness/fixtures';

const FILES = ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'] as const;
/** An export re-runs the full (deep) validation in a fresh worker first: allow for a loaded machine. */
const EXPORTED = { timeout: 45_000 };

async function zipContents(path: string): Promise<Map<string, string>> {
  const zip = await openArchive(new Uint8Array(readFileSync(path)));
  try {
    const out = new Map<string, string>();
    for (const entry of await listEntries(zip)) out.set(entry.name, Buffer.from(await readEntry(zip, entry, () => {})).toString('utf8'));
    return out;
  } finally {
    zip.close();
  }
}

async function openFolder(studio: Studio, folder: string): Promise<void> {
  studio.host.nextOpen.push(folder);
  await studio.ui.byTestId('welcome-open-folder').click();
  await expect(studio.ui.byTestId('step-general')).toBeVisible();
  await studio.ui.goTo('export');
  await studio.ui.waitForValidation();
}

test('exports a corpus connector as a zip that holds exactly the listed files and opens as the same project', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const folder = copyCorpusConnector('certified-connectors__BulkSMS', workDir);
  await openFolder(studio, folder);
  await expect(ui.byTestId('export-verdict')).toContainText('No errors block certification.');
  await expect(ui.byTestId('check-brand')).toHaveClass(/ok/);
  await expect(ui.byTestId('check-contact')).toHaveClass(/ok/);
  await expect(ui.byTestId('export-kind')).toHaveText('Certified connector');
  await ui.byTestId('export-test-instructions').fill('Create a free BulkSMS trial account at https://www.bulksms.com/.');
  await ui.byTestId('export-test-username').fill('certification@contoso.com');
  await ui.byTestId('export-test-username').blur();
  await expect(ui.byTestId('check-account')).toHaveClass(/ok/);
  await ui.byTestId('step-export').evaluate((element) => element.closest('.step-area')!.scrollTo(0, 0));
  await studio.screenshot('export-01-ready');

  const zipPath = join(workDir, 'BulkSMS.zip');
  host.nextSaveFile.push(zipPath);
  await ui.byTestId('export-zip').click();
  await expect(ui.byTestId('export-result')).toBeVisible(EXPORTED);
  await expect(ui.byTestId('export-result-path')).toHaveText(zipPath);
  const listed = await ui.byTestId('export-result-files').locator('li').allTextContents();
  const contents = await zipContents(zipPath);
  expect([...contents.keys()].sort()).toEqual([...listed].sort());
  expect(listed).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'settings.json', 'submission.md']);
  const sheet = contents.get('submission.md')!;
  expect(sheet).toContain('- Brand colour: #f47920');
  expect(sheet).toContain('- Support contact: BulkSMS Support, support@bulksms.com, https://www.bulksms.com/support/');
  expect(sheet).toContain('Create a free BulkSMS trial account');
  expect(sheet).toContain('certification@contoso.com');
  for (const name of FILES) expect(contents.get(name)).toBe(readFileSync(join(folder, name), 'utf8'));
  await ui.byTestId('export-result').scrollIntoViewIfNeeded();
  await studio.screenshot('export-02-written');

  // Open the zip in the app and save it as a project: the same texts come back.
  host.nextOpen.push(zipPath);
  await studio.emit('menu', { command: 'open-file' });
  await ui.byTestId('unsaved-discard').click();
  await expect(ui.byTestId('project-title')).toContainText('BulkSMS');
  const reopened = join(workDir, 'reopened');
  host.nextSaveFolder.push(reopened);
  await ui.save();
  for (const name of FILES) expect(readFileSync(join(reopened, name), 'utf8'), name).toBe(readFileSync(join(folder, name), 'utf8'));
});

test('planted secrets are refused with their locations, and cannot be overridden', async ({ studio }) => {
  const { ui, host, workDir, page } = studio;
  const folder = copyCorpusConnector('certified-connectors__BulkSMS', workDir);
  const key = 'q8Zr4TfW2mKx9LpV7nBc3HsD6yJe1uGa';
  const clientSecret = 'Zx81kPq0LmN5vB7cR2tY9wQ4';
  const swaggerPath = join(folder, 'apiDefinition.swagger.json');
  const swagger = readFileSync(swaggerPath, 'utf8').replace('"x-ms-summary"', `"x-ms-test-value": "${key}",\n          "x-ms-summary"`);
  writeFileSync(swaggerPath, swagger);
  const propertiesPath = join(folder, 'apiProperties.json');
  const properties = JSON.parse(readFileSync(propertiesPath, 'utf8'));
  properties.properties.connectionParameters.oauth = {
    type: 'oauthSetting',
    oAuthSettings: { identityProvider: 'oauth2', clientId: 'bulksms-app', clientSecret, scopes: [], redirectMode: 'Global' },
  };
  const propertiesText = JSON.stringify(properties, null, 2);
  writeFileSync(propertiesPath, propertiesText);
  await openFolder(studio, folder);

  host.nextSaveFile.push(join(workDir, 'refused.zip'));
  await ui.byTestId('export-zip').click();
  await expect(ui.byTestId('export-blocked')).toBeVisible(EXPORTED);
  const block = ui.byTestId('export-block-secrets');
  await expect(block).toContainText('Secrets can never be exported');
  const keyLine = swagger.slice(0, swagger.indexOf(key)).split('\n').length;
  const secretLine = propertiesText.slice(0, propertiesText.indexOf(clientSecret)).split('\n').length;
  await expect(block.getByTestId('export-location').filter({ hasText: `apiDefinition.swagger.json:${keyLine}:` })).toContainText('A real-looking key in a sample value');
  await expect(block.getByTestId('export-location').filter({ hasText: `apiProperties.json:${secretLine}:` })).toContainText('An OAuth client secret');
  await expect(ui.byTestId('export-anyway')).toHaveCount(0);
  const pageText = await page.locator('body').innerText();
  expect(pageText).not.toContain(key);
  expect(pageText).not.toContain(clientSecret);
  await ui.byTestId('export-blocked').scrollIntoViewIfNeeded();
  await studio.screenshot('export-03-blocked-secrets');

  await block.getByTestId('export-location').filter({ hasText: 'apiProperties.json' }).click();
  await expect(ui.byTestId('step-security')).toBeVisible();
});

test('validation errors block the export until "Export anyway", which the submission sheet records', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const folder = copyCorpusConnector('certified-connectors__Pushcut', workDir);
  await openFolder(studio, folder);
  await expect(ui.byTestId('export-errors').locator('li').first()).toBeVisible();

  host.nextSaveFile.push(join(workDir, 'first.zip'));
  await ui.byTestId('export-zip').click();
  await expect(ui.byTestId('export-blocked')).toBeVisible(EXPORTED);
  const gate = ui.byTestId('export-block-validation-errors');
  await expect(gate).toContainText(/Validation found \d+ errors/);
  await expect(gate.getByTestId('export-location').first()).toContainText(/apiDefinition\.swagger\.json:\d+:\d+/);
  await expect(ui.byTestId('export-anyway')).toBeVisible();
  await ui.byTestId('export-blocked').scrollIntoViewIfNeeded();
  await studio.screenshot('export-04-blocked-errors');

  // The password goes into the sheet only with the explicit opt-in, which warns first.
  await expect(ui.byTestId('export-password')).toHaveCount(0);
  await ui.byTestId('export-include-password').check();
  await expect(ui.byTestId('export-password-warning')).toContainText('anyone who receives the zip can read it');
  await ui.byTestId('export-password').fill('Demo-Pa55word');

  const zipPath = join(workDir, 'anyway.zip');
  host.nextSaveFile.push(zipPath);
  await ui.byTestId('export-anyway').click();
  await expect(ui.byTestId('export-result')).toBeVisible(EXPORTED);
  await expect(ui.byTestId('export-overridden')).toContainText('recorded in submission.md');
  const sheet = (await zipContents(zipPath)).get('submission.md')!;
  expect(sheet).toMatch(/\*\*Exported with errors: overridden by the user on \d{4}-\d{2}-\d{2}\.\*\*/);
  expect(sheet).toContain('connector-metadata');
  expect(sheet).toContain('- Password: `Demo-Pa55word`');
});

test('the readme editor generates from the template, highlights placeholders and previews safely', async ({ studio }) => {
  const { ui, page } = studio;
  await ui.createConnector('Contoso Tasks');
  await ui.goTo('export');
  await expect(ui.byTestId('readme-missing')).toBeVisible();
  await expect(ui.byTestId('check-readme')).toHaveClass(/todo/);

  await ui.byTestId('readme-generate').click();
  await expect(ui.byTestId('readme-text')).toHaveValue(/^# Contoso Tasks\n/);
  const preview = ui.byTestId('readme-preview');
  await expect(preview.locator('h1')).toHaveText('Contoso Tasks');
  await expect(preview.locator('h2', { hasText: 'Obtaining Credentials' })).toBeVisible();
  await expect(preview.locator('mark.md-placeholder').first()).toBeVisible();
  await expect(ui.byTestId('readme-placeholders')).toContainText('still to fill in');
  await expect(ui.byTestId('check-placeholders')).toHaveClass(/todo/);
  await ui.byTestId('readme-editor').scrollIntoViewIfNeeded();
  await studio.screenshot('export-05-readme-generated');

  // Raw HTML is shown as text, links do not navigate, and the validator's section findings show inline.
  await ui.byTestId('readme-text').fill('# Contoso Tasks\n\n<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">\n\n[Contoso](https://contoso.com) **[FILL IN: a description]**\n');
  await expect(preview.locator('code.md-raw-html').first()).toContainText('<script>');
  expect(await preview.locator('script, img, a[href]').count()).toBe(0);
  await expect(preview.locator('.md-link')).toHaveText('Contoso');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(ui.byTestId('readme-editor').getByTestId('inline-findings')).toContainText("missing the required section '## Prerequisites'");
  await expect(ui.byTestId('readme-placeholders')).toContainText('a description');
  await studio.screenshot('export-06-readme-findings');

  // One undo step brings the generated readme back.
  await ui.byTestId('undo').click();
  await expect(ui.byTestId('readme-text')).toHaveValue(/## Supported Operations/);
});

test('an independent publisher writes the pull-request folder, told in the UI that no icon goes out', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const folder = copyCorpusConnector('independent-publisher-connectors__Dad-Jokes', workDir);
  studio.host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await ui.byTestId('kind').getByRole('radio', { name: 'Independent publisher' }).click();
  await ui.goTo('export');
  await ui.waitForValidation();
  await expect(ui.byTestId('export-kind')).toHaveText('Independent publisher connector');
  await expect(ui.byTestId('export-ip-note')).toContainText('no icon');
  await expect(ui.byTestId('check-icon')).toContainText('No icon (independent publisher)');

  const target = join(workDir, 'pr', 'Dad Jokes (Independent Publisher)');
  host.nextSaveFolder.push(target);
  await ui.byTestId('export-folder').click();
  await expect(ui.byTestId('export-result')).toBeVisible(EXPORTED);
  await expect(ui.byTestId('export-result')).toContainText('Pull-request folder written');
  const listed = await ui.byTestId('export-result-files').locator('li').allTextContents();
  expect(listed.sort()).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']);
  for (const name of FILES) expect(readFileSync(join(target, name), 'utf8'), name).toBe(readFileSync(join(folder, name), 'utf8'));
});
