import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import * as icons from 'simple-icons';
import { test, expect } from './harness/fixtures';
import { measureIcon } from '../../main/core/icon';
import { iconSpecChecks } from '../../main/core/model/icon';

async function composeThroughUi(studio: Parameters<Parameters<typeof test>[2]>[0]['studio'], logoPath: string, color: string, shot: string) {
  const { ui, host } = studio;
  await ui.byTestId('open-icon-composer').click();
  host.nextOpen.push(logoPath);
  await ui.byTestId('icon-pick').click();
  const color_ = ui.byTestId('icon-color');
  await color_.fill(color);
  await expect(ui.byTestId('icon-checks')).toBeVisible();
  await expect(ui.byTestId('icon-checks').locator('li[data-pass="false"]')).toHaveCount(0);
  await ui.byTestId('icon-size').fill('150');
  await expect(ui.byTestId('icon-checks')).toHaveAttribute('aria-busy', 'false');
  await studio.screenshot(shot);
  await ui.byTestId('icon-apply').click();
  await expect(ui.byTestId('icon-composer')).toHaveCount(0);
  await expect(ui.byTestId('icon-preview').locator('img')).toBeVisible();
}

test('composes an icon from an SVG logo, saves icon.png and the brand colour, and both pass the spec', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const svg = join(workDir, 'logo.svg');
  writeFileSync(svg, icons.siGithub.svg);
  await ui.createConnector('Contoso Tasks');
  await composeThroughUi(studio, svg, '#24292f', '40-icon-composer-svg');
  await expect(ui.byTestId('general-color')).toHaveValue('#24292f');
  const folder = join(workDir, 'saved');
  host.nextSaveFolder.push(folder);
  await ui.save();
  const icon = readFileSync(join(folder, 'icon.png'));
  const color = JSON.parse(readFileSync(join(folder, 'apiProperties.json'), 'utf8')).properties.iconBrandColor;
  expect(color).toBe('#24292f');
  const checks = iconSpecChecks(await measureIcon(new Uint8Array(icon)), color, 'certified');
  expect(checks.filter((c) => !c.pass)).toEqual([]);
  const sidecar = JSON.parse(readFileSync(join(folder, '.connector-studio.json'), 'utf8'));
  expect(sidecar.icon.settings).toMatchObject({ color: '#24292f', size: 150, white: true });
  expect(sidecar.icon.logo.mediaType).toBe('image/svg+xml');
  // Undo takes the icon, colour and settings back in one step.
  await ui.page.keyboard.press('ControlOrMeta+z');
  await expect(ui.byTestId('icon-preview').locator('img')).toHaveCount(0);
});

test('composes from a PNG logo, suggests colours from it, and warns about a white brand colour', async ({ studio }) => {
  const { ui, host, workDir } = studio;
  const png = join(workDir, 'logo.png');
  await sharp(Buffer.from(icons.siGitlab.svg.replace('<svg ', `<svg fill="#${icons.siGitlab.hex}" `)), { density: 300 }).resize(512, 512).png().toFile(png);
  await ui.createConnector('Contoso Chat');
  await ui.byTestId('open-icon-composer').click();
  host.nextOpen.push(png);
  await ui.byTestId('icon-pick').click();
  await expect(ui.byTestId('icon-suggestions').locator('button')).not.toHaveCount(0);
  await ui.byTestId('icon-color').fill('#ffffff');
  await expect(ui.byTestId('icon-checks').locator('li[data-check="not-white"]')).toHaveAttribute('data-pass', 'false');
  await expect(ui.byTestId('icon-compliant')).toBeVisible();
  await ui.byTestId('icon-compliant').click();
  await expect(ui.byTestId('icon-checks').locator('li[data-pass="false"]')).toHaveCount(0);
  await studio.screenshot('41-icon-composer-png');
  await ui.byTestId('icon-apply').click();
  host.nextSaveFolder.push(join(workDir, 'chat'));
  await ui.save();
  const icon = readFileSync(join(workDir, 'chat', 'icon.png'));
  const color = JSON.parse(readFileSync(join(workDir, 'chat', 'apiProperties.json'), 'utf8')).properties.iconBrandColor;
  expect(iconSpecChecks(await measureIcon(new Uint8Array(icon)), color, 'certified').filter((c) => !c.pass)).toEqual([]);
});
