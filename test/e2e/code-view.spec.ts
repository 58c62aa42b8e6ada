/**
 * The Definition step's code view (Monaco) on a real CRLF connector: two-way sync with the forms, one undo history,
 * line endings kept, validator findings as markers, and read-only forms while the swagger does not parse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type Studio } from './harness/fixtures';
import { copyCorpusConnector } from './support/corpus-copy';

const CONNECTOR = 'independent-publisher-connectors__wttr.in';

/** The editor's visible text, as the user sees it (Monaco renders spaces as no-break spaces). */
async function editorText(page: Page): Promise<string> {
  return page.locator('[data-testid="code-editor"] .view-lines').evaluate((el) =>
    [...el.querySelectorAll('.view-line')]
      .map((line) => ({ top: parseFloat((line as HTMLElement).style.top || '0'), text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text)
      .join('\n'),
  );
}

async function openInCodeView(studio: Studio): Promise<{ folder: string; before: string }> {
  const { ui, host, workDir, page } = studio;
  const folder = copyCorpusConnector(CONNECTOR, workDir);
  const before = readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8');
  host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await expect(ui.byTestId('general-title')).toHaveValue('wttr.in');
  await ui.byTestId('nav-definition').click();
  await ui.byTestId('definition-view-swagger').click();
  await expect(page.locator('[data-testid="code-editor"] .view-lines')).toContainText('"swagger"');
  await expect(ui.byTestId('code-eol')).toHaveText('CRLF');
  return { folder, before };
}

/** Puts the caret at the end of a far line with Monaco's Go to Line (Ctrl+G): arrowing down 800 lines is slow. */
async function caretToFarLineEnd(page: Page, line: number): Promise<void> {
  await page.locator('[data-testid="code-editor"] .view-lines').click();
  await page.keyboard.press('Control+g');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await expect(page.getByTestId('code-cursor')).toHaveText(new RegExp(`^Ln ${line}, `));
}

/** Puts the caret on a 1-based line, at the end of it. */
async function caretToLineEnd(page: Page, line: number): Promise<void> {
  await page.locator('[data-testid="code-editor"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.map((line, i) => (line === a[i] ? -1 : i)).filter((i) => i >= 0);
}

test('typing in the Swagger editor updates the forms and saves only that region, keeping CRLF', async ({ studio }) => {
  const { ui, page } = studio;
  const { folder, before } = await openInCodeView(studio);
  await studio.screenshot('code-view-light');

  // Line 4 is `    "title": "wttr.in",`: type before the closing quote.
  await caretToLineEnd(page, 4);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' Weather', { delay: 20 });
  await expect(ui.byTestId('code-cursor')).toHaveText('Ln 4, Col 30');
  expect(await editorText(page)).toContain('"title": "wttr.in Weather",');

  await ui.byTestId('nav-general').click();
  await expect(ui.byTestId('general-title')).toHaveValue('wttr.in Weather');
  await ui.save();

  const after = readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8');
  const changed = changedLines(before, after);
  expect(changed).toEqual([3]);
  expect(after.split('\n')[3]).toBe('    "title": "wttr.in Weather",\r');
  // Every line break is still CRLF: nothing Monaco did not edit was normalised.
  expect(after.match(/\r\n/g)?.length).toBe(before.match(/\r\n/g)?.length);
  expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
});

test('a form edit shows in Monaco with the cursor kept, and Ctrl+Z undoes across forms and code', async ({ studio }) => {
  const { ui, page } = studio;
  const { folder, before } = await openInCodeView(studio);

  // 1. An edit in Monaco.
  await caretToLineEnd(page, 4);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' Weather', { delay: 20 });
  // 2. An edit in the General form.
  await ui.byTestId('nav-general').click();
  await expect(ui.byTestId('general-title')).toHaveValue('wttr.in Weather');
  await ui.retype('general-title', 'wttr.in Forecast');
  // 3. Back in the code view the form's change is there, as a minimal edit.
  await ui.byTestId('nav-definition').click();
  await expect(ui.byTestId('code-view-apiDefinition.swagger.json')).toBeVisible();
  await expect.poll(() => editorText(page)).toContain('"title": "wttr.in Forecast",');
  await caretToLineEnd(page, 10);
  await expect(ui.byTestId('code-cursor')).toHaveText('Ln 10, Col 46');

  // 4. Ctrl+Z in Monaco undoes the FORM edit (one history); the cursor stays where it was.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => editorText(page)).toContain('"title": "wttr.in Weather",');
  await expect(ui.byTestId('code-cursor')).toHaveText('Ln 10, Col 46');
  // ...and then the Monaco edit.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => editorText(page)).toContain('"title": "wttr.in",');
  await page.keyboard.press('ControlOrMeta+y');
  await expect.poll(() => editorText(page)).toContain('"title": "wttr.in Weather",');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(() => editorText(page)).toContain('"title": "wttr.in Forecast",');

  // 5. Vice versa: in the forms, Ctrl+Z undoes the code edits too.
  await ui.byTestId('nav-general').click();
  await expect(ui.byTestId('general-title')).toHaveValue('wttr.in Forecast');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(ui.byTestId('general-title')).toHaveValue('wttr.in Weather');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(ui.byTestId('general-title')).toHaveValue('wttr.in');
  await page.keyboard.press('ControlOrMeta+y');
  await ui.save();
  const after = readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8');
  expect(changedLines(before, after)).toEqual([3]);
  expect(after.split('\n')[3]).toBe('    "title": "wttr.in Weather",\r');
});

test('a bad title typed in the editor becomes a marker and a finding; a syntax error makes the forms read-only', async ({ studio }) => {
  const { ui, page } = studio;
  await openInCodeView(studio);
  await ui.waitForValidation();
  const generalBefore = await ui.stepCount('general').innerText();
  await expect(page.locator('[data-testid="code-editor"] .squiggly-error')).toHaveCount(0);

  // Replace the title value: select `wttr.in` (columns 15..21 of line 4) and type over it.
  await caretToLineEnd(page, 4);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'wttr.in'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('My API Connector for Weather Forecasts', { delay: 10 });
  await expect(page.locator('[data-testid="code-editor"] .squiggly-error').first()).toBeVisible();
  await expect(ui.byTestId('findings-panel')).toContainText("The 'title' value goes over the character limit '30'");
  await expect(ui.byTestId('findings-panel')).toContainText('restricted words');
  await expect(ui.stepCount('general')).not.toHaveText(generalBefore);
  await page.keyboard.press('Escape');
  await studio.screenshot('code-view-markers');

  // A Definition finding clicked while the code view is shown reveals its line: line 35 is the operation's summary.
  await caretToLineEnd(page, 35);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('?');
  const summaryFinding = ui.byTestId('finding').filter({ hasText: 'restricted characters' });
  await expect(summaryFinding).toBeVisible();
  await caretToLineEnd(page, 8);
  await expect(ui.byTestId('code-cursor')).toHaveText(/^Ln 8, /);
  await summaryFinding.click();
  await expect(ui.byTestId('code-cursor')).toHaveText(/^Ln 35, /);
  await expect(page.locator('[data-testid="code-editor"] .squiggly-error')).not.toHaveCount(0);

  // A syntax error: the forms say so and are read-only.
  await caretToLineEnd(page, 2);
  await page.keyboard.type(' oops');
  await ui.byTestId('definition-view-forms').click();
  await expect(ui.byTestId('forms-readonly-banner')).toContainText('The definition has a syntax error at line 2, column');
  await expect(ui.byTestId('forms-readonly-banner')).toContainText('the forms show the last version that parsed and are read-only until it is fixed');
  await expect(ui.byTestId('op-summary')).toBeDisabled();
  // The last version that parsed: it has the '?' typed in the code view before the syntax error.
  await expect(ui.byTestId('op-summary')).toHaveValue('Get weather?');
  await ui.byTestId('forms-readonly-banner').scrollIntoViewIfNeeded();
  await studio.screenshot('code-view-forms-readonly');

  // "Show it" opens the Swagger editor at the error; fixed there (Ctrl+Z), the banner goes away.
  await ui.byTestId('forms-show-syntax-error').click();
  await expect(ui.byTestId('code-cursor')).toHaveText(/^Ln 2, /);
  await page.keyboard.press('ControlOrMeta+z');
  await ui.byTestId('definition-view-forms').click();
  await expect(ui.byTestId('forms-readonly-banner')).toHaveCount(0);
});

test('code view in dark mode, the YAML view, apiProperties.json and script.csx', async ({ studio }) => {
  const { ui, page } = studio;
  await page.emulateMedia({ colorScheme: 'dark' });
  await openInCodeView(studio);
  await studio.screenshot('code-view-dark');

  await ui.byTestId('code-goto-operation').selectOption({ index: 1 });
  await expect(ui.byTestId('code-cursor')).not.toHaveText('Ln 1, Col 1');

  await ui.byTestId('swagger-format-yaml').click();
  await expect(page.locator('[data-testid="code-editor-yaml"] .view-lines')).toContainText('swagger:');
  await studio.screenshot('code-view-yaml-dark');
  await ui.byTestId('swagger-format-json').click();

  await ui.byTestId('definition-view-properties').click();
  await expect(page.locator('[data-testid="code-editor"] .view-lines')).toContainText('"properties"');
  await ui.byTestId('definition-view-script').click();
  await expect(page.locator('[data-testid="code-editor"] .view-lines')).toContainText('class script: ScriptBase');
  await studio.screenshot('code-view-script-dark');

  // A finding of the code step (script.csx) opens the script view at its line.
  await ui.byTestId('definition-view-forms').click();
  await ui.byTestId('finding').filter({ hasText: 'must declare the class' }).click();
  await expect(ui.byTestId('code-view-script.csx')).toBeVisible();
  await expect(ui.byTestId('code-cursor')).toHaveText(/^Ln 1, /);
});

test('while the swagger does not parse, the forms show the last good version read-only and stay browsable', async ({ studio }) => {
  const { ui, page, host, workDir } = studio;
  const folder = copyCorpusConnector('certified-connectors__Calendly', workDir);
  const lines = readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8').split('\n');
  const summaryLine = lines.findIndex((l) => l.includes('"summary": "Get Event Types"')) + 1;
  host.nextOpen.push(folder);
  await ui.byTestId('welcome-open-folder').click();
  await expect(ui.byTestId('step-general')).toBeVisible();
  await ui.goTo('definition');
  const row = (id: string) => page.locator(`[data-testid="operation-row"][data-operation-id="${id}"]`);
  await row('GetEventTypes').click();
  await expect(ui.byTestId('op-summary')).toHaveValue('Get Event Types');

  // In the code view: break line 2, then change the summary further down (still broken).
  await ui.byTestId('definition-view-swagger').click();
  await expect(page.locator('[data-testid="code-editor"] .view-lines')).toContainText('"swagger"');
  await caretToLineEnd(page, 2);
  await page.keyboard.type(' oops');
  await caretToFarLineEnd(page, summaryLine);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' now');

  // The forms: the banner says where and why; they show the last good version, every input disabled.
  await ui.byTestId('definition-view-forms').click();
  const banner = ui.byTestId('forms-readonly-banner');
  await expect(banner).toContainText('The definition has a syntax error at line 2, column 21: an unexpected character');
  await expect(banner).toContainText('the forms show the last version that parsed and are read-only until it is fixed');
  await expect(ui.byTestId('op-summary')).toHaveValue('Get Event Types');
  await expect(ui.byTestId('op-summary')).toBeDisabled();
  await expect(ui.byTestId('op-id')).toBeDisabled();
  await expect(ui.byTestId('operation-delete')).toBeDisabled();
  await expect(ui.byTestId('new-action')).toBeDisabled();
  await studio.screenshot('definition-forms-last-good');
  await page.emulateMedia({ colorScheme: 'dark' });
  await studio.screenshot('definition-forms-last-good-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // ...but browsable: another operation, its parameters, the other lists, the search.
  await row('GetEventType').click();
  await expect(ui.byTestId('op-id')).toHaveValue('GetEventType');
  await expect(ui.byTestId('op-id')).toBeDisabled();
  const param = ui.byTestId('param-row').first();
  await param.getByTestId('param-toggle').click();
  await expect(param.getByTestId('param-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(param.locator('input, select, textarea').first()).toBeDisabled();
  // Nothing moves: rows are not draggable and Alt+arrows do nothing.
  const order = await ui.listedOperations('actions-list');
  await expect(page.locator('.def-reorder').first()).toHaveAttribute('draggable', 'false');
  await row('GetEventType').press('Alt+ArrowUp');
  expect(await ui.listedOperations('actions-list')).toEqual(order);
  await ui.byTestId('def-tab-references').click();
  await ui.byTestId('reference-row').first().click();
  await expect(ui.byTestId('reference-editor')).toBeVisible();
  await ui.byTestId('def-search').fill('Guest');
  await expect(ui.byTestId('reference-row')).toHaveCount(1);
  await ui.byTestId('def-search').fill('');
  await ui.byTestId('def-tab-actions').click();

  // Fixed in the code view: the forms are editable again and show the edit made while it was broken.
  await ui.byTestId('forms-show-syntax-error').click();
  await expect(ui.byTestId('code-cursor')).toHaveText(/^Ln 2, /);
  await page.keyboard.press('End');
  for (let i = 0; i < ' oops'.length; i++) await page.keyboard.press('Backspace');
  await ui.byTestId('definition-view-forms').click();
  await expect(banner).toHaveCount(0);
  await row('GetEventTypes').click();
  await expect(ui.byTestId('op-summary')).toHaveValue('Get Event Types now');
  await expect(ui.byTestId('op-summary')).toBeEnabled();
  await ui.retype('op-summary', 'List event types');
  await expect(row('GetEventTypes')).toContainText('List event types');
});
