/**
 * `connector-studio icon`: compose an icon from a logo, or check a finished icon against the certification rules.
 *
 *   connector-studio icon --logo <file> --color <#rrggbb> [--white] [--size <px>] --out <icon.png>
 *   connector-studio icon --check <icon.png> --color <#rrggbb> [--independent-publisher]
 *
 * Exit codes: 0 all checks pass, 1 a check fails, 2 an input cannot be read (or the arguments are wrong).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { composeIcon, IconError, measureIcon } from '../core/icon';
import { iconSpecChecks, normaliseHex, reviewBackground, type IconMode, type SpecCheck } from '../core/model/icon';
import { ICON_SIZE, LOGO_BOX, MIN_LOGO_SIZE } from '../core/model/icon/settings';
import type { CliCommand, CliIO } from './io';

const USAGE = `Usage:
  connector-studio icon --logo <file> --color <#rrggbb> [--white] [--size <px>] --out <icon.png>
  connector-studio icon --check <icon.png> --color <#rrggbb> [--independent-publisher]
`;

const FLAGS = new Set(['--white', '--independent-publisher']);
const VALUES = new Set(['--logo', '--color', '--size', '--out', '--check']);

class UsageError extends Error {}

function parse(argv: string[]): Map<string, string | true> {
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (FLAGS.has(arg)) options.set(arg, true);
    else if (VALUES.has(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      options.set(arg, value);
    } else throw new UsageError(`Unknown argument: ${arg}`);
  }
  return options;
}

function printChecks(checks: SpecCheck[], io: CliIO): number {
  for (const c of checks) io.stdout(`${c.pass ? 'PASS' : 'FAIL'} ${c.label}: ${c.reason}\n`);
  return checks.every((c) => c.pass) ? 0 : 1;
}

/** Reads a file named on the command line; a missing or unreadable file is exit code 2 with a plain message. */
async function readInput(path: string, io: CliIO): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(resolve(io.cwd, path)));
  } catch (error) {
    throw new IconError('unreadable', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function colorOption(options: Map<string, string | true>): string {
  const raw = options.get('--color');
  if (typeof raw !== 'string') throw new UsageError('--color <#rrggbb> is required');
  const color = normaliseHex(raw);
  if (!color) throw new UsageError(`--color must be a #rrggbb colour, got "${raw}"`);
  return color;
}

async function compose(options: Map<string, string | true>, io: CliIO): Promise<number> {
  const out = options.get('--out');
  if (typeof out !== 'string') throw new UsageError('--out <icon.png> is required');
  const color = colorOption(options);
  const sizeText = options.get('--size');
  const size = typeof sizeText === 'string' ? Number(sizeText) : LOGO_BOX;
  if (!Number.isInteger(size) || size < MIN_LOGO_SIZE || size > ICON_SIZE) {
    throw new UsageError(`--size must be a whole number of pixels from ${MIN_LOGO_SIZE} to ${ICON_SIZE}`);
  }
  const logo = await readInput(options.get('--logo') as string, io);
  const icon = await composeIcon(logo, { color, size, offsetX: 0, offsetY: 0, white: options.has('--white') });
  try {
    await writeFile(resolve(io.cwd, out), icon);
  } catch (error) {
    io.stderr(`Cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  io.stdout(`Wrote ${out} (${ICON_SIZE}×${ICON_SIZE}, ${(icon.byteLength / 1024).toFixed(1)} KB)\n`);
  const review = reviewBackground(color);
  for (const problem of review.problems) io.stdout(`WARN ${problem.message}\n`);
  if (review.suggestion) io.stdout(`Suggested compliant colour: ${review.suggestion} (--color ${review.suggestion})\n`);
  return printChecks(iconSpecChecks(await measureIcon(icon), color, 'certified'), io);
}

async function check(options: Map<string, string | true>, io: CliIO): Promise<number> {
  const color = colorOption(options);
  const mode: IconMode = options.has('--independent-publisher') ? 'independent-publisher' : 'certified';
  const path = options.get('--check');
  const facts = typeof path === 'string' ? await measureIcon(await readInput(path, io)) : null;
  if (facts?.error) throw new IconError('unreadable', `${path}: ${facts.error}`);
  return printChecks(iconSpecChecks(facts, color, mode), io);
}

export const iconCommand: CliCommand = async (argv, io) => {
  try {
    const options = parse(argv);
    if (options.has('--logo') && options.has('--check')) throw new UsageError('Use either --logo (compose) or --check, not both');
    if (options.has('--logo')) return await compose(options, io);
    if (options.has('--check') || options.has('--independent-publisher')) return await check(options, io);
    throw new UsageError('Give --logo <file> to compose an icon or --check <icon.png> to check one');
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof IconError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
};
