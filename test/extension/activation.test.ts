// The extension activates on Compose files (language id `dockercompose`) and on plain YAML, and starts its server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, openFixture, until, waitForDiagnosticOn, waitForDiagnostics } from './util';

describe('activation', () => {
  it('is installed and not yet active before a YAML or Compose file is opened', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    console.log(`    ${EXTENSION_ID} ${ext.packageJSON.version} from ${ext.extensionUri.toString()}, active: ${ext.isActive}`);
    // The code-server runner installs the packaged .vsix: the suite must test that copy, not the sources.
    const installedInto = process.env.NETLENS_EXPECT_EXTENSIONS_DIR;
    assert.equal(ext.isActive, false, 'nothing has activated NetLens yet');
    if (installedInto) assert.ok(ext.extensionUri.fsPath.startsWith(installedInto), `loaded from ${ext.extensionUri.fsPath}, not from ${installedInto}`);
  });

  it('activates on a compose file opened as dockercompose and reports invalid proto: xyz', async () => {
    const editor = await openFixture('compose.yaml');
    let doc = editor.document;
    if (doc.languageId !== 'dockercompose') {
      console.log(`    compose.yaml opened as ${doc.languageId}; switching it to dockercompose`);
      doc = await vscode.languages.setTextDocumentLanguage(doc, 'dockercompose');
    }
    assert.equal(doc.languageId, 'dockercompose');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.message.includes('invalid proto: xyz')), '"invalid proto: xyz"');
    const d = diags.find((x) => x.message.includes('invalid proto: xyz'))!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error, 'invalid proto is an error');
    assert.match(codeOf(d) ?? '', /^NL/, 'diagnostics carry a NetLens rule code');
    assert.equal(d.range.start.line, 5, 'on the ports entry line');
    assert.ok(doc.getText(d.range).includes('xyz'), `range covers the protocol, got ${JSON.stringify(doc.getText(d.range))}`);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await until(() => ext.isActive, 'the extension to report itself active');
  });

  it('checks plain YAML: ipFamilies [ipv6] is an error on "ipv6"', async () => {
    const { document: doc } = await openFixture('service-ipv6.yaml');
    assert.equal(doc.languageId, 'yaml');
    const d = await waitForDiagnosticOn(doc, 'ipv6', (x) => x.severity === vscode.DiagnosticSeverity.Error);
    assert.equal(d.range.start.line, 8);
    assert.match(codeOf(d) ?? '', /^NL/, 'diagnostics carry a NetLens rule code');
  });
});
