// Completion offers the enum values of the network fields, the dual-stack refactoring rewrites a Service, and
// the status bar names the cluster network, in the real extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, describeDiagnostics, openFixture, revertAndClose, until, waitForDiagnostics } from './util';

async function untitled(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** The labels NetLens offers at the end of `needle` (its items carry documentation; word-based ones do not). */
async function offered(doc: vscode.TextDocument, needle: string): Promise<vscode.CompletionItem[]> {
  const at = doc.positionAt(doc.getText().indexOf(needle) + needle.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
  return (list?.items ?? []).filter((i) => i.documentation !== undefined);
}

const label = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);

describe('completion', () => {
  it('offers SingleStack, PreferDualStack and RequireDualStack for a Service ipFamilyPolicy, with documentation', async () => {
    const doc = await untitled('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ipFamilyPolicy: \n  ports:\n  - port: 80\n');
    try {
      const items = await offered(doc, 'ipFamilyPolicy: ');
      assert.deepEqual(items.map(label), ['SingleStack', 'PreferDualStack', 'RequireDualStack']);
      const prefer = items[1]!;
      assert.equal(prefer.kind, vscode.CompletionItemKind.EnumMember);
      const docs = prefer.documentation instanceof vscode.MarkdownString ? prefer.documentation.value : String(prefer.documentation);
      assert.match(docs, /dual-stack/);
    } finally {
      await revertAndClose(doc);
    }
  });

  it('offers IPv4 and IPv6 for ipFamilies, and TCP, UDP, SCTP for a container port protocol', async () => {
    const doc = await untitled([
      'apiVersion: v1', 'kind: Service', 'metadata: {name: web}', 'spec:', '  ipFamilies:', '  - ', '---',
      'apiVersion: v1', 'kind: Pod', 'metadata: {name: dns}', 'spec:', '  containers:', '  - name: dns', '    image: coredns', '    ports:',
      '    - containerPort: 53', '      protocol: ', '',
    ].join('\n'));
    try {
      assert.deepEqual((await offered(doc, 'ipFamilies:\n  - ')).map(label), ['IPv4', 'IPv6']);
      assert.deepEqual((await offered(doc, 'protocol: ')).map(label), ['TCP', 'UDP', 'SCTP']);
    } finally {
      await revertAndClose(doc);
    }
  });

  it('offers the Compose long-syntax port keys that are not there yet', async () => {
    const doc = await untitled('services:\n  web:\n    image: nginx\n    ports:\n      - target: 80\n        \n');
    try {
      const items = await offered(doc, 'target: 80\n        ');
      assert.deepEqual(items.map(label), ['published', 'host_ip', 'protocol', 'mode', 'app_protocol', 'name']);
      assert.equal(items[0]!.kind, vscode.CompletionItemKind.Property);
    } finally {
      await revertAndClose(doc);
    }
  });
});

describe('refactoring', () => {
  it('"Make this Service dual-stack" rewrites the Service in place and leaves no error', async () => {
    const { document: doc } = await openFixture('service-ipv6.yaml');
    try {
      // Fix the family's case first (the refactoring leaves a wrong value to its quick fix).
      const line = doc.getText().split('\n').findIndex((l) => l.includes('ipFamilies: [ipv6]'));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(line, 15, line, 19), 'IPv6');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const at = new vscode.Range(line, 3, line, 3);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, at, vscode.CodeActionKind.RefactorRewrite.value);
      const titles = (actions ?? []).map((a) => a.title);
      const make = (actions ?? []).find((a) => a.title === 'Make this Service dual-stack (PreferDualStack)');
      assert.ok(make?.edit, `no dual-stack refactoring; got ${JSON.stringify(titles)}`);
      assert.ok(titles.includes('Make this Service dual-stack (RequireDualStack)'));
      assert.ok(make.kind && vscode.CodeActionKind.RefactorRewrite.contains(make.kind));
      assert.ok(await vscode.workspace.applyEdit(make.edit));
      assert.equal(doc.lineAt(line).text, '  ipFamilyPolicy: PreferDualStack');
      assert.equal(doc.lineAt(line + 1).text, '  ipFamilies: [IPv6, IPv4]', 'the primary family stays first');
      await waitForDiagnostics(doc.uri, (ds) => ds.every((d) => d.severity !== vscode.DiagnosticSeverity.Error), 'no error after the refactoring')
        .catch((e: Error) => {
          throw new Error(`${e.message}\n${describeDiagnostics(doc.uri, doc)}`);
        });
      const quickFixesOnly = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, at, vscode.CodeActionKind.QuickFix.value);
      assert.ok(!(quickFixesOnly ?? []).some((a) => a.title.startsWith('Make this Service')), 'not offered as a quick fix');
    } finally {
      await revertAndClose(doc);
    }
  });
});

describe('status bar', () => {
  it('names the cluster network the active file is checked against', async () => {
    const ext = vscode.extensions.getExtension<{ clusterStatus(): { text: string; tooltip: string } | undefined }>(EXTENSION_ID)!;
    await ext.activate();
    const { document: kubeadm } = await openFixture('kubeadm-config.yaml');
    await waitForDiagnostics(kubeadm.uri, (ds) => ds.some((d) => codeOf(d)?.startsWith('NL')), 'the kubeadm config to be checked');
    await openFixture('service-ipv6.yaml');
    await until(() => /kubeadm/.test(ext.exports.clusterStatus()?.text ?? ''), `the status to name kubeadm-config.yaml; it shows ${JSON.stringify(ext.exports.clusterStatus())}`);
    assert.match(ext.exports.clusterStatus()!.text, /kubeadm-config\.yaml/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
