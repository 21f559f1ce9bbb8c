// Inputs made to hurt: alias bombs, nesting deeper than the parser's stack, very long lines, random bytes, a file
// over the large-file limit. Each is checked without a crash, in bounded time, with every range inside the text.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { analyzeFile } from '../../server/src/analysis';
import { DEFAULT_SETTINGS, LARGE_FILE_DEFAULT, type Finding } from '../../server/src/types';
import { aliasBomb, deepNesting, longLines, manifestStreamOfSize, randomBytes } from '../../bench/generate';
import { checkInput, describeFailure } from './check';
import { ROOT } from './corpus';

function timed(uri: string, text: string, limitMs: number, settings = DEFAULT_SETTINGS): Finding[] {
  const started = Date.now();
  const findings = analyzeFile({ uri, text }, settings);
  const ms = Date.now() - started;
  assert.ok(ms < limitMs, `${uri}: ${ms} ms, more than ${limitMs} ms`);
  assert.deepEqual(findings.filter((f) => f.code === 'NL000'), []);
  for (const f of findings) assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.code} [${f.span.start},${f.span.end})`);
  return findings;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourcesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('pathological inputs', () => {
  it('an alias bomb is never expanded: nothing resolves aliases, and yaml stops at maxAliasCount if asked to', () => {
    // 10^12 nodes if expanded; NetLens reads nodes, so the aliases stay aliases.
    const bomb = aliasBomb(12);
    const findings = timed('file:///fuzz/bomb.yaml', bomb, 2000);
    assert.ok(findings.some((f) => f.code === 'NL201'), 'the rest of the Service is still checked');
    const expanders = sourcesUnder(join(ROOT, 'server', 'src')).filter((p) => /\.toJS\(|\.toJSON\(/.test(readFileSync(p, 'utf8')));
    assert.deepEqual(expanders, [], 'no code under server/src expands aliases (toJS, toJSON)');
    // And the parser's own guard, should anything ever call it: yaml's default maxAliasCount (100) refuses the bomb.
    const started = Date.now();
    assert.throws(() => parseDocument(bomb).toJS(), /Excessive alias count/);
    assert.ok(Date.now() - started < 2000);
  });

  it('nesting deeper than the parser can go is a YAML error, not a crash', () => {
    for (const depth of [500, 1000, 5000, 20000]) {
      const findings = timed(`file:///fuzz/deep-${depth}.yaml`, deepNesting(depth), 10_000);
      assert.ok(depth < 1000 || findings.some((f) => f.code === 'NL001'), `depth ${depth}`);
    }
    const flow = `services:\n  web:\n    image: x\n    ports: ${'['.repeat(20000)}"80:80"${']'.repeat(20000)}\n`;
    assert.ok(timed('file:///fuzz/deep/compose.yaml', flow, 10_000).some((f) => f.code === 'NL001'));
  });

  it('very long lines are checked in bounded time', () => {
    const findings = timed('file:///fuzz/long.yaml', longLines(20_000), 15_000);
    assert.ok(findings.length > 0);
  });

  it('random bytes: no crash, every range inside the text', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const file of ['random.yaml', 'compose.yaml']) {
        const input = { file, text: randomBytes(20_000, seed) };
        const problems = checkInput(input, { budgetMs: 5000, maxFixes: 4 });
        assert.deepEqual(problems, [], describeFailure(input, problems));
      }
    }
  });

  it('a file over netlens.maxFileSize gets its YAML errors and one information diagnostic, nothing else', () => {
    const text = `${manifestStreamOfSize(LARGE_FILE_DEFAULT + 100_000, 8)}---\nkey: [unclosed\n`;
    const findings = timed('file:///fuzz/large.yaml', text, 20_000, { ...DEFAULT_SETTINGS, maxFileSize: LARGE_FILE_DEFAULT });
    assert.deepEqual([...new Set(findings.map((f) => f.code))].sort(), ['NL001', 'NL002']);
    const notice = findings.find((f) => f.code === 'NL002')!;
    assert.equal(notice.severity, 'information');
    assert.match(notice.message, /^NetLens checked only the YAML syntax of this file: at 2\.1 MiB it is larger than netlens\.maxFileSize \(2\.0 MiB\)/);
    // Without the limit (the CLI), the same file is checked in full.
    const small = manifestStreamOfSize(200_000, 8);
    assert.ok(timed('file:///fuzz/large-cli.yaml', small, 10_000).some((f) => f.code !== 'NL001' && f.code !== 'NL002'));
  });

  it('the same text is checked in full once the limit is raised, and syntax-only again once it is lowered (found in review)', () => {
    const uri = 'file:///fuzz/limit-changed.yaml';
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  clusterIP: 10.96.0.010\n  ports: [{port: 80}]\n';
    const codes = (maxFileSize: number) => analyzeFile({ uri, text }, { ...DEFAULT_SETTINGS, maxFileSize }).map((f) => f.code);
    assert.deepEqual(codes(10), ['NL002']);
    assert.ok(codes(Infinity).includes('NL102'), codes(Infinity).join());
    assert.deepEqual(codes(10), ['NL002']);
  });
});
