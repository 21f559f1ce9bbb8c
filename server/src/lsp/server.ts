// The language-server adapter: documents, scheduling, settings and the LSP features, on top of analysis.ts.

import {
  CodeActionKind, TextDocumentSyncKind, TextDocuments, type CodeAction, type Connection, type Diagnostic,
  type Hover, type InitializeResult, type InlayHint, CodeAction as LspCodeAction,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeFile, capacities, forgetFile, hoverAt, type WorkspaceModel } from '../analysis';
import type { Finding, HoverResult, Settings, SourceFile } from '../types';
import { LineIndex } from '../text/line-index';
import { safeFixes } from '../fixes';
import { toCodeAction, toDiagnostic, toEdits, toHover, toInlayHint } from './convert';
import { toSettings } from './settings';
import { readDotEnvBeside } from '../node/dotenv';
import { mayBeCompose } from '../yaml/detect';
import { createStatusReporter, refactorActions, registerCompletion, setupLocalization, wantsKind } from './editor';
import { localize } from '../l10n/localize';
import { attachWorkspace } from './workspace-index';
import { reusable } from './stdio';


export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.netlens`;

/**
 * Delay after a change before checking again; an open is checked at once. A document whose last check took less
 * than the pause between two keystrokes of a fast typist (`cheap`: 75 ms is 13 keys a second) is checked at once:
 * its check is done before the next key arrives, so none of it is wasted and every keystroke is answered. A slower
 * document waits as long as its last check took (up to `max`), so typing into it spends at most about half the work
 * on versions that are stale by the time they are done, and requests in between are not held up behind them.
 * Changes received meanwhile are applied before a check starts, and a check of a stale version is dropped.
 */
const CHANGE_DELAY_MS = { first: 60, cheap: 75, max: 250 };

interface Checked {
  readonly version: number;
  readonly findings: readonly Finding[];
  readonly index: LineIndex;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, NodeJS.Timeout>();
  const checked = new Map<string, Checked>();
  /** How long each document's last check took (ms): its next change waits that long (CHANGE_DELAY_MS). */
  const costs = new Map<string, number>();
  /** Each document's settings: asked for once, and kept as `value` once they have come. */
  const settingsCache = new Map<string, { readonly asked: Promise<Settings>; value?: Settings }>();
  let supportsConfiguration = false;
  let supportsInlayHintRefresh = false;
  let globalSettings: Settings = toSettings(undefined);

  // The client's log has levels (the VS Code client shows them in the NetLens output channel): news at info, failures at error.
  const log = (message: string): void => connection.console.info(`[netlens] ${message}`);
  const logError = (message: string): void => connection.console.error(`[netlens] ${message}`);
  const status = createStatusReporter(connection);
  // The cluster model of the workspace folders and open buffers (workspace-index.ts).
  const workspace = attachWorkspace(connection, documents, { settingsFor, recheck: (uri) => schedule(uri, CHANGE_DELAY_MS.first), log });

  /** Every handler goes through here: a failure is logged and answered with an empty result. */
  function runSafe<T>(name: string, fallback: T, work: () => T): T {
    try {
      return work();
    } catch (error) {
      logError(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  function settingsFor(uri: string): Promise<Settings> {
    if (!supportsConfiguration) return Promise.resolve(globalSettings);
    let cached = settingsCache.get(uri);
    if (!cached) {
      const entry: { asked: Promise<Settings>; value?: Settings } = {
        asked: connection.workspace.getConfiguration({ scopeUri: uri, section: 'netlens' }).then(toSettings, () => globalSettings),
      };
      // An entry dropped meanwhile (a configuration change, a close) keeps its value to itself.
      void entry.asked.then((settings) => (entry.value = settings));
      settingsCache.set(uri, (cached = entry));
    }
    return cached.asked;
  }

  /** The settings of a document when they are already known: a request can then be answered without waiting. */
  function settingsNow(uri: string): Settings | undefined {
    return supportsConfiguration ? settingsCache.get(uri)?.value : globalSettings;
  }

  // Whether a version of a document may be Compose, kept per document: a hover or code action would otherwise
  // search the whole text again each time.
  const composeVerdicts = new WeakMap<TextDocument, { version: number; compose: boolean }>();
  function mayBeComposeNow(doc: TextDocument, text: string): boolean {
    const known = composeVerdicts.get(doc);
    if (known && known.version === doc.version) return known.compose;
    const compose = mayBeCompose(text, doc.uri, doc.languageId);
    composeVerdicts.set(doc, { version: doc.version, compose });
    return compose;
  }

  function sourceOf(doc: TextDocument): SourceFile {
    // The .env beside a file that can hold a Compose document, whatever its name or language id (a `stack.yml` with
    // top-level `services:`), as in the CLI and the index; other files need no read of the disk on every request.
    const text = doc.getText();
    const dotEnv = mayBeComposeNow(doc, text) ? readDotEnvBeside(doc.uri) : undefined;
    return { uri: doc.uri, text, languageId: doc.languageId, ...(dotEnv !== undefined ? { dotEnv } : {}) };
  }

  async function check(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    // Let changes already received be applied first, so a burst of edits is checked once, at its last version.
    await new Promise<void>((resolve) => setImmediate(resolve));
    // A newer version arrived while settings were fetched: its own run will publish.
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    const started = performance.now();
    const source = sourceOf(current);
    // The model before this change only if the update fails (worked out then: an update that changes the facts
    // rebuilds the model, and one built beforehand would be thrown away).
    const model = runSafe<WorkspaceModel | undefined>('workspace', undefined, () => workspace.update(source, settings)) ?? workspace.model();
    const findings = runSafe('analysis', [] as Finding[], () => analyzeFile(source, settings, model));
    costs.set(uri, performance.now() - started);
    workspace.checked(uri, model);
    const index = new LineIndex(current.getText());
    checked.set(uri, { version, findings, index });
    const indexOf = (other: string): LineIndex | undefined => (other === uri ? index : checked.get(other)?.index);
    const diagnostics = findings.map((f) => toDiagnostic(f, index, indexOf));
    await connection.sendDiagnostics({ uri, version, diagnostics });
    // The cluster network this document was checked against, for the client's status bar.
    runSafe('status', undefined, () => status.report(model, uri, settings));
  }

  function schedule(uri: string, delay: number): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      check(uri).catch((error) => logError(`check failed: ${String(error)}`));
    }, delay));
  }

  connection.onInitialize((params): InitializeResult => {
    supportsConfiguration = params.capabilities.workspace?.configuration === true;
    supportsInlayHintRefresh = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings) globalSettings = toSettings(init.settings);
    workspace.initialize(params);
    const locale = setupLocalization(params, (m) => connection.console.warn(`[netlens] ${m}`));
    connection.console.info(`[netlens] language server 0.1.0, messages in ${locale}`);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        inlayHintProvider: true,
        completionProvider: {},
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'netlens', version: '0.1.0' },
    };
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as { netlens?: unknown } | undefined)?.netlens;
    if (raw !== undefined) globalSettings = toSettings(raw);
    settingsCache.clear();
    if (supportsInlayHintRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    for (const doc of documents.all()) schedule(doc.uri, 0);
  });

  // TextDocuments reports an open as a content change too, right after: that one must not delay the open's check.
  const opening = new Set<string>();
  documents.onDidOpen((e) => {
    opening.add(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (opening.delete(e.document.uri)) return;
    const cost = costs.get(e.document.uri);
    schedule(e.document.uri, cost === undefined ? CHANGE_DELAY_MS.first : cost < CHANGE_DELAY_MS.cheap ? 0 : Math.min(CHANGE_DELAY_MS.max, cost));
  });
  documents.onDidClose((e) => {
    const pending = timers.get(e.document.uri);
    if (pending) clearTimeout(pending);
    timers.delete(e.document.uri);
    checked.delete(e.document.uri);
    costs.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    forgetFile(e.document.uri);
    status.forget(e.document.uri);
    workspace.closed(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // Capacities after pod, service and pool ranges (netlens.inlayHints, on by default).
  connection.languages.inlayHint.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const settings = await settingsFor(doc.uri);
    if (!settings.enable || !settings.inlayHints) return [];
    return runSafe('inlayHint', [] as InlayHint[], () => {
      const text = doc.getText();
      const index = new LineIndex(text);
      const from = doc.offsetAt(params.range.start);
      const to = doc.offsetAt(params.range.end);
      return capacities(sourceOf(doc))
        .filter((line) => line.span.end >= from && line.span.start <= to)
        .flatMap((line) => toInlayHint(line, text, index) ?? []);
    });
  });

  // The LSP form of a hover the core answers again (the same object, for a value of the same parse, so of the same
  // text: its range cannot have moved).
  const lspHovers = new WeakMap<HoverResult, Hover>();
  connection.onHover((params) => {
    // A malformed request gets no hover, as any other failure does.
    const uri: unknown = params?.textDocument?.uri;
    if (typeof uri !== 'string' || !documents.get(uri)) return null;
    // The document's own settings: Compose values are interpolated with `netlens.composeEnv`, and files no config
    // covers are read against `netlens.cluster.*`. Known ones are used at once (the answer needs no wait).
    const answer = (settings: Settings) =>
      runSafe('hover', null, () => {
        const doc = documents.get(uri);
        if (!doc) return null;
        const offset = doc.offsetAt(params.position);
        const hover = hoverAt(sourceOf(doc), offset, settings, workspace.model());
        if (!hover) return null;
        let lsp = lspHovers.get(hover);
        if (!lsp) {
          const state = checked.get(doc.uri);
          lsp = reusable(toHover(hover, state && state.version === doc.version ? state.index : new LineIndex(doc.getText())));
          lspHovers.set(hover, lsp);
        }
        return lsp;
      });
    const settings = settingsNow(uri);
    return settings ? answer(settings) : settingsFor(uri).then(answer);
  });

  registerCompletion(connection, documents, sourceOf, settingsFor, runSafe);

  connection.onCodeAction(async (params) => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    if (!doc) return [];
    // Read once (with the .env beside a Compose file), and only when needed.
    let source: SourceFile | undefined;
    const current = (): SourceFile => (source ??= sourceOf(doc));
    let state = checked.get(uri);
    if (!state || state.version !== doc.version) {
      // Code actions are rebuilt from the current text, never from a diagnostic's message.
      const settings = await settingsFor(uri);
      const findings = runSafe('analysis', [] as Finding[], () => analyzeFile(current(), settings, workspace.model()));
      state = { version: doc.version, findings, index: new LineIndex(doc.getText()) };
    }
    const { findings, index } = state;
    const only = params.context.only;
    return runSafe('codeAction', [] as CodeAction[], () => [
      ...codeActions(uri, findings, index, params.context.diagnostics, only),
      ...refactorActions(uri, current, params.range, index, only),
    ]);
  });

  documents.listen(connection);
  connection.listen();
}

/** Quick fixes for the diagnostics the client names (matched by code and range), and the fix-all action when asked. */
function codeActions(uri: string, findings: readonly Finding[], index: LineIndex, diagnostics: readonly Diagnostic[], only: readonly string[] | undefined): CodeAction[] {
  const actions: CodeAction[] = [];
  const wants = (kind: string): boolean => wantsKind(only, kind);
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== undefined && diagnostic.source !== 'netlens') continue;
      for (const finding of findings) {
        if (!sameDiagnostic(finding, diagnostic, index)) continue;
        finding.fixes.forEach((fix, i) => actions.push(toCodeAction(uri, fix, diagnostic, index, i === 0 && fix.safe)));
      }
    }
  }
  // source.fixAll.netlens is offered only when asked for by kind, as editors do on save.
  if (only && only.some((k) => k !== CodeActionKind.Empty && FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.Source))) {
    const fixes = safeFixes(findings);
    if (fixes.length > 0) {
      const edits = fixes.flatMap((f) => toEdits(f, index));
      actions.push(LspCodeAction.create(localize('Fix all safe NetLens problems'), { changes: { [uri]: edits } }, FIX_ALL_KIND));
    }
  }
  return actions;
}

function sameDiagnostic(finding: Finding, diagnostic: Diagnostic, index: LineIndex): boolean {
  if (String(diagnostic.code ?? '') !== finding.code) return false;
  const r = index.rangeOf(finding.span);
  const d = diagnostic.range;
  return r.start.line === d.start.line && r.start.character === d.start.character && r.end.line === d.end.line && r.end.character === d.end.character;
}
