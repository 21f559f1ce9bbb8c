// Helpers for the extension-host suite: open workspace files, wait for diagnostics on events with a deadline.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'netlens.netlens';

/** Deadline for anything the language server must do in reaction to one change. */
export const DEADLINE_MS = Number(process.env.NETLENS_TEST_DEADLINE_MS ?? 20_000);

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder with the fixtures (see scripts/e2e/)');
  return folder.uri;
}

export function fixtureUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

export async function openFixture(...segments: string[]): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(...segments));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export function describeDiagnostics(uri: vscode.Uri, doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())): string {
  const diags = vscode.languages.getDiagnostics(uri);
  if (diags.length === 0) return `  (no diagnostics on ${uri.toString()})`;
  return diags
    .map((d) => {
      const r = d.range;
      const text = doc ? JSON.stringify(doc.getText(r)) : '';
      return `  ${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d) ?? '-'} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${text} ${d.message}`;
    })
    .join('\n');
}

/**
 * Resolves with the diagnostics of `uri` as soon as `accept` holds for them: checked now and on every
 * onDidChangeDiagnostics event for that uri. Rejects at the deadline, listing what was there.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diags: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DEADLINE_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diags = vscode.languages.getDiagnostics(uri);
      if (!accept(diags)) return false;
      finish();
      resolve(diags);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now:\n${describeDiagnostics(uri)}`));
    }, timeoutMs);
    function finish(): void {
      clearTimeout(timer);
      sub.dispose();
    }
    check();
  });
}

/** Waits for a diagnostic whose range covers exactly `text` (and that passes `extra`), and returns it. */
export async function waitForDiagnosticOn(
  doc: vscode.TextDocument,
  text: string,
  extra: (d: vscode.Diagnostic) => boolean = () => true,
): Promise<vscode.Diagnostic> {
  const match = (d: vscode.Diagnostic): boolean => doc.getText(d.range) === text && extra(d);
  const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some(match), `a diagnostic on ${JSON.stringify(text)} in ${doc.uri.path}`);
  return diags.find(match)!;
}

/** The position of the `nth` occurrence of `needle` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(needle)} (occurrence ${nth}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

export function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const start = positionOf(doc, needle);
  return new vscode.Range(start, start.translate(0, needle.length));
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Polls a condition the API has no event for (extension activation), with a deadline. */
export async function until(cond: () => boolean, what: string, timeoutMs = DEADLINE_MS): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function setRules(rules: Record<string, string> | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('netlens').update('rules', rules, vscode.ConfigurationTarget.Global);
}

export async function revertAndClose(doc: vscode.TextDocument): Promise<void> {
  if (doc.isUntitled || doc.isDirty) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
