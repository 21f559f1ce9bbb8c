// NL524: a dual-stack bare-metal cluster with bundled load balancing needs pool addresses of both families.

import { defineRule } from '../rule';
import { getIn, stringAt } from '../../yaml/nodes';
import { addressPoolsOf, bareMetalClusters, isDualStack } from './baremetal';

export default defineRule({
  code: 'NL524',
  name: 'baremetal-lb-families',
  group: 'cluster',
  severity: 'warning',
  description: 'The bundled load balancer of a dual-stack bare-metal cluster has no IPv4 or no IPv6 pool addresses.',
  upstream: { tool: 'GDC bare metal', source: 'GDC docs "IPv4/IPv6 dual-stack networking": with bundled load balancing, specify IPv4 and IPv6 addresses in loadBalancer.addressPools' },
  fixable: false,
  check(ctx) {
    for (const cluster of bareMetalClusters(ctx.file)) {
      if (!isDualStack(cluster)) continue;
      const mode = stringAt(getIn(cluster.resource.root, ['spec', 'loadBalancer', 'mode']), ['spec', 'loadBalancer', 'mode']);
      if (!mode || mode.value !== 'bundled') continue;
      const pools = addressPoolsOf(cluster);
      const addresses = pools.flatMap((p) => p.addresses);
      if (addresses.length === 0 || addresses.some((a) => a.problem)) continue;
      const families = new Set(addresses.map((a) => a.family));
      for (const missing of ['IPv4', 'IPv6'] as const) {
        if (families.has(missing)) continue;
        ctx.report({
          span: mode.span,
          message: `spec.loadBalancer.addressPools has no ${missing} addresses, but the cluster is dual-stack and load balancing is bundled: dual-stack LoadBalancer Services get no ${missing} external address`,
        });
      }
    }
  },
});
