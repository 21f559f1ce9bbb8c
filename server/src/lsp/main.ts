// Entry point of the language server: stdio (`--stdio`, for any editor), IPC or sockets, as vscode-languageserver chooses.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { consoleToStderr, FramedReader, FramedWriter } from './stdio';

if (process.argv.includes('--version')) {
  process.stdout.write('netlens-language-server 0.1.0\n');
  process.exit(0);
}
// Standalone use defaults to stdio, so `netlens-language-server` works with no flags at all.
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
if (process.argv.includes('--stdio')) {
  consoleToStderr();
  const connection = createConnection(ProposedFeatures.all, new FramedReader(process.stdin), new FramedWriter(process.stdout));
  // When the client closes stdin the server ends, with 0 after a shutdown request and 1 without, as
  // vscode-languageserver does when it opens stdin itself. (Its shutdown handler calls this one; the server
  // registers none of its own.)
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const end = (): never => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  startServer(connection);
} else {
  startServer(createConnection(ProposedFeatures.all));
}
