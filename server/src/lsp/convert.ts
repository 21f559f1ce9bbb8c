// Conversion of core findings, fixes and hovers into LSP types; positions come from text/line-index only.

import {
  CodeAction, CodeActionKind, CompletionItemKind, Diagnostic, DiagnosticSeverity, DiagnosticTag, type CompletionItem as LspCompletionItem, type Hover,
  type InlayHint, MarkupKind, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { Finding, Fix, HoverResult, Severity } from '../types';
import type { CompletionItem, Refactoring } from '../complete/types';
import { LineIndex } from '../text/line-index';
import { ruleDocsUri } from '../node/rule-docs';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};


export function toDiagnostic(finding: Finding, index: LineIndex, uriOf: (uri: string) => LineIndex | undefined): Diagnostic {
  const href = ruleDocsUri(finding.code);
  const diagnostic: Diagnostic = {
    range: index.rangeOf(finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: 'netlens',
    message: finding.message,
  };
  if (href) diagnostic.codeDescription = { href };
  if (finding.tags?.includes('deprecated')) diagnostic.tags = [DiagnosticTag.Deprecated];
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: r.uri, range: (uriOf(r.uri) ?? index).rangeOf(r.span) },
      message: r.message,
    }));
  }
  return diagnostic;
}

export function toEdits(fix: Fix, index: LineIndex): LspTextEdit[] {
  return fix.edits.map((e) => ({ range: index.rangeOf(e.span), newText: e.newText }));
}

export function toCodeAction(uri: string, fix: Fix, diagnostic: Diagnostic, index: LineIndex, preferred: boolean): CodeAction {
  const action = CodeAction.create(fix.title, { changes: { [uri]: toEdits(fix, index) } }, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (preferred) action.isPreferred = true;
  return action;
}

export function toHover(hover: HoverResult, index: LineIndex): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: index.rangeOf(hover.span) };
}

/**
 * A capacity as an inlay hint after its value (`10.244.0.0/16 · 256 nodes × 256`); after the closing quote when
 * the value is a whole quoted scalar, so the hint never sits inside a string.
 */
export function toInlayHint(line: { readonly span: { readonly start: number; readonly end: number }; readonly hint?: string; readonly meaning?: string }, text: string, index: LineIndex): InlayHint | undefined {
  if (!line.hint) return undefined;
  let end = line.span.end;
  const quote = text[end];
  if ((quote === '"' || quote === "'") && text[line.span.start - 1] === quote) end += 1;
  return {
    position: index.positionAt(end),
    label: line.hint,
    paddingLeft: true,
    ...(line.meaning ? { tooltip: line.meaning } : {}),
  };
}

export function toCompletionItem(item: CompletionItem, index: LineIndex): LspCompletionItem {
  return {
    label: item.label,
    kind: item.kind === 'key' ? CompletionItemKind.Property : CompletionItemKind.EnumMember,
    detail: item.detail,
    documentation: { kind: MarkupKind.Markdown, value: item.documentation },
    textEdit: { range: index.rangeOf(item.span), newText: item.insertText },
    sortText: item.sortText,
    filterText: item.label,
    ...(item.isDefault ? { preselect: true } : {}),
  };
}

export function toRefactorAction(uri: string, refactoring: Refactoring, index: LineIndex): CodeAction {
  const action = CodeAction.create(refactoring.title, { changes: { [uri]: refactoring.edits.map((e) => ({ range: index.rangeOf(e.span), newText: e.newText })) } }, CodeActionKind.RefactorRewrite);
  if (refactoring.preferred) action.isPreferred = true;
  return action;
}
