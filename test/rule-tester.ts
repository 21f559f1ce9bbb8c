// Table-driven rule tests. Invalid cases are annotated YAML: a comment line of carets under the offending text
// says where the finding is, then its severity, code and exact message, in the rust-analyzer fixture style:
//
//     ipFamilies: [ipv6]
//     #            ^^^^ error NL201: spec.ipFamilies[0]: Unsupported value: "ipv6": supported values: "IPv4", "IPv6"
//
// The annotations stay in the analysed text (they are comments), so offsets are the real ones.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFile } from '../server/src/analysis';
import { applyEdits } from '../server/src/fixes';
import type { Rule } from '../server/src/rules/rule';
import { DEFAULT_SETTINGS, type Finding, type Settings } from '../server/src/types';

export interface Case {
  readonly name?: string;
  readonly yaml: string;
  /** File name, to make a Compose file (`compose.yaml`) or anything else by name. */
  readonly file?: string;
  readonly settings?: Partial<Settings>;
}

export interface InvalidCase extends Case {
  /** The text after applying the first fix of every finding; omit when there is nothing to check. */
  readonly output?: string;
  /** Which fix to apply when a finding has several (by title prefix). */
  readonly fix?: string;
  /** The titles of every fix offered, finding by finding: says that a fix is offered, or withheld. */
  readonly fixes?: readonly string[];
}

export interface Expected {
  readonly severity: string;
  readonly code: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

const ANNOTATION = /^(\s*)#(\s*)(\^+)\s+(error|warning|information|hint)\s+(NL\d{3}):\s(.*)$/;

/** Dedents a template literal so tables can be indented like code. */
export function y(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function parseAnnotations(text: string): Expected[] {
  const expected: Expected[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let target: { start: number; text: string } | undefined;
  for (const line of lines) {
    const m = ANNOTATION.exec(line);
    if (m && target) {
      const column = line.indexOf('^');
      const width = m[3]!.length;
      expected.push({ severity: m[4]!, code: m[5]!, message: m[6]!, start: target.start + column, end: target.start + column + width });
    } else {
      target = { start: offset, text: line };
    }
    offset += line.length + 1;
  }
  return expected;
}

function settingsOf(c: Case): Settings {
  return { ...DEFAULT_SETTINGS, ...c.settings };
}

function run(rule: Rule, c: Case): Finding[] {
  const uri = `file:///test/${c.file ?? 'manifest.yaml'}`;
  return analyzeFile({ uri, text: c.yaml }, settingsOf(c)).filter((f) => f.code === rule.code);
}

function show(f: { severity: string; code: string; message: string; start: number; end: number }, text: string): string {
  return `${f.severity} ${f.code} [${f.start},${f.end}) ${JSON.stringify(text.slice(f.start, f.end))}: ${f.message}`;
}

export function ruleTester(rule: Rule, table: { valid: readonly (Case | string)[]; invalid: readonly InvalidCase[] }): void {
  describe(`${rule.code} ${rule.name}`, () => {
    table.valid.forEach((raw, i) => {
      const c = typeof raw === 'string' ? { yaml: raw } : raw;
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const found = run(rule, c);
        assert.deepEqual(found.map((f) => show({ ...f, ...f.span }, c.yaml)), []);
      });
    });
    table.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const expected = parseAnnotations(c.yaml).filter((e) => e.code === rule.code);
        assert.ok(expected.length > 0, 'an invalid case needs at least one annotation for this rule');
        const found = run(rule, c);
        assert.deepEqual(
          found.map((f) => show({ ...f, ...f.span }, c.yaml)),
          expected.map((e) => show(e, c.yaml)),
        );
        if (c.fixes !== undefined) assert.deepEqual(found.flatMap((f) => f.fixes.map((x) => x.title)), c.fixes);
        if (c.output !== undefined) {
          const edits = found.flatMap((f) => {
            const fix = c.fix ? f.fixes.find((x) => x.title.startsWith(c.fix!)) : f.fixes[0];
            return fix ? fix.edits : [];
          });
          assert.equal(applyEdits(c.yaml, edits), c.output);
          // A fix must remove its own finding.
          const after = run(rule, { ...c, yaml: c.output });
          assert.ok(after.length < found.length, `the fix left ${after.length} of ${found.length} findings`);
        }
      });
    });
  });
}
