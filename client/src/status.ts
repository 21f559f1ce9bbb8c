// The status bar item: which cluster network the active editor's file is checked against. The server says it
// per document with `netlens/status` (server/src/lsp/protocol.ts, status.ts); this only shows the active editor's.
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

const LANGUAGES = new Set(['yaml', 'dockercompose']);

export class ClusterStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(command: string) {
    this.item = vscode.window.createStatusBarItem('netlens.clusterStatus', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('NetLens cluster');
    this.item.command = command;
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.byUri.delete(doc.uri.toString())),
    );
    this.render();
  }

  update(status: StatusParams): void {
    this.byUri.set(status.uri, status);
    this.render();
  }

  /** What the item shows now, for tests and the output channel. */
  get shown(): { readonly text: string; readonly tooltip: string } | undefined {
    const status = this.current();
    return status ? { text: status.text, tooltip: status.tooltip } : undefined;
  }

  private current(): StatusParams | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !LANGUAGES.has(doc.languageId)) return undefined;
    return this.byUri.get(doc.uri.toString());
  }

  private render(): void {
    const status = this.current();
    if (!status) {
      this.item.hide();
      return;
    }
    this.item.text = `$(server-environment) ${status.text}`;
    this.item.tooltip = `${status.tooltip}\n\n${vscode.l10n.t('Click to show the NetLens log.')}`;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
