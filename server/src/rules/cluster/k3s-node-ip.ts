// NL583: on a dual-stack k3s cluster, node-ip names one address of each family.

import { defineRule } from '../rule';
import { k3sConfigs, k3sValue } from './k3s';

export default defineRule({
  code: 'NL583',
  name: 'k3s-node-ip',
  group: 'cluster',
  severity: 'warning',
  description: 'A k3s node-ip lacks a family that the dual-stack cluster-cidr has, or has a family the cluster does not.',
  upstream: { tool: 'k3s', source: 'k3s docs "Network Options" (dual-stack: node-ip must include an IPv4 and an IPv6 address)' },
  fixable: false,
  check(ctx) {
    for (const config of k3sConfigs(ctx.file)) {
      const cluster = k3sValue(config, 'cluster-cidr');
      const nodeIp = k3sValue(config, 'node-ip');
      if (!cluster || !nodeIp || cluster.items.some((i) => !i.cidr) || nodeIp.items.some((i) => !i.ip)) continue;
      const want = new Set(cluster.items.map((i) => i.cidr!.family));
      const have = new Set(nodeIp.items.map((i) => i.ip!.family));
      for (const family of want) {
        if (have.has(family) || want.size < 2) continue;
        ctx.report({ span: nodeIp.span, message: `node-ip has no ${family} address, but cluster-cidr is dual-stack: the node gets no ${family} InternalIP and flannel cannot route ${family} pod traffic` });
      }
      for (const item of nodeIp.items) {
        if (want.has(item.ip!.family)) continue;
        ctx.report({ span: item.span, message: `node-ip ${item.text} is ${item.ip!.family}, but cluster-cidr has no ${item.ip!.family} range` });
      }
    }
  },
});
