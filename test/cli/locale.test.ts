// The CLI's language: `--locale ja`, or LC_ALL / LC_MESSAGES / LANG; English by default and for English locales.
// In Japanese the rule's explanation comes first and the upstream message follows verbatim.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/cli';
import { currentLocale } from '../../server/src/l10n/localize';
import { BUNDLE, ROOT, bundleMissing } from './helpers';

const EXAMPLE = join(ROOT, 'examples', 'kubernetes', 'service-mistakes.yaml');

function run(argv: readonly string[], env?: Readonly<Record<string, string | undefined>>) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { cwd: ROOT, stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, ...(env ? { env } : {}) });
  return { code, stdout, stderr };
}

interface Json { files: { diagnostics: { code: string; message: string; fixes: { title: string }[] }[] }[] }

describe('netlens lint --locale', () => {
  it('is English by default and with an English or C locale, byte for byte', () => {
    const plain = run(['lint', '--format', 'json', EXAMPLE]);
    for (const env of [{ LANG: 'C.UTF-8' }, { LANG: 'en_US.UTF-8' }, { LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }]) {
      assert.equal(run(['lint', '--format', 'json', EXAMPLE], env).stdout, plain.stdout, JSON.stringify(env));
    }
    assert.equal(run(['lint', '--format', 'json', '--locale', 'en', EXAMPLE], { LANG: 'ja_JP.UTF-8' }).stdout, plain.stdout);
    assert.doesNotMatch(plain.stdout, /[\u3040-\u30ff]/);
  });

  it('writes the Japanese explanation and then the upstream message, with --locale ja or LANG=ja_JP.UTF-8', () => {
    const english = JSON.parse(run(['lint', '--format', 'json', EXAMPLE]).stdout) as Json;
    for (const [argv, env] of [[['--locale', 'ja'], undefined], [[], { LANG: 'ja_JP.UTF-8' }], [[], { LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }]] as const) {
      const r = run(['lint', '--format', 'json', ...argv, EXAMPLE], env);
      assert.equal(r.code, 1);
      assert.equal(r.stderr, '');
      const japanese = JSON.parse(r.stdout) as Json;
      const en = english.files[0]!.diagnostics;
      const ja = japanese.files[0]!.diagnostics;
      assert.equal(ja.length, en.length);
      ja.forEach((d, i) => {
        const [explanation, ...upstream] = d.message.split('\n');
        assert.match(explanation!, /[\u3040-\u30ff]/, `${d.code} is explained in Japanese`);
        assert.equal(upstream.join('\n'), en[i]!.message, `${d.code}: the upstream message stays verbatim`);
      });
      assert.ok(ja.some((d) => d.fixes.some((f) => /[\u3040-\u30ff]/.test(f.title))), 'fix titles are Japanese');
    }
    assert.equal(currentLocale(), 'en', 'the CLI leaves the core in English after the run');
  });

  it('says the summary, the rule list and --capacities in Japanese', () => {
    const text = run(['lint', '--locale', 'ja', '--capacities', join(ROOT, 'examples', 'kubeadm', 'kubeadm-dual-stack.yaml')]).stdout;
    assert.match(text, /^1 ファイル: エラー \d+ 件, 警告 \d+ 件/m);
    assert.match(text, /^容量:$/m);
    assert.match(text, /アドレス/);
    const rules = run(['rules'], { LANG: 'ja_JP.UTF-8' }).stdout;
    assert.match(rules, /^NL203 +service-ip-family-policy-value +error +Service の spec\.ipFamilyPolicy は/m);
  });

  it('says when an explicit --locale has no messages, and goes on in English', () => {
    const r = run(['lint', '--format', 'json', '--locale', 'fr', EXAMPLE]);
    assert.match(r.stderr, /^netlens: no messages in 'fr'; available: en, ja$/m);
    assert.equal(r.stdout, run(['lint', '--format', 'json', EXAMPLE]).stdout);
    assert.equal(run(['lint', '--format', 'json', EXAMPLE], { LANG: 'fr_FR.UTF-8' }).stderr, '', 'an environment locale is not worth a notice');
    assert.match(run(['lint', '--locale']).stderr, /option '--locale' needs a value/);
  });

  it('finds the bundle beside dist/ when run as the bundle', { skip: bundleMissing() }, () => {
    const r = spawnSync(process.execPath, [BUNDLE, 'lint', '--format', 'json', EXAMPLE], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'ja_JP.UTF-8' } });
    const d = (JSON.parse(r.stdout) as Json).files[0]!.diagnostics[0]!;
    assert.match(d.message.split('\n')[0]!, /[\u3040-\u30ff]/);
  });
});
