// Templated YAML is not ours to judge: a Helm template stays silent.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDiagnostics, openFixture, rangeOf, revertAndClose, waitForDiagnosticOn, waitForDiagnostics } from './util';

describe('Helm templates', () => {
  it('a template file gets no diagnostics (checked after a file opened later has its own)', async () => {
    const { document: helm } = await openFixture('helm', 'templates', 'service.yaml');
    // The server handles documents in order: once a file opened after the template has diagnostics,
    // the template has been seen too.
    const { document: later } = await openFixture('service-ipv6.yaml');
    await waitForDiagnosticOn(later, 'ipv6');
    assert.deepEqual(vscode.languages.getDiagnostics(helm.uri), [], `template has diagnostics:\n${describeDiagnostics(helm.uri, helm)}`);
  });

  it('adding {{ .Values.x }} to a checked file silences it', async () => {
    const { document: doc } = await openFixture('service-ipv6.yaml');
    try {
      await waitForDiagnosticOn(doc, 'ipv6');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, rangeOf(doc, 'name: web'), 'name: {{ .Values.x }}');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'the now templated file to have no diagnostics');
    } finally {
      await revertAndClose(doc);
    }
  });
});
