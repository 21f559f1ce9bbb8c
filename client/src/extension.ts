// The VS Code client: start the bundled language server and get out of the way. All logic lives in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ClusterStatus } from './status';
import { ADDRESS_PLAN_REQUEST, STATUS_NOTIFICATION, type AddressPlanParams, type AddressPlanResult, type StatusParams } from '../../server/src/lsp/protocol';

let client: LanguageClient | undefined;
let planPanel: vscode.WebviewPanel | undefined;

/** What the extension gives other extensions (and its tests): the cluster status the status bar shows. */
export interface NetLensApi {
  readonly clusterStatus: () => { readonly text: string; readonly tooltip: string } | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<NetLensApi> {
  const outputChannel = vscode.window.createOutputChannel('NetLens', { log: true });
  context.subscriptions.push(outputChannel);

  const yamlWatcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  context.subscriptions.push(yamlWatcher);
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
    // The server indexes the workspace's cluster configs; the watcher tells it when a YAML file changes on disk.
    synchronize: { configurationSection: 'netlens', fileEvents: yamlWatcher },
    outputChannel,
    // The server speaks the display language: it loads the same l10n bundle (l10n/bundle.l10n.<locale>.json).
    // `watchesFiles`: the watcher above sends the file events, so the server need not register its own.
    initializationOptions: { locale: vscode.env.language, l10nBundle: vscode.l10n.uri?.fsPath, watchesFiles: true },
  };

  client = new LanguageClient('netlens', 'NetLens', serverOptions, clientOptions);
  const status = new ClusterStatus('netlens.showOutput');
  context.subscriptions.push(
    status,
    vscode.commands.registerCommand('netlens.restartServer', async () => {
      if (!client) return;
      outputChannel.info(vscode.l10n.t('Restarting the NetLens language server'));
      await client.restart();
    }),
    vscode.commands.registerCommand('netlens.showOutput', () => outputChannel.show(true)),
    // The server draws the plan (netlens/addressPlan); the client only shows its page, without scripts.
    vscode.commands.registerCommand('netlens.showAddressPlan', async () => {
      if (!client) return;
      const plan = await client.sendRequest<AddressPlanResult>(ADDRESS_PLAN_REQUEST, { format: 'html' } satisfies AddressPlanParams);
      if (!planPanel) {
        planPanel = vscode.window.createWebviewPanel('netlens.addressPlan', vscode.l10n.t('NetLens Address Plan'), vscode.ViewColumn.Beside, { enableScripts: false });
        planPanel.onDidDispose(() => (planPanel = undefined));
      }
      planPanel.webview.html = plan.content;
      planPanel.reveal(undefined, true);
    }),
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      outputChannel.debug(`status ${params.uri}: ${params.text}`);
      status.update(params);
    }),
  );
  outputChannel.info(vscode.l10n.t('Starting the NetLens language server (display language: {0})', vscode.env.language));
  await client.start();
  return { clusterStatus: () => status.shown };
}

export async function deactivate(): Promise<void> {
  const stopping = client?.stop();
  client = undefined;
  await stopping;
}
