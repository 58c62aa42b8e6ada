/**
 * connector-studio: the headless entry over the same core as the app (validate, export, icon). For pipelines and
 * people who prefer a terminal; no login, no network.
 */
import { processIO, type CliCommand, type CliIO } from './cli/io';
import { validateCommand } from './cli/validate';
import { exportCommand } from './cli/export';
import { iconCommand } from './cli/icon';

const COMMANDS: Record<string, { run: CliCommand; summary: string }> = {
  validate: { run: validateCommand, summary: 'validate <path>... [--format text|json|sarif] [--previous <path>] [--kind certified|independent-publisher|custom]' },
  export: { run: exportCommand, summary: 'export <path> --out <file.zip> [--pr-folder <dir>] [--allow-errors] [--kind ...]' },
  icon: { run: iconCommand, summary: 'icon --logo <file> --color <#rrggbb> [--white] [--size <px>] --out <icon.png>  |  icon --check <icon.png> --color <#rrggbb>' },
};

export function usage(): string {
  return ['Usage: connector-studio <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  connector-studio ${c.summary}`), ''].join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command "${name}".\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`connector-studio ${name}: ${(error as Error).message}\n`);
    return 2;
  }
}

if (require.main === module) {
  // `connector-studio validate … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void runCli(process.argv.slice(2), processIO).then((code) => {
    process.exitCode = code;
  });
}
