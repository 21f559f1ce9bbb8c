// The human format: one `path:line:column: severity CODE message` line per finding, then a summary line.
// Lines and columns are 1-based; a column counts UTF-16 code units, as VS Code's "Col" does.

import { capacities } from '../../analysis';
import type { LintedFile, LintResult } from '../lint';
import { tally } from '../lint';
import { localize } from '../../l10n/localize';

export function formatText(result: LintResult): string {
  const byUri = new Map(result.files.map((f) => [f.uri, f]));
  const out: string[] = [];
  for (const file of result.files) {
    for (const finding of file.findings) {
      out.push(`${where(file, finding.span.start)}: ${finding.severity} ${finding.code} ${oneLine(finding.message)}`);
      for (const related of finding.related) {
        const other = byUri.get(related.uri);
        out.push(`    ${other ? where(other, related.span.start) : related.uri}: ${oneLine(related.message)}`);
      }
    }
  }
  if (result.fixed.fixes > 0) out.push(fixSummary(result));
  const t = tally(result.files);
  const extra = [t.information > 0 ? localize('{0} information', t.information) : '', t.hints > 0 ? count(t.hints, 'hint') : ''].filter(Boolean);
  out.push(`${count(t.files, 'file')}: ${[count(t.errors, 'error'), count(t.warnings, 'warning'), ...extra].join(', ')}`);
  return out.join('\n') + '\n';
}

/** What `--fix` did, e.g. `fixed 2 problems in 1 file`. */
export function fixSummary(result: LintResult): string {
  return localize('fixed {0} in {1}', count(result.fixed.fixes, 'problem'), count(result.fixed.files, 'file'));
}

function where(file: LintedFile, offset: number): string {
  const p = file.lines.positionAt(offset);
  return `${file.path}:${p.line + 1}:${p.character + 1}`;
}

function oneLine(message: string): string {
  return message.replace(/\r\n|\r|\n/g, ' ');
}

const COUNTS = {
  file: ['{0} file', '{0} files'],
  error: ['{0} error', '{0} errors'],
  warning: ['{0} warning', '{0} warnings'],
  hint: ['{0} hint', '{0} hints'],
  problem: ['{0} problem', '{0} problems'],
} as const;

/** `1 file`, `2 files`, in the language in force. */
function count(n: number, word: keyof typeof COUNTS): string {
  const [one, many] = COUNTS[word];
  return n === 1 ? localize(one, n) : localize(many, n);
}

/** Every CIDR of the known fields with its size, grouped by file: the numbers people otherwise work out by hand. */
export function formatCapacities(result: LintResult): string {
  const out: string[] = [];
  for (const file of result.files) {
    for (const line of capacities({ uri: file.uri, text: file.text })) {
      const size = localize('{0} addresses', line.addresses.toLocaleString('en-US'));
      out.push(`${where(file, line.span.start)}: ${line.field} ${line.cidr} (${line.family}): ${size}${line.meaning ? `; ${line.meaning}` : ''}`);
    }
  }
  if (out.length === 0) return '';
  return ['', localize('Capacities:'), ...out.map((l) => `  ${l}`)].join('\n') + '\n';
}
