// The bundled CLI (dist/cli.js, what `netlens` runs) as a child process: the same output as in-process, real exit
// codes, stdout and stderr kept apart, and --fix on a temporary copy.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, WORKSPACE, bundleMissing, runBundle, runInProcess, tempCopy } from './helpers';

describe('dist/cli.js', { skip: bundleMissing() }, () => {
  it('--help and --version exit 0', () => {
    const help = runBundle(['--help'], WORKSPACE);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: netlens lint \[options\] \[paths\.\.\.\]/);
    const version = runBundle(['--version'], WORKSPACE);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^netlens \d+\.\d+\.\d+\n$/);
  });

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints what the in-process CLI prints (--format ${format}), exit 1 on errors`, () => {
      const argv = ['lint', '--format', format, 'workspace', 'bom'];
      const bundled = runBundle(argv, FIXTURES);
      assert.equal(bundled.stderr, '');
      assert.equal(bundled.code, 1);
      assert.equal(bundled.stdout, runInProcess(argv, FIXTURES).stdout);
    });
  }

  it('JSON ranges are 0-based UTF-16 on the CRLF file with Japanese and an emoji before the value', () => {
    const run = runBundle(['lint', '--format', 'json', 'service-ipv6.yaml'], WORKSPACE);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.files[0].diagnostics[0].range, { start: { line: 5, character: 46 }, end: { line: 5, character: 50 } });
    assert.deepEqual(report.summary, { files: 1, errors: 1, warnings: 0 });
  });

  it('exit 0 when there is no error', () => {
    assert.deepEqual(runBundle(['lint', 'clean.yaml', 'kubeadm-config.yaml'], WORKSPACE).code, 0);
  });

  it('exit 2 with a message on stderr when the command fails', () => {
    const missing = runBundle(['lint', 'clean.yaml', 'nowhere/'], WORKSPACE);
    assert.deepEqual(missing, { code: 2, stdout: '', stderr: "netlens: no such file or folder: 'nowhere/'\n" });
    const option = runBundle(['lint', '--colour'], WORKSPACE);
    assert.equal(option.code, 2);
    assert.match(option.stderr, /^netlens: unknown option '--colour'\n/);
  });

  it('--fix rewrites the temporary copy, then reports what remains', () => {
    const { dir, done } = tempCopy('workspace');
    try {
      const before = readFileSync(join(dir, 'kubeadm-config.yaml'), 'utf8');
      const run = runBundle(['lint', '--fix', '--format', 'json', 'kubeadm-config.yaml'], dir);
      assert.equal(run.code, 0);
      assert.equal(run.stderr, 'netlens: fixed 1 problem in 1 file\n');
      assert.deepEqual(JSON.parse(run.stdout), { files: [{ path: 'kubeadm-config.yaml', diagnostics: [] }], summary: { files: 1, errors: 0, warnings: 0 } });
      assert.equal(readFileSync(join(dir, 'kubeadm-config.yaml'), 'utf8'), before.replace('10.244.0.1/16,', '10.244.0.0/16,'));
    } finally {
      done();
    }
  });
});
