// The meta test: every rule has a unique code and name, a source file named after it, and a docs page whose
// examples produce exactly their annotated findings (invalid blocks) or none of the rule's (valid blocks).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/rules/registry';
import { docsPath } from '../server/src/rules/rule';
import { analyzeFile } from '../server/src/analysis';
import { DEFAULT_SETTINGS } from '../server/src/types';
import { parseAnnotations } from './rule-tester';

const ROOT = join(__dirname, '..');

function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? ruleFiles(p) : [n.replace(/\.ts$/, '')];
  });
}

interface Block { section: 'invalid' | 'valid'; text: string; line: number }

/** The ```yaml blocks of a page under its `## Invalid` and `## Valid` headings. */
export function docBlocks(page: string): Block[] {
  const blocks: Block[] = [];
  let section: Block['section'] | undefined;
  const lines = page.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^##\s+(.*)$/.exec(lines[i]!);
    if (heading) section = /^invalid/i.test(heading[1]!) ? 'invalid' : /^valid/i.test(heading[1]!) ? 'valid' : undefined;
    if (section && /^```ya?ml\s*$/.test(lines[i]!)) {
      const start = i + 1;
      let end = start;
      while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
      blocks.push({ section, text: lines.slice(start, end).join('\n') + '\n', line: start + 1 });
      i = end;
    }
  }
  return blocks;
}

function runBlock(code: string, text: string) {
  const file = /^# file: (\S+)/m.exec(text)?.[1] ?? 'manifest.yaml';
  const version = /^# kubernetesVersion: 1\.(\d+)/m.exec(text)?.[1];
  const settings = version ? { ...DEFAULT_SETTINGS, kubernetesVersion: { major: 1, minor: Number(version) } } : DEFAULT_SETTINGS;
  return analyzeFile({ uri: `file:///docs/${file}`, text }, settings).filter((f) => f.code === code);
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
      const blocks = docBlocks(page);
      assert.ok(blocks.some((b) => b.section === 'invalid'), 'an Invalid example');
      assert.ok(blocks.some((b) => b.section === 'valid'), 'a Valid example');
      for (const block of blocks) {
        const found = runBlock(rule.code, block.text).map((f) => `${f.severity} ${f.span.start}-${f.span.end} ${f.message}`);
        if (block.section === 'valid') {
          assert.deepEqual(found, [], `valid example at line ${block.line}`);
        } else {
          const expected = parseAnnotations(block.text).filter((e) => e.code === rule.code).map((e) => `${e.severity} ${e.start}-${e.end} ${e.message}`);
          assert.ok(expected.length > 0, `invalid example at line ${block.line} has no annotation`);
          assert.deepEqual(found, expected, `invalid example at line ${block.line}`);
        }
      }
    });
  }
});
