// `netlens lint --capacities`: the sizes people otherwise compute by hand, in the text output.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WORKSPACE, runInProcess } from './helpers';

describe('lint --capacities', () => {
  it('lists each CIDR of a kubeadm config with its size and meaning, after the findings', () => {
    const run = runInProcess(['lint', '--capacities', 'kubeadm-config.yaml'], WORKSPACE);
    const lines = run.stdout.split('\n');
    const at = lines.indexOf('Capacities:');
    assert.ok(at > 0, run.stdout);
    const capacity = lines.slice(at + 1).filter((l) => l.trim() !== '');
    assert.match(capacity[0]!, /networking\.podSubnet 10\.244\.0\.0\/16 \(IPv4\): 65,536 addresses; 256 nodes × 256 addresses per node \(\/24\)$/);
    assert.match(capacity[1]!, /fd00:10:244::\/56 \(IPv6\): 4,722,366,482,869,645,213,696 addresses; 256 nodes × 18,446,744,073,709,551,616 addresses per node \(\/64\)$/);
    assert.ok(capacity.some((l) => /serviceSubnet .*allocatable ClusterIPs; kubernetes\.default /.test(l)), run.stdout);
  });

  it('goes with the text format only', () => {
    const run = runInProcess(['lint', '--capacities', '--format', 'json', 'kubeadm-config.yaml'], WORKSPACE);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--capacities' goes with --format text/);
  });
});
