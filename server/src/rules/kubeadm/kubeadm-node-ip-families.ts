// NL311: the kubelet node-ip should give the node an address of every family the cluster's pod subnet has, and no other.

import { defineRule } from '../rule';
import { clusterFamilies, kubeadmObjects, nodeIpsOf } from './kubeadm';

export default defineRule({
  code: 'NL311',
  name: 'kubeadm-node-ip-families',
  group: 'kubeadm',
  severity: 'warning',
  description: 'The kubelet node-ip families do not match the dual-stack or single-stack pod subnet of the same kubeadm config.',
  upstream: {
    tool: 'kubelet',
    source: 'kubernetes/website docs/setup/production-environment/tools/kubeadm/dual-stack-support (node-ip per family)',
    note: 'Accepted by kubeadm and the kubelet; the Node then reports addresses of the wrong families.',
  },
  fixable: false,
  check(ctx) {
    const cluster = clusterFamilies(ctx.file);
    if (!cluster) return;
    for (const object of kubeadmObjects(ctx.file)) {
      const nodeIps = nodeIpsOf(object);
      if (!nodeIps) continue;
      const families = new Set(nodeIps.items.flatMap((i) => (i.ip && i.ip.value !== 0n ? [i.ip.family] : [])));
      if (families.size === 0 || nodeIps.items.length > 2) continue;
      const related = [{ uri: ctx.file.source.uri, span: cluster.span, message: cluster.text }];
      for (const item of nodeIps.items) {
        if (!item.ip || cluster.families.has(item.ip.family)) continue;
        ctx.report({
          span: item.span,
          message: `node-ip ${item.text} is ${item.ip.family}, but the cluster has no ${item.ip.family} range (${cluster.text}): the node advertises an address pods and Services cannot use`,
          related,
        });
      }
      const missing = [...cluster.families].filter((f) => !families.has(f));
      if (cluster.families.size === 2 && missing.length === 1) {
        ctx.report({
          span: nodeIps.value.span,
          message: `node-ip ${JSON.stringify(nodeIps.value.value)} has no ${missing[0]} address, but the cluster is dual-stack (${cluster.text}): the Node gets no ${missing[0]} InternalIP, so hostNetwork pods and node-ip based routing stay single-stack; add the node's ${missing[0]} address`,
          related,
        });
      }
    }
  },
});
