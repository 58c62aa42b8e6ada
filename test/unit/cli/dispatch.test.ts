import { describe, expect, it } from 'vitest';
import { runCli, usage } from '../../../main/cli';
import type { CliIO } from '../../../main/cli/io';
import { corpusDir } from '../../support/corpus';

function capture(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', cwd: process.cwd(), stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('connector-studio command dispatch', () => {
  it('prints usage for --help and exits 0', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out).toBe(usage());
    expect(io.out).toContain('connector-studio validate');
    expect(io.out).toContain('connector-studio export');
    expect(io.out).toContain('connector-studio icon');
  });

  it('exits 2 with usage when no command is given or the command is unknown', async () => {
    const none = capture();
    expect(await runCli([], none)).toBe(2);
    const unknown = capture();
    expect(await runCli(['publish'], unknown)).toBe(2);
    expect(unknown.err).toContain('Unknown command "publish"');
  });

  it('routes validate to the validator: a clean corpus connector exits 0', async () => {
    const io = capture();
    expect(await runCli(['validate', '--format', 'json', corpusDir('certified-connectors__BulkSMS')], io)).toBe(0);
    expect(JSON.parse(io.out)[0]).toMatchObject({ errors: 0 });
  });
});
