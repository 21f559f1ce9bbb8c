// The JSON format, exactly DESIGN.md §5: 0-based lines and UTF-16 characters as in LSP, every linted file listed.
// Other tools parse this; add nothing to it without changing the design first.

import type { Range } from '../../text/line-index';
import type { LintResult } from '../lint';
import { tally } from '../lint';

interface JsonEdit { range: Range; newText: string }
interface JsonFix { title: string; edits: JsonEdit[] }
interface JsonDiagnostic { code: string; severity: string; message: string; range: Range; fixes: JsonFix[] }
interface JsonFile { path: string; diagnostics: JsonDiagnostic[] }
export interface JsonReport { files: JsonFile[]; summary: { files: number; errors: number; warnings: number } }

export function toJsonReport(result: LintResult): JsonReport {
  const files = result.files.map((file) => ({
    path: file.path,
    diagnostics: file.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      range: file.lines.rangeOf(f.span),
      fixes: f.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((e) => ({ range: file.lines.rangeOf(e.span), newText: e.newText })),
      })),
    })),
  }));
  const t = tally(result.files);
  return { files, summary: { files: t.files, errors: t.errors, warnings: t.warnings } };
}

export function formatJson(result: LintResult): string {
  return JSON.stringify(toJsonReport(result)) + '\n';
}
