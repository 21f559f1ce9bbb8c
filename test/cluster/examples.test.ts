// The seeds' kubeadm and bare-metal examples (examples/README.md): their mistakes are flagged, the rest is
// clean, and hovers give the capacities the bare-metal guide computes by hand (2^16 addresses, 2^8 per node).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, capacities, hoverAt } from '../../server/src/analysis';
import { LineIndex } from '../../server/src/text/line-index';

const ROOT = join(__dirname, '..', '..');

function source(path: string) {
  return { uri: `file:///examples/${path}`, text: readFileSync(join(ROOT, 'examples', path), 'utf8') };
}

/** `line:column code` of every finding (1-based), for a compact comparison. */
function findings(path: string): string[] {
  const file = source(path);
  const index = new LineIndex(file.text);
  return analyzeFile(file).map((f) => {
    const p = index.positionAt(f.span.start);
    return `${p.line + 1}:${p.character + 1} ${f.severity} ${f.code}`;
  });
}

/** The hover on the first occurrence of `needle` (one character in). */
function hover(path: string, needle: string, nth = 0): string {
  const file = source(path);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = file.text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in ${path}`);
  return hoverAt(file, at + 1)?.markdown ?? '';
}

describe('kubeadm examples', () => {
  it('kubeadm-config.yaml, kubeadm-single-stack.yaml and kubeadm-join.yaml are clean', () => {
    for (const path of ['kubeadm/kubeadm-config.yaml', 'kubeadm/kubeadm-single-stack.yaml', 'kubeadm/kubeadm-join.yaml']) {
      assert.deepEqual(findings(path), [], path);
    }
  });

  it('kubeadm-dual-stack.yaml: the service subnet inside the pod subnet, the non-canonical IPv6, advertiseAddress vs node-ip', () => {
    assert.deepEqual(findings('kubeadm/kubeadm-dual-stack.yaml'), [
      '15:28 information NL104',
      '16:31 warning NL315',
      '29:13 information NL316',
    ]);
  });

  it('kubeadm-flags-placeholders.yaml: every placeholder and the removed IPv6DualStack gate', () => {
    const found = findings('kubeadm/kubeadm-flags-placeholders.yaml');
    assert.deepEqual(found.filter((f) => f.endsWith('NL318')).map((f) => f.split(':')[0]), ['13', '21', '39', '45']);
    assert.deepEqual([...new Set(found.filter((f) => f.endsWith('NL105')).map((f) => f.split(':')[0]))], ['16', '25', '28', '47']);
  });

  it('kubeadm-host-bits.yaml: the host bits, as a warning with the network address as the safe fix', () => {
    assert.deepEqual(findings('kubeadm/kubeadm-host-bits.yaml'), ['9:14 warning NL103']);
  });

  it('hovers read the node mask kubeadm and the controller manager use', () => {
    const pods = hover('kubeadm/kubeadm-config.yaml', '10.244.0.0/16');
    assert.match(pods, /node mask \| \/24 \(kube-controller-manager default\)/);
    assert.match(pods, /nodes × addresses per node \| 256 \(2\^8\) × 256 \(2\^8\)/);
    const services = hover('kubeadm/kubeadm-config.yaml', 'fd00:10:96::/112');
    assert.match(services, /allocatable ClusterIPs \| 65,535/);
    assert.match(services, /from the first \(primary\) range/);
    const primary = hover('kubeadm/kubeadm-config.yaml', '10.96.0.0/16');
    assert.match(primary, /`kubernetes.default` \| `10.96.0.1`/);
    assert.match(primary, /cluster DNS \(kubeadm\) \| `10.96.0.10`/);
  });
});

describe('bare-metal examples', () => {
  it('have no findings (they are the valid reference)', () => {
    for (const path of ['bare-metal/cluster-dual-stack.yaml', 'bare-metal/cluster-cidr-config-variations.yaml', 'bare-metal/cluster-load-balancer-excerpt.yaml']) {
      assert.deepEqual(findings(path), [], path);
    }
  });

  it('the pod range: 2^16 addresses, 2^8 nodes × 2^8 addresses per node from the ClusterCIDRConfig mask', () => {
    const text = hover('bare-metal/cluster-dual-stack.yaml', '192.168.0.0/16');
    assert.match(text, /addresses \| 65,536 \(2\^16\)/);
    assert.match(text, /node mask \| \/24 \(ClusterCIDRConfig "cluster-wide-ranges" spec.ipv4.perNodeMaskSize\)/);
    assert.match(text, /nodes × addresses per node \| 256 \(2\^8\) × 256 \(2\^8\)/);
  });

  it('the ClusterCIDRConfig: both families 2^16 addresses and 2^8 per node, and they match', () => {
    const v4 = hover('bare-metal/cluster-dual-stack.yaml', '192.168.0.0/16', 1);
    assert.match(v4, /nodes × addresses per node \| 256 \(2\^8\) × 256 \(2\^8\)/);
    assert.match(v4, /per node, IPv6 \(\/120\) \| 256 addresses \(equal\)/);
    const v6 = hover('bare-metal/cluster-dual-stack.yaml', 'fd12::1:0/112');
    assert.match(v6, /addresses \| 65,536 \(2\^16\)/);
    assert.match(v6, /nodes × addresses per node \| 256 \(2\^8\) × 256 \(2\^8\)/);
    assert.match(v6, /per node, IPv4 \(\/24\) \| 256 addresses \(equal\)/);
    const mask = hover('bare-metal/cluster-dual-stack.yaml', ' 120');
    assert.match(mask, /addresses per node \| 256 \(2\^8\)/);
    assert.match(mask, /nodes in `fd12::1:0\/112` \| 256 \(2\^8\)/);
  });

  it('service ranges and load-balancer pools', () => {
    const svc = hover('bare-metal/cluster-dual-stack.yaml', '172.16.0.0/20');
    assert.match(svc, /allocatable ClusterIPs \| 4,094/);
    assert.match(svc, /`kubernetes.default` \| `172.16.0.1`/);
    const pool = hover('bare-metal/cluster-dual-stack.yaml', '10.2.0.212');
    assert.match(pool, /addresses \| 10/);
    assert.match(pool, /pool \| `pool-1`/);
    const excerpt = hover('bare-metal/cluster-load-balancer-excerpt.yaml', '"10.2.0.112');
    assert.match(excerpt, /addresses \| 110/);
  });

  it('capacity lines carry short inlay-hint texts', () => {
    const lines = capacities(source('bare-metal/cluster-dual-stack.yaml'));
    const hints = lines.map((l) => `${l.field}: ${l.hint}`);
    assert.ok(hints.includes('spec.clusterNetwork.pods.cidrBlocks[0]: 256 nodes × 256'), hints.join('\n'));
    assert.ok(hints.includes('spec.ipv6.cidr: 256 nodes × 256'), hints.join('\n'));
    assert.ok(hints.some((h) => h.startsWith('spec.clusterNetwork.services.cidrBlocks[0]: 4,094 ClusterIPs')), hints.join('\n'));
    assert.ok(hints.some((h) => h.endsWith(': 10 addresses')), hints.join('\n'));
  });
});
