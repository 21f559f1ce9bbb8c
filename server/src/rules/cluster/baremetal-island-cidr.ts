// NL527: in island mode a cluster-wide ClusterCIDRConfig's IPv4 block is the Cluster's pod range; narrower ones lie inside it.

import { defineRule } from '../rule';
import { cidrEquals, containsCidr } from '../../net/cidr';
import { bareMetalClusters, clusterCidrConfigs } from './baremetal';

export default defineRule({
  code: 'NL527',
  name: 'baremetal-island-cidr',
  group: 'cluster',
  severity: 'warning',
  description: 'A ClusterCIDRConfig IPv4 block differs from (cluster-wide) or lies outside (node pool, node) the Cluster\'s IPv4 pod range.',
  upstream: {
    tool: 'GDC bare metal',
    source: 'GDC docs "IPv4/IPv6 dual-stack networking" sample ("For island mode, must be the same as the Cluster CIDR"), "Flat vs island mode"',
    note: 'Only when the Cluster and the ClusterCIDRConfig are in the same file and namespace.',
  },
  fixable: false,
  check(ctx) {
    const clusters = bareMetalClusters(ctx.file);
    for (const config of clusterCidrConfigs(ctx.file)) {
      const block = config.ipv4?.parsed;
      if (!block || block.family !== 'IPv4') continue;
      const cluster = clusters.find((c) => c.namespace?.value === config.namespace?.value);
      const pod = cluster?.pods.find((p) => p.cidr?.family === 'IPv4');
      if (!pod?.cidr) continue;
      const related = [{ uri: ctx.file.source.uri, span: pod.value.span, message: `Cluster spec.clusterNetwork.pods.cidrBlocks ${pod.cidr.canonical}` }];
      if (!config.hasNodeSelector && !cidrEquals(block, pod.cidr)) {
        ctx.report({
          span: config.ipv4!.cidr!.span,
          message: `spec.ipv4.cidr ${block.canonical} differs from the Cluster's pod range ${pod.cidr.canonical}: in island mode a cluster-wide ClusterCIDRConfig must use the Cluster CIDR`,
          related,
        });
      } else if (config.hasNodeSelector && !containsCidr(pod.cidr, block)) {
        ctx.report({
          span: config.ipv4!.cidr!.span,
          message: `spec.ipv4.cidr ${block.canonical} lies outside the Cluster's pod range ${pod.cidr.canonical}: in island mode a node pool's or node's ClusterCIDRConfig takes its IPv4 block from the Cluster CIDR`,
          related,
        });
      }
    }
  },
});
