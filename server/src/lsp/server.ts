// The language-server adapter: documents, scheduling, settings and the LSP features, on top of analysis.ts.

import {
  CodeActionKind, TextDocumentSyncKind, TextDocuments, type CodeAction, type Connection, type Diagnostic,
  type InitializeResult, CodeAction as LspCodeAction,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeFile, forgetFile, hoverAt } from '../analysis';
import type { Finding, Settings, SourceFile } from '../types';
import { LineIndex } from '../text/line-index';
import { safeFixes } from '../fixes';
import { toCodeAction, toDiagnostic, toEdits, toHover } from './convert';
import { toSettings } from './settings';
import { isComposeFileName } from '../yaml/detect';
import { readDotEnvBeside } from './dotenv';


export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.netlens`;

/** Delay after a change before checking again; an open is checked at once. */
const CHANGE_DELAY_MS = 60;

interface Checked {
  readonly version: number;
  readonly findings: readonly Finding[];
  readonly index: LineIndex;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  const checked = new Map<string, Checked>();
  const settingsCache = new Map<string, Promise<Settings>>();
  let supportsConfiguration = false;
  let globalSettings: Settings = toSettings(undefined);

  const log = (message: string): void => connection.console.log(`[netlens] ${message}`);

  /** Every handler goes through here: a failure is logged and answered with an empty result. */
  function runSafe<T>(name: string, fallback: T, work: () => T): T {
    try {
      return work();
    } catch (error) {
      log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!supportsConfiguration) return Promise.resolve(globalSettings);
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'netlens' })
        .then(toSettings, () => globalSettings);
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  function sourceOf(doc: TextDocument): SourceFile {
    const dotEnv = doc.languageId === 'dockercompose' || isComposeFileName(doc.uri) ? readDotEnvBeside(doc.uri) : undefined;
    return { uri: doc.uri, text: doc.getText(), languageId: doc.languageId, ...(dotEnv !== undefined ? { dotEnv } : {}) };
  }

  async function check(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    // A newer version arrived while settings were fetched: its own run will publish.
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    const findings = runSafe('analysis', [] as Finding[], () => analyzeFile(sourceOf(current), settings));
    const index = new LineIndex(current.getText());
    checked.set(uri, { version, findings, index });
    const indexOf = (other: string): LineIndex | undefined => (other === uri ? index : checked.get(other)?.index);
    const diagnostics = findings.map((f) => toDiagnostic(f, index, indexOf));
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function schedule(uri: string, delay: number): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      check(uri).catch((error) => log(`check failed: ${String(error)}`));
    }, delay));
  }

  connection.onInitialize((params): InitializeResult => {
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) globalSettings = toSettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'netlens', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as { netlens?: unknown } | undefined)?.netlens;
    if (raw !== undefined) globalSettings = toSettings(raw);
    settingsCache.clear();
    for (const doc of documents.all()) schedule(doc.uri, 0);
  });

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri, CHANGE_DELAY_MS));
  documents.onDidClose((e) => {
    const pending = timers.get(e.document.uri);
    if (pending) clearTimeout(pending);
    timers.delete(e.document.uri);
    checked.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    forgetFile(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((params) =>
    runSafe('hover', null, () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const offset = doc.offsetAt(params.position);
      const hover = hoverAt(sourceOf(doc), offset);
      return hover ? toHover(hover, new LineIndex(doc.getText())) : null;
    }),
  );

  connection.onCodeAction((params) =>
    runSafe('codeAction', [] as CodeAction[], () => {
      const uri = params.textDocument.uri;
      const doc = documents.get(uri);
      if (!doc) return [];
      let state = checked.get(uri);
      if (!state || state.version !== doc.version) {
        // Code actions are rebuilt from the current text, never from a diagnostic's message.
        const findings = analyzeFile(sourceOf(doc), globalSettings);
        state = { version: doc.version, findings, index: new LineIndex(doc.getText()) };
      }
      const { findings, index } = state;
      const only = params.context.only;
      const actions: CodeAction[] = [];
      const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix));
      if (wantsQuickFix) {
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== undefined && diagnostic.source !== 'netlens') continue;
          for (const finding of findings) {
            if (!sameDiagnostic(finding, diagnostic, index)) continue;
            finding.fixes.forEach((fix, i) => actions.push(toCodeAction(uri, fix, diagnostic, index, i === 0 && fix.safe)));
          }
        }
      }
      const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.Empty && k.startsWith(CodeActionKind.Source));
      if (wantsFixAll) {
        const fixes = safeFixes(findings);
        if (fixes.length > 0) {
          const edits = fixes.flatMap((f) => toEdits(f, index));
          actions.push(LspCodeAction.create('Fix all safe NetLens problems', { changes: { [uri]: edits } }, FIX_ALL_KIND));
        }
      }
      return actions;
    }),
  );

  documents.listen(connection);
  connection.listen();
}

function sameDiagnostic(finding: Finding, diagnostic: Diagnostic, index: LineIndex): boolean {
  if (String(diagnostic.code ?? '') !== finding.code) return false;
  const r = index.rangeOf(finding.span);
  const d = diagnostic.range;
  return r.start.line === d.start.line && r.start.character === d.start.character && r.end.line === d.end.line && r.end.character === d.end.character;
}
