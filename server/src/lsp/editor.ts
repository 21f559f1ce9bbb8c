// Editor features beside diagnostics: the language of messages (from the client's locale), completion, the
// dual-stack refactoring and the cluster status. The logic is in the core (complete/, l10n/, workspace/);
// this file only wires it to the connection, and convert.ts turns the results into LSP types.

import * as fs from 'node:fs';
import { shippedBundle } from '../node/l10n-bundle';
import * as l10n from '@vscode/l10n';
import {
  CodeActionKind, type CodeAction, type CompletionItem, type Connection, type InitializeParams, type Range, type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completionsAt, refactoringsAt, type WorkspaceModel } from '../analysis';
import type { Settings, SourceFile } from '../types';
import { LineIndex } from '../text/line-index';
import { BUNDLED_LOCALES, bundleFileName, configureLocalization, currentLocale, resolveLocale } from '../l10n/localize';
import { toCompletionItem, toRefactorAction } from './convert';
import { clusterStatus } from './status';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';

/** What the VS Code client passes (client/src/extension.ts); other editors may pass `locale` alone, or nothing. */
interface LocalizationOptions {
  /** `vscode.env.language`, e.g. `ja`. */
  readonly locale?: unknown;
  /** `vscode.l10n.uri.fsPath`: the extension's bundle for that language, when VS Code found one. */
  readonly l10nBundle?: unknown;
}

/** The bundle shipped beside the server: `l10n/` next to `dist/` (the .vsix, the npm package) or the source tree. */
/**
 * Chooses the language of everything the server says, once, at initialize: `initializationOptions.locale`, else
 * LSP's own `locale`. English (the default, and any language without a bundle) needs no bundle. Returns the locale in force.
 */
export function setupLocalization(params: InitializeParams, log: (message: string) => void): string {
  const options = (params.initializationOptions ?? {}) as LocalizationOptions;
  const requested = typeof options.locale === 'string' ? options.locale : params.locale;
  const locale = resolveLocale(requested, BUNDLED_LOCALES);
  configureLocalization(undefined);
  if (!locale) return currentLocale();
  const given = typeof options.l10nBundle === 'string' && options.l10nBundle !== '' && fs.existsSync(options.l10nBundle) ? options.l10nBundle : undefined;
  const bundle = given ?? shippedBundle(locale);
  if (!bundle) {
    log(`no ${bundleFileName(locale)} found; messages stay in English`);
    return currentLocale();
  }
  try {
    l10n.config({ fsPath: bundle });
    configureLocalization({ locale, translate: (message, args) => l10n.t(message, ...args) });
  } catch (error) {
    log(`cannot read ${bundle} (${error instanceof Error ? error.message : String(error)}); messages stay in English`);
  }
  return currentLocale();
}

type RunSafe = <T>(name: string, fallback: T, work: () => T) => T;

/** textDocument/completion: enum values and Compose port keys of the field under the cursor. */
export function registerCompletion(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  sourceOf: (doc: TextDocument) => SourceFile,
  settingsFor: (uri: string) => Promise<Settings>,
  runSafe: RunSafe,
): void {
  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !(await settingsFor(doc.uri)).enable) return [];
    return runSafe('completion', [] as CompletionItem[], () => {
      const index = new LineIndex(doc.getText());
      return completionsAt(sourceOf(doc), doc.offsetAt(params.position)).map((item) => toCompletionItem(item, index));
    });
  });
}

/** Whether a code-action request that asks `only` for some kinds wants actions of `kind` (a kind covers its sub-kinds). */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** `refactor.rewrite` actions for the range ("Make this Service dual-stack"), when the client wants that kind (`source` is read only then). */
export function refactorActions(uri: string, source: () => SourceFile, range: Range, index: LineIndex, only: readonly string[] | undefined): CodeAction[] {
  if (!wantsKind(only, CodeActionKind.RefactorRewrite)) return [];
  const span = { start: index.offsetAt(range.start), end: index.offsetAt(range.end) };
  return refactoringsAt(source(), span).map((r) => toRefactorAction(uri, r, index));
}

/** Sends `netlens/status` for a checked document with the model it was checked against, when the status changed. */
export function createStatusReporter(connection: Connection): {
  report(model: WorkspaceModel, uri: string, settings: Settings): void;
  forget(uri: string): void;
} {
  const sent = new Map<string, string>();
  return {
    report(model, uri, settings) {
      const status: StatusParams = clusterStatus(model, uri, settings);
      const key = `${status.text}\u0000${status.tooltip}`;
      if (sent.get(uri) === key) return;
      sent.set(uri, key);
      void connection.sendNotification(STATUS_NOTIFICATION, status).catch(() => undefined);
    },
    forget(uri) {
      sent.delete(uri);
    },
  };
}
