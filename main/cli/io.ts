/** What a CLI command gets to talk to the world: injected so tests run commands in-process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** A command returns its exit code: 0 ok, 1 the check failed / a gate blocked, 2 an input could not be read. */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};
