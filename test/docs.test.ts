// The meta test: every rule has a unique code and name, a source file named after it, and a docs page whose
// examples produce exactly their annotated findings (invalid blocks) or none of the rule's (valid blocks).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/rules/registry';
import { docsPath } from '../server/src/rules/rule';
import { analyzeFile, analyzeFiles } from '../server/src/analysis';
import { DEFAULT_SETTINGS } from '../server/src/types';
import { parseAnnotations } from './rule-tester';

const ROOT = join(__dirname, '..');

function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? ruleFiles(p) : [n.replace(/\.ts$/, '')];
  });
}

interface Block {
  section: 'invalid' | 'valid';
  text: string;
  line: number;
  /** From a `<!-- file: cluster/kubeadm-config.yaml -->` comment just before the block: one file of a workspace. */
  file?: string;
  /** How many headings came before it: a heading ends a workspace. */
  heading: number;
  /** Whether prose stands between it and the block before: prose ends a workspace too. */
  prose: boolean;
}

/** The ```yaml blocks of a page under its `## Invalid` and `## Valid` headings. */
export function docBlocks(page: string): Block[] {
  const blocks: Block[] = [];
  let section: Block['section'] | undefined;
  let headings = 0;
  let lastEnd = -1;
  const lines = page.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^##+\s+(.*)$/.exec(lines[i]!);
    if (heading) headings++;
    if (heading && /^##\s/.test(lines[i]!)) section = /^invalid/i.test(heading[1]!) ? 'invalid' : /^valid/i.test(heading[1]!) ? 'valid' : undefined;
    if (section && /^```ya?ml\s*$/.test(lines[i]!)) {
      let before = i - 1;
      while (before >= 0 && lines[before]!.trim() === '') before--;
      const file = /^<!--\s*file:\s*(\S+)\s*-->\s*$/.exec(lines[before] ?? '')?.[1];
      const prose = lines.slice(lastEnd + 1, file ? before : i).some((l) => l.trim() !== '');
      const start = i + 1;
      let end = start;
      while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
      blocks.push({ section, text: lines.slice(start, end).join('\n') + '\n', line: start + 1, heading: headings, prose, ...(file ? { file } : {}) });
      i = end;
      lastEnd = end;
    }
  }
  return blocks;
}

/**
 * One example: a single block, or a workspace of consecutive blocks each preceded by `<!-- file: PATH -->`. A block
 * without the comment, a heading or prose before it, or a path already in the workspace starts a new example.
 */
export interface Example {
  section: Block['section'];
  line: number;
  files: { path: string; text: string }[];
  workspace: boolean;
}

export function docExamples(blocks: readonly Block[]): Example[] {
  const out: Example[] = [];
  let current: (Example & { heading: number }) | undefined;
  for (const block of blocks) {
    const path = block.file ?? /^# file: (\S+)/m.exec(block.text)?.[1] ?? 'manifest.yaml';
    const joins = block.file !== undefined && !block.prose && current?.workspace && current.section === block.section && current.heading === block.heading &&
      !current.files.some((f) => f.path === path);
    if (joins) {
      current!.files.push({ path, text: block.text });
      continue;
    }
    current = { section: block.section, line: block.line, files: [{ path, text: block.text }], workspace: block.file !== undefined, heading: block.heading };
    out.push(current);
  }
  return out;
}

interface Found { path: string; severity: string; start: number; end: number; message: string }

function runExample(code: string, example: Example): Found[] {
  const all = example.files.map((f) => f.text).join('\n');
  const version = /^# kubernetesVersion: 1\.(\d+)/m.exec(all)?.[1];
  const settings = version ? { ...DEFAULT_SETTINGS, kubernetesVersion: { major: 1, minor: Number(version) } } : DEFAULT_SETTINGS;
  const sources = example.files.map((f) => ({ uri: `file:///docs/${f.path}`, text: f.text }));
  const results = example.workspace
    ? analyzeFiles(sources, settings)
    : new Map([[sources[0]!.uri, analyzeFile(sources[0]!, settings)]]);
  return example.files.flatMap((f) => (results.get(`file:///docs/${f.path}`) ?? [])
    .filter((x) => x.code === code)
    .map((x) => ({ path: f.path, severity: x.severity, start: x.span.start, end: x.span.end, message: x.message })));
}

describe('rules and their docs', () => {
  it('codes and names are unique, names are kebab-case and match a source file', () => {
    const codes = RULES.map((r) => r.code);
    const names = RULES.map((r) => r.name);
    assert.equal(new Set(codes).size, codes.length);
    assert.equal(new Set(names).size, names.length);
    const files = new Set(ruleFiles(join(ROOT, 'server', 'src', 'rules')));
    for (const r of RULES) {
      assert.match(r.code, /^NL\d{3}$/);
      assert.match(r.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(files.has(r.name), `server/src/rules/**/${r.name}.ts`);
    }
  });

  for (const rule of RULES) {
    it(`${rule.code} ${rule.name}: its page exists and its examples hold`, () => {
      const file = join(ROOT, docsPath(rule.code));
      assert.ok(existsSync(file), `missing ${docsPath(rule.code)}`);
      const page = readFileSync(file, 'utf8');
      assert.match(page.split('\n')[0]!, new RegExp(`^# ${rule.code} ${rule.name}$`));
      const examples = docExamples(docBlocks(page));
      assert.ok(examples.some((b) => b.section === 'invalid'), 'an Invalid example');
      assert.ok(examples.some((b) => b.section === 'valid'), 'a Valid example');
      for (const example of examples) {
        const show = (f: Found) => `${example.workspace ? `${f.path} ` : ''}${f.severity} ${f.start}-${f.end} ${f.message}`;
        const found = runExample(rule.code, example).map(show);
        if (example.section === 'valid') {
          assert.deepEqual(found, [], `valid example at line ${example.line}`);
        } else {
          const expected = example.files.flatMap((f) => parseAnnotations(f.text).filter((e) => e.code === rule.code)
            .map((e) => show({ path: f.path, severity: e.severity, start: e.start, end: e.end, message: e.message })));
          assert.ok(expected.length > 0, `invalid example at line ${example.line} has no annotation`);
          assert.deepEqual(found, expected, `invalid example at line ${example.line}`);
        }
      }
    });
  }
});
