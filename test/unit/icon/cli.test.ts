import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iconCommand } from '../../../main/cli/icon';
import type { CliIO } from '../../../main/cli/io';
import { measureIcon } from '../../../main/core/icon';
import { solid, squareSvg } from './images';

let cwd = '';

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'icon-cli-'));
  writeFileSync(join(cwd, 'logo.svg'), squareSvg('#000000'));
  writeFileSync(join(cwd, 'transparent.png'), await solid(230, 230, '#3c1d6e', 'png', 0.5));
  writeFileSync(join(cwd, 'notes.png'), 'not an image');
});

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd };
  const code = await iconCommand(argv, io);
  return { code, stdout, stderr, lines: stdout.trim().split('\n') };
}

describe('connector-studio icon (compose)', () => {
  it('writes a passing icon and prints each check', async () => {
    const result = await run('--logo', 'logo.svg', '--color', '#3C1D6E', '--white', '--out', 'icon.png');
    expect(result.code).toBe(0);
    expect(result.lines[0]).toMatch(/^Wrote icon\.png \(230×230, [\d.]+ KB\)$/);
    expect(result.lines.slice(1)).toEqual([
      'PASS 230×230 PNG: PNG 230×230',
      'PASS No transparency: Every pixel is opaque',
      'PASS Background not white or near-white: #3c1d6e is a colour',
      'PASS Background not the default #007ee5 or near it: #3c1d6e is distinct from #007ee5',
      'PASS Brand colour equals the icon background: Border #3c1d6e, brand colour #3c1d6e',
      expect.stringMatching(/^PASS Logo within the ~160 px box: logo 1[56]\d×1[56]\d px at \(3\d, 3\d\)$/),
      expect.stringMatching(/^PASS File under 1 MB: [\d.]+ KB$/),
    ]);
    const facts = await measureIcon(new Uint8Array(readFileSync(join(cwd, 'icon.png'))));
    expect(facts).toMatchObject({ width: 230, height: 230, borderColor: '#3c1d6e' });
  });

  it('honours --size', async () => {
    expect((await run('--logo', 'logo.svg', '--color', '#3c1d6e', '--size', '100', '--out', 'small.png')).code).toBe(0);
    const facts = await measureIcon(new Uint8Array(readFileSync(join(cwd, 'small.png'))));
    expect(facts.logoBox!.width).toBeLessThanOrEqual(100);
  });

  it('warns about a white brand colour, suggests a compliant one and exits 1', async () => {
    const result = await run('--logo', 'logo.svg', '--color', '#ffffff', '--out', 'white.png');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('WARN The background must not be white (#ffffff)\n');
    expect(result.stdout).toContain('Suggested compliant colour: #949494 (--color #949494)\n');
    expect(result.stdout).toContain('FAIL Background not white or near-white: The background must not be white (#ffffff)\n');
    expect((await run('--logo', 'logo.svg', '--color', '#949494', '--white', '--out', 'grey.png')).code).toBe(0);
  });

  it('exits 2 for an unreadable logo, a missing file and bad arguments', async () => {
    const fake = await run('--logo', 'notes.png', '--color', '#3c1d6e', '--out', 'x.png');
    expect(fake).toMatchObject({ code: 2, stderr: 'The logo is not a PNG, JPEG, WebP or SVG image\n' });
    const missing = await run('--logo', 'nope.svg', '--color', '#3c1d6e', '--out', 'x.png');
    expect(missing).toMatchObject({ code: 2, stderr: 'Cannot read nope.svg: ENOENT\n' });
    const badColor = await run('--logo', 'logo.svg', '--color', 'blue', '--out', 'x.png');
    expect(badColor.code).toBe(2);
    expect(badColor.stderr).toMatch(/^--color must be a #rrggbb colour, got "blue"\nUsage:/);
    expect((await run('--logo', 'logo.svg', '--color', '#3c1d6e', '--size', '9000', '--out', 'x.png')).code).toBe(2);
    expect((await run('--frobnicate')).stderr).toMatch(/^Unknown argument: --frobnicate/);
    expect((await run()).code).toBe(2);
  });
});

describe('connector-studio icon --check', () => {
  it('passes a composed icon', async () => {
    await run('--logo', 'logo.svg', '--color', '#3c1d6e', '--white', '--out', 'checked.png');
    const result = await run('--check', 'checked.png', '--color', '#3c1d6e');
    expect(result.code).toBe(0);
    expect(result.lines).toHaveLength(7);
    expect(result.lines.every((l) => l.startsWith('PASS '))).toBe(true);
  });

  it('prints FAIL lines with reasons and exits 1', async () => {
    const result = await run('--check', 'transparent.png', '--color', '#007ee5');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('FAIL No transparency: Some pixels are transparent\n');
    expect(result.stdout).toContain("FAIL Background not the default #007ee5 or near it: The background must not be the wizard's default colour #007ee5\n");
    expect(result.stdout).toContain('FAIL Brand colour equals the icon background: The 1 px border is not one uniform opaque colour\n');
  });

  it('checks the independent-publisher rules', async () => {
    const withIcon = await run('--check', 'checked.png', '--color', '#da3b01', '--independent-publisher');
    expect(withIcon.code).toBe(1);
    expect(withIcon.lines).toEqual([
      'PASS Brand colour is #da3b01: Independent-publisher connectors use #da3b01; this one is #da3b01',
      'FAIL No icon submitted: Independent-publisher connectors must not submit an icon: leave icon.png out of the package',
    ]);
    expect((await run('--color', '#da3b01', '--independent-publisher')).code).toBe(0);
  });

  it('exits 2 when the icon cannot be read', async () => {
    const result = await run('--check', 'notes.png', '--color', '#3c1d6e');
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'notes.png: The icon is not a PNG, JPEG, WebP or SVG image\n' });
  });
});
