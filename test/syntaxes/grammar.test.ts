// The TextMate injection grammar (syntaxes/netlens-addresses.tmLanguage.json) run by vscode-textmate and
// vscode-oniguruma, the engine VS Code uses, over a real YAML grammar (textmate/yaml.tmbundle from tm-grammars).
//
// Fixtures in test/syntaxes/fixtures/ carry their expectations as comment lines under the line they test:
//   `#   ^^^^ scope`   the marked characters, and exactly those around them, have `scope`
//   `#   ^^^^ -scope`  none of the marked characters has a scope that starts with `scope`

import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar, type StateStack } from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures');
const INJECTION = 'netlens.addresses.injection';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] };
};

function readGrammar(file: string): IRawGrammar {
  return JSON.parse(readFileSync(file, 'utf8')) as IRawGrammar;
}

let yaml: IGrammar;

before(async () => {
  await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  const contribution = pkg.contributes.grammars.find((g) => g.scopeName === INJECTION)!;
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'source.yaml') return readGrammar(require.resolve('tm-grammars/grammars/yaml.json'));
      if (scopeName === INJECTION) return readGrammar(join(ROOT, contribution.path));
      return null;
    },
    // As VS Code does with `injectTo` of the contribution.
    getInjections: (scopeName) => (contribution.injectTo?.includes(scopeName) ? [INJECTION] : undefined),
  });
  const loaded = await registry.loadGrammar('source.yaml');
  assert.ok(loaded, 'source.yaml loads');
  yaml = loaded;
});

interface Token { start: number; end: number; scopes: string[] }

function tokenize(text: string): Token[][] {
  let state: StateStack = INITIAL;
  return text.split(/\r\n|\n/).map((line) => {
    const result = yaml.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
}

function scopesAt(tokens: Token[], column: number): string[] {
  return tokens.find((t) => column >= t.start && column < t.end)?.scopes ?? [];
}

const ASSERTION = /^#(\s*)(\^+)\s+(-?)(\S+)\s*$/;

interface Assertion { line: number; text: string; from: number; to: number; negative: boolean; scope: string; at: number }

function assertionsOf(text: string): { lines: string[]; assertions: Assertion[] } {
  const lines = text.split(/\r\n|\n/);
  const assertions: Assertion[] = [];
  let subject = -1;
  lines.forEach((line, i) => {
    const m = ASSERTION.exec(line);
    if (!m) {
      subject = i;
      return;
    }
    const from = 1 + m[1]!.length;
    assertions.push({ line: subject, text: lines[subject]!, from, to: from + m[2]!.length, negative: m[3] === '-', scope: m[4]!, at: i + 1 });
  });
  return { lines, assertions };
}

function has(scopes: readonly string[], scope: string, prefix: boolean): boolean {
  return scopes.some((s) => s === scope || (prefix ? s.startsWith(`${scope}.`) || s.endsWith(`.${scope}`) : false));
}

function check(name: string): void {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const { assertions } = assertionsOf(text);
  assert.ok(assertions.length > 0, `${name} has assertions`);
  const tokens = tokenize(text);
  const failures: string[] = [];
  for (const a of assertions) {
    const lineTokens = tokens[a.line]!;
    const where = `${name}:${a.at} (${JSON.stringify(a.text.slice(a.from, a.to))})`;
    const describeScopes = (col: number): string => `${JSON.stringify(a.text[col])}@${col}: ${scopesAt(lineTokens, col).slice(1).join(' ') || '(source.yaml only)'}`;
    if (a.negative) {
      for (let col = a.from; col < a.to; col++) {
        if (has(scopesAt(lineTokens, col), a.scope, true)) failures.push(`${where}: unexpected ${a.scope} at ${describeScopes(col)}`);
      }
      continue;
    }
    for (let col = a.from; col < a.to; col++) {
      if (!has(scopesAt(lineTokens, col), a.scope, false)) failures.push(`${where}: no ${a.scope} at ${describeScopes(col)}`);
    }
    // Exactly those characters: the scope stops at both ends (a neighbouring token of the same kind is a separate match).
    for (const col of [a.from - 1, a.to]) {
      if (col < 0 || col >= a.text.length) continue;
      const outside = lineTokens.find((t) => col >= t.start && col < t.end);
      const inside = lineTokens.find((t) => (col === a.to ? a.to - 1 : a.from) >= t.start && (col === a.to ? a.to - 1 : a.from) < t.end);
      if (outside && outside === inside) failures.push(`${where}: ${a.scope} runs past the marked characters, to ${describeScopes(col)}`);
      else if (has(scopesAt(lineTokens, col), a.scope, false) && !/[,\s\]"']/.test(a.text[col]!)) {
        failures.push(`${where}: ${a.scope} continues at ${describeScopes(col)}`);
      }
    }
  }
  assert.deepEqual(failures, []);
}

describe('address grammar', () => {
  it('is contributed as an injection into source.yaml', () => {
    const contribution = pkg.contributes.grammars.find((g) => g.scopeName === INJECTION);
    assert.ok(contribution, 'package.json contributes the grammar');
    assert.deepEqual(contribution.injectTo, ['source.yaml']);
    const grammar = readGrammar(join(ROOT, contribution.path)) as IRawGrammar & { injectionSelector?: string };
    assert.equal(grammar.scopeName, INJECTION);
    assert.match(grammar.injectionSelector ?? '', /source\.yaml -comment/);
  });

  it('is the output of syntaxes/build.mjs', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'syntaxes', 'build.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).sort()) {
    it(`marks what ${name} expects`, () => check(name));
  }

  it('keeps CRLF files and the state across lines', () => {
    const tokens = tokenize('a: |\r\n  plain text\r\nb: 10.0.0.1\r\n');
    assert.ok(has(scopesAt(tokens[2]!, 3), 'constant.numeric.ip.ipv4.netlens', false));
  });

  it('marks every IPv4 and IPv6 address, CIDR and range ipaddr.js can write, as one token of the right scope', () => {
    const v4 = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }).map((b) => ipaddr.fromByteArray(b));
    const v6 = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 16, maxLength: 16 }),
      // Runs of zero groups, where `::` compression happens.
      fc.array(fc.constantFrom(0, 0, 0, 0x0d, 0xb8, 0xff), { minLength: 16, maxLength: 16 }),
    ).map((b) => ipaddr.fromByteArray(b) as ipaddr.IPv6);
    const written = fc.oneof(
      v4.map((ip) => ({ text: ip.toString(), scope: 'constant.numeric.ip.ipv4.netlens' })),
      v6.map((ip) => ({ text: ip.toString(), scope: 'constant.numeric.ip.ipv6.netlens' })),
      v6.map((ip) => ({ text: ip.toNormalizedString(), scope: 'constant.numeric.ip.ipv6.netlens' })),
      v6.map((ip) => ({ text: ip.toNormalizedString().split(':').map((g) => g.padStart(4, '0')).join(':').toUpperCase(), scope: 'constant.numeric.ip.ipv6.netlens' })),
      fc.tuple(v4, fc.integer({ min: 0, max: 32 })).map(([ip, p]) => ({ text: `${ip.toString()}/${p}`, scope: 'constant.numeric.cidr.ipv4.netlens' })),
      fc.tuple(v6, fc.integer({ min: 0, max: 128 })).map(([ip, p]) => ({ text: `${ip.toString()}/${p}`, scope: 'constant.numeric.cidr.ipv6.netlens' })),
      fc.tuple(v4, v4).map(([a, b]) => ({ text: `${a.toString()}-${b.toString()}`, scope: 'constant.numeric.range.ipv4.netlens' })),
      fc.tuple(v6, v6).map(([a, b]) => ({ text: `${a.toString()}-${b.toString()}`, scope: 'constant.numeric.range.ipv6.netlens' })),
    );
    const style = fc.constantFrom((v: string) => `key: ${v}`, (v: string) => `key: "${v}"`, (v: string) => `- '${v}'`, (v: string) => `list: [a, ${v}]`);
    fc.assert(fc.property(written, style, ({ text, scope }, line) => {
      const source = line(text);
      const start = source.indexOf(text);
      const tokens = tokenize(source)[0]!;
      for (let col = start; col < start + text.length; col++) {
        assert.ok(has(scopesAt(tokens, col), scope, false), `${JSON.stringify(source)}: ${scope} missing at ${col}: ${scopesAt(tokens, col).join(' ')}`);
      }
      assert.ok(!has(scopesAt(tokens, start - 1), scope, false), `${JSON.stringify(source)}: ${scope} starts early`);
    }), { numRuns: 1500 });
  });

  it('tokenizes the examples and the corpus quickly (no regex backtracking blow-ups)', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(e.name)) files.push(p);
      }
    };
    walk(join(ROOT, 'examples'));
    // The real-world corpus beside the project, when it is there (see test/cli/corpus.test.ts).
    const corpus = join(ROOT, '..', 'shared', 'corpus', 'real');
    if (existsSync(corpus)) walk(corpus);
    const t0 = performance.now();
    let marked = 0;
    for (const file of files) {
      for (const line of tokenize(readFileSync(file, 'utf8'))) marked += line.filter((t) => t.scopes.some((s) => s.endsWith('.netlens'))).length;
    }
    const ms = performance.now() - t0;
    assert.ok(files.length > 10, `found ${files.length} files`);
    assert.ok(marked > 100, `only ${marked} tokens marked in ${files.length} files`);
    assert.ok(ms < 20_000, `took ${ms.toFixed(0)} ms for ${files.length} files`);
  });
});
