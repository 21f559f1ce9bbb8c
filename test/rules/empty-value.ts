// Findings that a caret annotation cannot show: an empty range (`""`, an empty item of a comma list, a missing
// container port), a range at the start of a line (a top-level key), or a message of several lines. These
// cases name the range by the text around it instead: right after `after` (empty), or exactly `target`.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../../server/src/analysis';
import type { Rule } from '../../server/src/rules/rule';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/types';

export interface SpanCase {
  readonly name: string;
  readonly yaml: string;
  readonly file?: string;
  readonly settings?: Partial<Settings>;
  /** A unique piece of the text that ends where an empty range is. */
  readonly after?: string;
  /** A unique piece of the text that is exactly the range. */
  readonly target?: string;
  readonly severity: string;
  readonly message: string;
}

function unique(text: string, piece: string): number {
  const at = text.indexOf(piece);
  assert.ok(at >= 0 && text.indexOf(piece, at + 1) < 0, `${JSON.stringify(piece)} must occur exactly once`);
  return at;
}

export function spanTester(rule: Rule, title: string, cases: readonly SpanCase[]): void {
  describe(`${rule.code} ${rule.name}: ${title}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        let start: number;
        let end: number;
        if (c.target !== undefined) {
          start = unique(c.yaml, c.target);
          end = start + c.target.length;
        } else {
          start = end = unique(c.yaml, c.after ?? '') + (c.after ?? '').length;
        }
        const settings = { ...DEFAULT_SETTINGS, ...c.settings };
        const found = analyzeFile({ uri: `file:///test/${c.file ?? 'manifest.yaml'}`, text: c.yaml }, settings)
          .filter((f) => f.code === rule.code)
          .map((f) => `${f.severity} [${f.span.start},${f.span.end}): ${f.message}`);
        assert.deepEqual(found, [`${c.severity} [${start},${end}): ${c.message}`]);
      });
    }
  });
}

export function emptyValueTester(rule: Rule, cases: readonly SpanCase[]): void {
  spanTester(rule, 'empty values', cases);
}
