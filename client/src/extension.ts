// The VS Code client: start the bundled language server and get out of the way. All logic lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('NetLens', { log: true });
  context.subscriptions.push(outputChannel);

  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'dockercompose' },
      { scheme: 'untitled', language: 'yaml' },
      { scheme: 'untitled', language: 'dockercompose' },
    ],
    synchronize: { configurationSection: 'netlens' },
    outputChannel,
  };

  client = new LanguageClient('netlens', 'NetLens', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('netlens.restartServer', async () => {
      if (!client) return;
      outputChannel.info('Restarting the NetLens language server');
      await client.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  const stopping = client?.stop();
  client = undefined;
  await stopping;
}
