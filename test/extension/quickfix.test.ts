// A quick fix is the obvious edit, and applying it makes its diagnostic go away.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, openFixture, revertAndClose, waitForDiagnosticOn, waitForDiagnostics } from './util';

describe('quick fix', () => {
  it('turns podSubnet 10.244.0.1/16 into 10.244.0.0/16 and the diagnostic goes away', async () => {
    const { document: doc } = await openFixture('kubeadm-config.yaml');
    try {
      const d = await waitForDiagnosticOn(doc, '10.244.0.1/16');
      const code = codeOf(d);
      assert.match(code ?? '', /^NL/);
      assert.equal(d.range.start.line, 5);
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const fixes = (actions ?? []).filter((a): a is vscode.CodeAction => 'edit' in a && a.edit !== undefined);
      const fix = fixes.find((a) => a.edit!.entries().some(([, edits]) => edits.some((e) => e.newText.includes('10.244.0.0/16'))));
      assert.ok(fix, `no quick fix producing 10.244.0.0/16; got: ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
      if (fix.diagnostics) assert.ok(fix.diagnostics.some((x) => codeOf(x) === code), 'the fix names the diagnostic it fixes');
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'workspace.applyEdit succeeded');
      assert.equal(doc.lineAt(5).text, '  podSubnet: "10.244.0.0/16,fd00:10:244::/56"', 'only the bad CIDR changed; quoting kept');
      await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === code && x.range.start.line === 5),
        `the ${code} diagnostic on line 6 to go away`).catch((e: Error) => {
        throw new Error(`${e.message}\nafter the fix:\n${describeDiagnostics(doc.uri, doc)}`);
      });
    } finally {
      await revertAndClose(doc);
    }
  });
});
