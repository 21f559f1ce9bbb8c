// Table-driven tests for cross-file rules: each case is a small workspace of annotated files (the annotation
// style of test/rule-tester.ts), analysed together with analyzeFiles. A finding of an invalid case must point at
// the other place with related information, which is checked too.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFiles } from '../../server/src/analysis';
import type { Rule } from '../../server/src/rules/rule';
import { LineIndex } from '../../server/src/text/line-index';
import { DEFAULT_SETTINGS, type Finding, type Settings } from '../../server/src/types';
import { parseAnnotations } from '../rule-tester';

export { y } from '../rule-tester';

export interface WorkspaceCase {
  readonly name: string;
  /** Path (relative to the workspace root) → text. */
  readonly files: Readonly<Record<string, string>>;
  readonly settings?: Partial<Settings>;
  /**
   * Where the findings' related information points, as `path:line` (1-based), in order; by default every finding
   * must have at least one related location inside the workspace.
   */
  readonly related?: readonly string[];
}

export const ROOT = 'file:///ws';

/** A kubeadm ClusterConfiguration with only a serviceSubnet, for tests of the model and the index. */
export function kubeadmWithServiceSubnet(range: string): string {
  return `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  serviceSubnet: ${range}\n`;
}

export function uriOf(path: string): string {
  return `${ROOT}/${path}`;
}

export function runWorkspace(files: Readonly<Record<string, string>>, settings: Partial<Settings> = {}): Map<string, Finding[]> {
  const sources = Object.entries(files).map(([path, text]) => ({ uri: uriOf(path), text }));
  return analyzeFiles(sources, { ...DEFAULT_SETTINGS, ...settings }, { roots: [ROOT] });
}

function show(path: string, text: string, f: { severity: string; code: string; message: string; start: number; end: number }): string {
  return `${path} ${f.severity} ${f.code} [${f.start},${f.end}) ${JSON.stringify(text.slice(f.start, f.end))}: ${f.message}`;
}

/** `path:line` of a related location. */
function place(files: Readonly<Record<string, string>>, uri: string, start: number): string {
  const path = uri.slice(ROOT.length + 1);
  const text = files[path];
  assert.ok(text !== undefined, `related location ${uri} is not a file of the workspace`);
  assert.ok(start >= 0 && start <= text.length, `related span inside ${path}`);
  return `${path}:${new LineIndex(text).positionAt(start).line + 1}`;
}

export function workspaceTester(rule: Rule, table: { valid: readonly WorkspaceCase[]; invalid: readonly WorkspaceCase[] }): void {
  describe(`${rule.code} ${rule.name} (workspace)`, () => {
    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        const results = runWorkspace(c.files, c.settings);
        const found = Object.entries(c.files).flatMap(([path, text]) =>
          (results.get(uriOf(path)) ?? []).filter((f) => f.code === rule.code).map((f) => show(path, text, { ...f, ...f.span })));
        assert.deepEqual(found, []);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const results = runWorkspace(c.files, c.settings);
        const expected = Object.entries(c.files).flatMap(([path, text]) =>
          parseAnnotations(text).filter((e) => e.code === rule.code).map((e) => show(path, text, e)));
        assert.ok(expected.length > 0, 'an invalid case needs at least one annotation for this rule');
        const findings = Object.entries(c.files).flatMap(([path, text]) =>
          (results.get(uriOf(path)) ?? []).filter((f) => f.code === rule.code).map((f) => ({ path, text, f })));
        assert.deepEqual(findings.map(({ path, text, f }) => show(path, text, { ...f, ...f.span })), expected);
        const related = findings.flatMap(({ f }) => f.related.map((r) => place(c.files, r.uri, r.span.start)));
        if (c.related) assert.deepEqual(related, c.related);
        else for (const { path, f } of findings) assert.ok(f.related.length > 0, `${path}: ${f.message} has no related information`);
      });
    }
  });
}
