// The human format: one `path:line:column: severity CODE message` line per finding, then a summary line.
// Lines and columns are 1-based; a column counts UTF-16 code units, as VS Code's "Col" does.

import { capacities } from '../../analysis';
import type { LintedFile, LintResult } from '../lint';
import { tally } from '../lint';

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
  const extra = [t.information > 0 ? `${t.information} information` : '', t.hints > 0 ? plural(t.hints, 'hint') : ''].filter(Boolean);
  out.push(`${plural(t.files, 'file')}: ${[plural(t.errors, 'error'), plural(t.warnings, 'warning'), ...extra].join(', ')}`);
  return out.join('\n') + '\n';
}

/** What `--fix` did, e.g. `fixed 2 problems in 1 file`. */
export function fixSummary(result: LintResult): string {
  return `fixed ${plural(result.fixed.fixes, 'problem')} in ${plural(result.fixed.files, 'file')}`;
}

function where(file: LintedFile, offset: number): string {
  const p = file.lines.positionAt(offset);
  return `${file.path}:${p.line + 1}:${p.character + 1}`;
}

function oneLine(message: string): string {
  return message.replace(/\r\n|\r|\n/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Every CIDR of the known fields with its size, grouped by file: the numbers people otherwise work out by hand. */
export function formatCapacities(result: LintResult): string {
  const out: string[] = [];
  for (const file of result.files) {
    for (const line of capacities({ uri: file.uri, text: file.text })) {
      const size = `${line.addresses.toLocaleString('en-US')} addresses`;
      out.push(`${where(file, line.span.start)}: ${line.field} ${line.cidr} (${line.family}): ${size}${line.meaning ? `; ${line.meaning}` : ''}`);
    }
  }
  if (out.length === 0) return '';
  return ['', 'Capacities:', ...out.map((l) => `  ${l}`)].join('\n') + '\n';
}
