// Applying fixes to text: choosing the safe fixes that do not overlap, and applying edits back to front.

import type { Finding, Fix, TextEdit } from './types';

/** The first safe fix of each finding, skipping any whose edits overlap an earlier choice. */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const finding of findings) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix) continue;
    const clash = fix.edits.some((e) => taken.some((t) => e.span.start < t.end && t.start < e.span.end || (e.span.start === t.start && e.span.end === t.end)));
    if (clash) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.push(e.span);
  }
  return chosen;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
