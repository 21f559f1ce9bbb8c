// `lint --fix`: applies the safe fixes of every file, re-analyses the workspace, and repeats until nothing changes.

import { analyzeFiles, type ModelOptions } from '../analysis';
import { applyEdits, safeFixes } from '../fixes';
import type { Finding, Settings, SourceFile } from '../types';

/** A fix can reveal another (or two rules can disagree); ten rounds is plenty, and it bounds any ping-pong. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** The sources after fixing, in the order given; a source with no fix applied is the same object. */
  readonly sources: readonly SourceFile[];
  /** The findings of the final texts. */
  readonly findings: Map<string, Finding[]>;
  /** How many fixes were applied over all passes. */
  readonly applied: number;
}

/**
 * Fixes the workspace as a whole, because a fix in one file can change what another file's checks see.
 * `fixable(uri)` says whether a file may change at all (the CLI refuses to rewrite a file it could not decode).
 */
export function fixWorkspace(
  initial: readonly SourceFile[],
  settings: Settings,
  fixable: (uri: string) => boolean = () => true,
  options: ModelOptions = {},
): FixOutcome {
  let sources = [...initial];
  let findings = analyzeFiles(sources, settings, options);
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let changed = false;
    sources = sources.map((source) => {
      if (!fixable(source.uri)) return source;
      const fixes = safeFixes(findings.get(source.uri) ?? []);
      if (fixes.length === 0) return source;
      // Edits are offsets into this exact text, so line endings and everything around the edits stay as they were.
      const text = applyEdits(source.text, fixes.flatMap((f) => f.edits));
      if (text === source.text) return source;
      changed = true;
      applied += fixes.length;
      return { ...source, text };
    });
    if (!changed) break;
    findings = analyzeFiles(sources, settings, options);
  }
  return { sources, findings, applied };
}
