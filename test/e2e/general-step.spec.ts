import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './harness/fixtures';
import { copyCorpusConnector } from './support/corpus-copy';

test('editing the title in the General step changes only that line of the saved swagger', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const folder = copyCorpusConnector('certified-connectors__BulkSMS', workDir);
  const swaggerPath = join(folder, 'apiDefinition.swagger.json');
  const before = readFileSync(swaggerPath, 'utf8');

  host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await expect(ui.byTestId('general-title')).toHaveValue('BulkSMS');
  await ui.retype('general-title', 'BulkSMS Messaging');
  await expect(ui.byTestId('dirty-indicator')).toBeVisible();
  await ui.save();
  await expect(ui.byTestId('dirty-indicator')).toHaveCount(0);

  const after = readFileSync(swaggerPath, 'utf8');
  const beforeLines = before.split('\n');
  const afterLines = after.split('\n');
  expect(afterLines.length).toBe(beforeLines.length);
  const changed = afterLines.map((line, i) => (line === beforeLines[i] ? -1 : i)).filter((i) => i >= 0);
  expect(changed).toHaveLength(1);
  expect(afterLines[changed[0]]).toContain('"title": "BulkSMS Messaging"');
  expect(beforeLines[changed[0]]).toContain('"title": "BulkSMS"');
});

test('a new connector walks through every step, with a screenshot of each', async ({ studio }) => {
  const { ui } = studio;
  await studio.screenshot('00-welcome');
  await ui.createConnector('Contoso Tasks');
  await ui.waitForValidation();
  await studio.screenshot('01-general');
  for (const [index, step] of (['security', 'definition', 'test', 'export'] as const).entries()) {
    await ui.goTo(step);
    await studio.screenshot(`0${index + 2}-${step}`);
  }
});
