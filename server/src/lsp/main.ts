// Entry point of the language server: stdio (`--stdio`, for any editor), IPC or sockets, as vscode-languageserver chooses.

import { createConnection, ProposedFeatures, type MessageWriter } from 'vscode-languageserver/node';
import { startServer } from './server';
import { consoleToStderr, FramedWriter } from './stdio';

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
  // stdin stays a stream, so vscode-languageserver still ends the server when the client closes it. It tells a
  // stream from a MessageWriter at run time, side by side; its typings only offer two streams or reader and writer.
  const writer: MessageWriter = new FramedWriter(process.stdout);
  startServer(createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream));
} else {
  startServer(createConnection(ProposedFeatures.all));
}
