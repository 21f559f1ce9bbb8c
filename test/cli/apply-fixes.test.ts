// `--fix` below the CLI: fixWorkspace applies every non-overlapping safe fix, re-analyses, and stops when done.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixWorkspace } from '../../server/src/cli/apply-fixes';
import { DEFAULT_SETTINGS } from '../../server/src/types';

const KUBEADM = [
  'apiVersion: kubeadm.k8s.io/v1beta4',
  'kind: ClusterConfiguration',
  'networking:',
  '  podSubnet: 10.244.0.1/16,fd00:10:244::1/56 # both have host bits',
  '',
].join('\r\n');

describe('fixWorkspace', () => {
  it('applies every safe fix of a file in one pass and returns the findings of the fixed text', () => {
    const source = { uri: 'file:///ws/kubeadm.yaml', text: KUBEADM };
    const outcome = fixWorkspace([source], DEFAULT_SETTINGS);
    assert.equal(outcome.applied, 2);
    assert.equal(outcome.sources[0]!.text, KUBEADM.replace('10.244.0.1/16,fd00:10:244::1/56', '10.244.0.0/16,fd00:10:244::/56'));
    assert.deepEqual(outcome.findings.get(source.uri), []);
  });

  it('leaves alone what may not change, and a file with nothing to fix is the same object', () => {
    const locked = { uri: 'file:///ws/locked.yaml', text: KUBEADM };
    const clean = { uri: 'file:///ws/clean.yaml', text: 'a: 1\n' };
    const outcome = fixWorkspace([locked, clean], DEFAULT_SETTINGS, (uri) => uri !== locked.uri);
    assert.equal(outcome.applied, 0);
    assert.equal(outcome.sources[0], locked);
    assert.equal(outcome.sources[1], clean);
    assert.deepEqual(outcome.findings.get(locked.uri)!.map((f) => f.code), ['NL103', 'NL103']);
  });
});
