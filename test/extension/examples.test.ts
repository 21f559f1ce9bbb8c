// The examples/ files get the same diagnostics in VS Code as from `netlens lint`: codes, severities and ranges.
// The runner copies examples/ into the test workspace and writes the CLI's JSON for the whole workspace to
// .netlens-expected.json, so both adapters see the same files (and the same cluster model).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, waitForDiagnostics, workspaceRoot } from './util';

interface CliPosition { line: number; character: number }
interface CliDiagnostic { code: string; severity: string; message: string; range: { start: CliPosition; end: CliPosition } }
interface CliReport { files: { path: string; diagnostics: CliDiagnostic[] }[] }

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const key = (code: string | undefined, severity: vscode.DiagnosticSeverity, r: { start: CliPosition; end: CliPosition }): string =>
  `${code ?? '-'} ${vscode.DiagnosticSeverity[severity]} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

function keys(diags: readonly vscode.Diagnostic[]): string[] {
  return diags.map((d) => key(codeOf(d), d.severity, d.range)).sort();
}

describe('examples/', () => {
  const root = workspaceRoot().fsPath;
  const expectedFile = path.join(root, '.netlens-expected.json');
  const report: CliReport | undefined = fs.existsSync(expectedFile) ? JSON.parse(fs.readFileSync(expectedFile, 'utf8')) : undefined;
  const exampleFiles = (report?.files ?? [])
    .map((f) => ({ ...f, abs: path.resolve(root, f.path) }))
    .filter((f) => path.relative(root, f.abs).split(path.sep)[0] === 'examples');

  it('has CLI expectations for the examples (written by the runner)', function () {
    if (!report) this.skip();
    assert.ok(exampleFiles.length > 0, `no examples/ files in ${expectedFile}`);
  });

  it('at least one example has diagnostics, each with an NL code and a range inside its line', async function () {
    if (!report) this.skip();
    const withDiags = exampleFiles.filter((f) => f.diagnostics.length > 0);
    assert.ok(withDiags.length > 0, 'the CLI found no diagnostics in any example');
    const f = withDiags[0]!;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(f.abs));
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, `diagnostics on ${f.path}`);
    for (const d of diags) {
      assert.match(codeOf(d) ?? '', /^NL\d+$/, `code of ${d.message}`);
      assert.ok(d.range.end.line < doc.lineCount, 'range inside the document');
      assert.ok(d.range.end.character <= doc.lineAt(d.range.end.line).text.length, 'range inside its line');
    }
  });

  it('every example gets exactly the CLI\'s diagnostics (code, severity, range)', async function () {
    if (!report) this.skip();
    const docs = await Promise.all(exampleFiles.map((f) => vscode.workspace.openTextDocument(vscode.Uri.file(f.abs))));
    const mismatches: string[] = [];
    // Files with diagnostics: wait until VS Code shows the same set.
    await Promise.all(
      exampleFiles.map(async (f, i) => {
        const want = f.diagnostics.map((d) => key(d.code, SEVERITY[d.severity] ?? -1, d.range)).sort();
        if (want.length === 0) return;
        try {
          await waitForDiagnostics(docs[i]!.uri, (ds) => JSON.stringify(keys(ds)) === JSON.stringify(want), `the CLI's diagnostics on ${f.path}`);
        } catch {
          mismatches.push(`${f.path}\n  CLI:     ${want.join('\n           ')}\n  VS Code: ${keys(vscode.languages.getDiagnostics(docs[i]!.uri)).join('\n           ')}`);
        }
      }),
    );
    // Files without: by now the server has handled every open (it answers in order), so they must be empty.
    exampleFiles.forEach((f, i) => {
      const got = vscode.languages.getDiagnostics(docs[i]!.uri);
      if (f.diagnostics.length === 0 && got.length > 0) mismatches.push(`${f.path}\n  CLI:     (none)\n  VS Code: ${keys(got).join('\n           ')}`);
    });
    assert.equal(mismatches.length, 0, `VS Code and the CLI disagree:\n${mismatches.join('\n')}`);
  });
});
