// NL607: kube-proxy's clusterCIDR (KubeProxyConfiguration or --cluster-cidr) is not the cluster's pod range.

import { defineRule } from '../rule';
import { kubeProxyClusterCidrs } from '../kubeadm/components';
import { containsCidr, parseCidr } from '../../net/cidr';
import type { Span } from '../../text/span';
import { isTemplatedValue } from '../../yaml/template';
import { clusterIn, describeRanges, relatedRanges } from '../../workspace/view';

interface Item {
  readonly text: string;
  readonly span: Span;
  readonly label: string;
}

export default defineRule({
  code: 'NL607',
  name: 'kube-proxy-cluster-cidr-pod-range',
  group: 'workspace',
  severity: 'warning',
  description: 'kube-proxy\'s clusterCIDR differs from the pod range of the cluster it runs in.',
  upstream: {
    tool: 'kube-proxy',
    source: 'pkg/proxy (detectLocalMode ClusterCIDR, masquerading of traffic from outside clusterCIDR); kubeadm sets it from networking.podSubnet',
    note: 'kube-proxy accepts any CIDR; with the wrong one, pod traffic is masqueraded or outside traffic is taken for local.',
  },
  fixable: false,
  check(ctx) {
    const cluster = clusterIn(ctx.workspace);
    const pods = cluster?.pods;
    if (!cluster || !pods || pods.length === 0) return;
    const items: Item[] = [];
    for (const set of kubeProxyClusterCidrs(ctx.file)) {
      if (set.value === '' || isTemplatedValue(set.value)) continue;
      for (const item of set.items) items.push({ text: item.text, span: item.span, label: set.label });
    }
    for (const item of items) {
      const p = parseCidr(item.text);
      if (!p.ok) continue;
      const same = pods.filter((r) => r.cidr.family === p.cidr.family);
      if (same.some((r) => r.cidr.canonical === p.cidr.canonical)) continue;
      const shown = describeRanges(same.length > 0 ? same : pods, ctx.workspace);
      const wider = same.some((r) => containsCidr(p.cidr, r.cidr));
      const effect = wider
        ? 'it also covers addresses that are not pods, and kube-proxy takes traffic from them for pod traffic'
        : 'pod traffic from outside it is taken for external traffic and masqueraded, and detectLocalMode ClusterCIDR misses those pods';
      ctx.report({
        span: item.span,
        message: `${item.label} ${p.cidr.canonical} is not the cluster's ${p.cidr.family} pod range ${shown || 'of that family (there is none)'}: ${effect}`,
        related: relatedRanges(same, 'pod range'),
      });
    }
  },
});
