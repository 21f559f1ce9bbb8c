// NL522: in a dual-stack bare-metal cluster, pods.cidrBlocks holds only the IPv4 range; the IPv6 pod range is a ClusterCIDRConfig's.

import { defineRule } from '../rule';
import { bareMetalClusters, isDualStack } from './baremetal';

export default defineRule({
  code: 'NL522',
  name: 'baremetal-pod-cidrs',
  group: 'cluster',
  severity: 'warning',
  description: 'A dual-stack bare-metal Cluster lists an IPv6 range in pods.cidrBlocks, or more than one pod range of a family.',
  upstream: {
    tool: 'GDC bare metal',
    source: 'GDC docs "IPv4/IPv6 dual-stack networking": specify an IPv4 pod range but not an IPv6 one; the IPv6 pod range comes from ClusterCIDRConfig',
  },
  fixable: false,
  check(ctx) {
    for (const cluster of bareMetalClusters(ctx.file)) {
      const dual = isDualStack(cluster);
      const seen = new Set<string>();
      for (const entry of cluster.pods) {
        if (!entry.cidr) continue;
        if (dual && entry.cidr.family === 'IPv6') {
          ctx.report({
            span: entry.value.span,
            message: `spec.clusterNetwork.pods.cidrBlocks: ${entry.cidr.canonical} is IPv6, but a dual-stack cluster takes only its IPv4 pod range here (IPv6 is always flat mode); put the IPv6 pod range in a ClusterCIDRConfig (spec.ipv6.cidr)`,
          });
        } else if (seen.has(entry.cidr.family)) {
          ctx.report({ span: entry.value.span, message: `spec.clusterNetwork.pods.cidrBlocks: a second ${entry.cidr.family} pod range (${entry.cidr.canonical}); a cluster has one` });
        }
        seen.add(entry.cidr.family);
      }
    }
  },
});
