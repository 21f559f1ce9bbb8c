// Entry point of the language server: stdio (`--stdio`, for any editor), IPC or sockets, as vscode-languageserver chooses.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write('netlens-language-server 0.1.0\n');
  process.exit(0);
}
// Standalone use defaults to stdio, so `netlens-language-server` works with no flags at all.
if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
startServer(createConnection(ProposedFeatures.all));
