/**
 * Hostile SVG logos: nothing may read a file or touch the network, and each either renders or is refused
 * with a clear IconError, quickly. Sibling and absolute file references point at a bright green PNG, so a
 * render that loaded one would show green.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeIcon, IconError, inspectIcon, suggestColors } from '../../../main/core/icon';
import { sanitiseSvg } from '../../../main/core/icon/svg-sanitise';
import type { IconSettings } from '../../../main/core/model/icon';
import { pixels, solid, text } from './images';

/** Each hostile case must finish well inside this (a failing test, not a measured timing). */
const TIME_LIMIT = 10_000;
const SETTINGS: IconSettings = { color: '#3c1d6e', size: 160, offsetX: 0, offsetY: 0, white: false };
const svg = (body: string, prolog = '') =>
  text(`${prolog}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">${body}<rect x="40" y="40" width="20" height="20" fill="#000"/></svg>`);

let server: Server;
let port = 0;
let hits = 0;
let folder = '';
let originalCwd = '';

beforeAll(async () => {
  server = createServer((_request, response) => {
    hits++;
    response.end('<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  folder = mkdtempSync(join(tmpdir(), 'icon-hostile-'));
  writeFileSync(join(folder, 'sibling.png'), await solid(100, 100, '#00ff00'));
  writeFileSync(join(folder, 'sibling.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect id="x" width="100" height="100" fill="#00ff00"/></svg>');
  // Relative references resolve against the working directory if anything resolves them at all.
  originalCwd = process.cwd();
  process.chdir(folder);
});

afterAll(async () => {
  process.chdir(originalCwd);
  rmSync(folder, { recursive: true, force: true });
  await new Promise((resolve) => server.close(resolve));
});

async function hasGreen(icon: Uint8Array): Promise<boolean> {
  const { data } = await pixels(icon);
  for (let o = 0; o < data.length; o += 4) if (data[o + 1] > 200 && data[o] < 60 && data[o + 2] < 60) return true;
  return false;
}

const image = (href: string, attribute = 'href') => `<image ${attribute}="${href}" x="0" y="0" width="100" height="100"/>`;

describe('hostile SVG references render without loading anything', () => {
  const cases: [string, () => Uint8Array][] = [
    ['<image href="file:///etc/passwd">', () => svg(image('file:///etc/passwd'))],
    ['<image href> to an absolute file', () => svg(image(`file://${join(folder, 'sibling.png')}`))],
    ['<image href> to a relative sibling file', () => svg(image('sibling.png'))],
    ['<image xlink:href> to a relative sibling file', () => svg(image('sibling.png', 'xlink:href'))],
    ['<use href> into a sibling SVG', () => svg('<use href="sibling.svg#x"/>')],
    ['<image href> to a loopback server', () => svg(image(`http://127.0.0.1:${port}/logo.png`))],
    ['<use href> to a loopback server', () => svg(`<use href="http://127.0.0.1:${port}/x.svg#x"/>`)],
    ['CSS url() and @import to a loopback server', () =>
      svg(`<style>@import url(http://127.0.0.1:${port}/a.css); rect { fill: url(http://127.0.0.1:${port}/p.svg#p) }</style>`)],
    ['xi:include of /etc/passwd', () => svg('<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>')],
    ['<script>', () => svg('<script>while (true) {}</script><script href="http://127.0.0.1:1/x.js"/>')],
  ];

  it.each(cases)('%s', async (_name, make) => {
    const icon = await composeIcon(make(), SETTINGS);
    expect(await hasGreen(icon)).toBe(false);
    expect((await inspectIcon(icon)).borderColor).toBe('#3c1d6e');
    expect(hits).toBe(0);
  }, TIME_LIMIT);

  it('still renders in-document references and data: images', async () => {
    const green = Buffer.from(await solid(10, 10, '#00ff00')).toString('base64');
    const icon = await composeIcon(svg(`<defs><rect id="r" width="50" height="50" fill="#00ff00"/></defs><use href="#r"/>${image(`data:image/png;base64,${green}`)}`), SETTINGS);
    expect(await hasGreen(icon)).toBe(true);
  });
});

describe('hostile XML is refused with a clear message', () => {
  const bomb =
    '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY l0 "lol">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('') +
    ']>';

  it.each<[string, Uint8Array, RegExp]>([
    ['XXE file', svg('<text y="20">&xxe;</text>', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'), /external XML entity \("xxe"\)/],
    ['XXE http', svg('<text>&x;</text>', `<!DOCTYPE svg [<!ENTITY x PUBLIC "-//x" "http://127.0.0.1:${port}/e">]>`), /external XML entity/],
    ['parameter entity', svg('', `<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://127.0.0.1:${port}/p.dtd"> %p;]>`), /external XML entity/],
    ['billion laughs', svg('<text y="20">&l9;</text>', bomb), /entity bomb/],
    ['a nested entity behind a ">" in its value', svg('<text>&a;</text>', '<!DOCTYPE svg [<!ENTITY b "lol"><!ENTITY a ">&b;&b;">]>'), /entity bomb/],
    ['an external entity hidden after a "]>" value', svg('<text>&x;</text>', '<!DOCTYPE svg [<!ENTITY a "]>"><!ENTITY x SYSTEM "file:///etc/passwd">]>'), /external XML entity \("x"\)/],
  ])('%s', async (_name, bytes, message) => {
    const error = await composeIcon(bytes, SETTINGS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IconError);
    expect((error as IconError).code).toBe('svg-entities');
    expect((error as IconError).message).toMatch(message);
    expect((await inspectIcon(bytes)).error).toMatch(message);
    await expect(suggestColors(bytes)).rejects.toBeInstanceOf(IconError);
    expect(hits).toBe(0);
  }, TIME_LIMIT);

  it('keeps plain internal entities (old Illustrator exports declare namespaces that way)', async () => {
    const illustrator = text(
      '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [' +
        '<!ENTITY ns_svg "http://www.w3.org/2000/svg"><!ENTITY fill "#000000">]>' +
        '<svg xmlns="&ns_svg;" width="100" height="100"><rect x="10" y="10" width="80" height="80" fill="&fill;"/></svg>',
    );
    const icon = await composeIcon(illustrator, SETTINGS);
    expect((await pixels(icon)).at(115, 115)).toEqual([0, 0, 0, 255]);
    expect(hits).toBe(0);
  });
});

describe('sanitiseSvg', () => {
  it('drops external hrefs, url() targets, @import and scripts, and keeps everything else byte for byte', () => {
    const input = `<svg><script>x</script><image href="a.png" xlink:href='file:///x'/><use href="#k"/><style>@import url(http://h/a.css); a{fill:url(http://h/p#p)}</style><rect fill="url(#g)"/><text>é</text></svg>`;
    const out = sanitiseSvg(Buffer.from(input, 'latin1')).toString('latin1');
    expect(out).toBe('<svg><image/><use href="#k"/><style> a{fill:none}</style><rect fill="url(#g)"/><text>é</text></svg>');
  });
});
