// Entry point of the CLI (`netlens`, bundled as dist/cli.js): runs the command and sets the exit status.

import { runCli } from './cli';

// `netlens lint | head` closes the pipe early; that is not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`netlens: cannot write the output: ${error.message}\n`);
  process.exit(2);
});

process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
