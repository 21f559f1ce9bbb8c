// The cluster-config part of the real-world corpus (../shared/corpus/real beside the project): kind, MetalLB,
// Calico, Cluster API and kubeadm test data written by others get no error from the address, kubeadm /
// control-plane and cluster rules, and no check fails. Skipped when the corpus is not there.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeFile } from '../../server/src/analysis';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'real');
const FOLDERS = ['kind', 'metallb', 'calico', 'cluster-api', 'kubernetes-kubeadm-testdata', 'kubernetes-website'];
const OURS = /^NL(1|3|5)\d\d$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('cluster configs of the real-world corpus', { skip: existsSync(CORPUS) ? false : 'no corpus beside the project' }, () => {
  for (const folder of FOLDERS) {
    it(`${folder}: no error from the cluster-config rules, no failed check`, () => {
      const problems: string[] = [];
      for (const path of walk(join(CORPUS, folder))) {
        for (const f of analyzeFile({ uri: `file:///corpus/${relative(CORPUS, path)}`, text: readFileSync(path, 'utf8') })) {
          if (f.code === 'NL000' || (f.severity === 'error' && OURS.test(f.code))) problems.push(`${relative(CORPUS, path)}: ${f.code} ${f.message}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});
