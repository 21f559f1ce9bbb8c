// Walking folders: which files, in which order, under which displayed path; links; paths that cannot be read.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectFiles } from '../../server/src/cli/walk';
import { CliError } from '../../server/src/cli/cli-error';
import { FIXTURES, WORKSPACE, tempDir } from './helpers';

const displays = (paths: string[], cwd: string): string[] => collectFiles(paths, cwd).map((f) => f.display);

describe('cli file walking', () => {
  it('walks a folder for *.yaml and *.yml in name order, dot-folders included', () => {
    assert.deepEqual(displays(['workspace'], FIXTURES), [
      'workspace/.config/kubeadm.yaml',
      'workspace/broken.yml',
      'workspace/clean.yaml',
      'workspace/compose.yaml',
      'workspace/kubeadm-config.yaml',
      'workspace/service-ipv6.yaml',
    ]);
  });

  it('shows paths as given: no paths is the current folder, `./` and `dir/` are tidied', () => {
    assert.deepEqual(displays([], WORKSPACE)[0], '.config/kubeadm.yaml');
    assert.deepEqual(displays(['./'], WORKSPACE)[1], 'broken.yml');
    assert.deepEqual(displays(['workspace/'], FIXTURES)[1], 'workspace/broken.yml');
    assert.deepEqual(displays(['../bom'], WORKSPACE), ['../bom/kubeadm-bom.yaml']);
    const absolute = join(FIXTURES, 'bom');
    assert.deepEqual(collectFiles([absolute], WORKSPACE).map((f) => f.absolute), [join(absolute, 'kubeadm-bom.yaml')]);
  });

  it('lints a file named explicitly whatever its extension, in argument order, each file once', () => {
    assert.deepEqual(displays(['service.yaml.txt', 'compose.yaml', '.', 'compose.yaml'], WORKSPACE), [
      'service.yaml.txt',
      'compose.yaml',
      '.config/kubeadm.yaml',
      'broken.yml',
      'clean.yaml',
      'kubeadm-config.yaml',
      'service-ipv6.yaml',
    ]);
  });

  it('skips node_modules and .git, follows links, survives link loops and dangling links', () => {
    const { dir, done } = tempDir();
    try {
      for (const d of ['node_modules/pkg', '.git/refs', 'src/nested', 'upper']) mkdirSync(join(dir, d), { recursive: true });
      writeFileSync(join(dir, 'node_modules/pkg/bad.yaml'), 'a: [\n');
      writeFileSync(join(dir, '.git/refs/bad.yml'), 'a: [\n');
      writeFileSync(join(dir, 'src/nested/a.yaml'), 'a: 1\n');
      writeFileSync(join(dir, 'upper/B.YML'), 'b: 1\n');
      writeFileSync(join(dir, 'src/readme.md'), '# not yaml\n');
      symlinkSync(dir, join(dir, 'src/nested/loop'), 'dir');
      symlinkSync(join(dir, 'missing.yaml'), join(dir, 'src/dangling.yaml'));
      symlinkSync(join(dir, 'src/nested/a.yaml'), join(dir, 'src/z-link.yaml'));
      assert.deepEqual(displays(['.'], dir), ['src/nested/a.yaml', 'upper/B.YML']);
    } finally {
      done();
    }
  });

  it('a path that does not exist, or cannot be read, is a CliError', () => {
    assert.throws(() => collectFiles(['no-such-dir'], FIXTURES), (e: unknown) => e instanceof CliError && /no such file or folder: 'no-such-dir'/.test(e.message));
    assert.throws(() => collectFiles(['clean.yaml/x'], WORKSPACE), CliError);
  });
});
