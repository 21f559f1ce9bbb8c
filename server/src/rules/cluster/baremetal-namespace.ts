// NL528: a ClusterCIDRConfig lives in its cluster's namespace (cluster-<name>).

import { defineRule } from '../rule';
import { bareMetalClusters, clusterCidrConfigs } from './baremetal';

export default defineRule({
  code: 'NL528',
  name: 'baremetal-namespace',
  group: 'cluster',
  severity: 'warning',
  description: 'A ClusterCIDRConfig has no namespace, or not the namespace of the bare-metal Cluster in the same file.',
  upstream: { tool: 'GDC bare metal', source: 'GDC docs ClusterCIDRConfig sample: "namespace: Must be the same as the Cluster namespace."' },
  fixable: false,
  check(ctx) {
    const clusters = bareMetalClusters(ctx.file);
    for (const config of clusterCidrConfigs(ctx.file)) {
      const ns = config.namespace;
      if (!ns) {
        const name = config.resource.root.items.find((p) => (p.key as { value?: unknown }).value === 'kind')?.value as { range?: [number, number] } | undefined;
        if (name?.range) {
          ctx.report({ span: { start: name.range[0], end: name.range[1] }, message: 'ClusterCIDRConfig has no metadata.namespace: it is created in the current namespace, but the cluster only reads ClusterCIDRConfigs in its own namespace (cluster-<cluster name>)' });
        }
        continue;
      }
      if (clusters.length === 0 || clusters.some((c) => c.namespace?.value === ns.value)) continue;
      const cluster = clusters[0]!;
      ctx.report({
        span: ns.span,
        message: `metadata.namespace ${JSON.stringify(ns.value)} is not the namespace of the Cluster ${JSON.stringify(cluster.namespace?.value ?? '')}: the cluster does not read this ClusterCIDRConfig`,
        related: cluster.namespace ? [{ uri: ctx.file.source.uri, span: cluster.namespace.span, message: 'the Cluster\'s namespace' }] : [],
      });
    }
  },
});
