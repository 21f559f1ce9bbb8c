// The one failure the CLI reports as "the command itself failed" (exit 2): bad usage or a path it cannot read.

export class CliError extends Error {
  override readonly name = 'CliError';

  /** `hint` is a second line telling the user what to do, such as pointing at `--help`. */
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}
