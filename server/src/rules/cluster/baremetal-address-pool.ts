// NL523: each bundled load-balancer pool address is a CIDR or a start-end range.

import { defineRule } from '../rule';
import { renderPath } from '../../yaml/nodes';
import { addressPoolsOf, bareMetalClusters } from './baremetal';

export default defineRule({
  code: 'NL523',
  name: 'baremetal-address-pool',
  group: 'cluster',
  severity: 'error',
  description: 'A bare-metal load-balancer pool address is neither a CIDR nor a start-end range of one family.',
  upstream: {
    tool: 'GDC bare metal',
    source: 'GKE On-Prem API BareMetalLoadBalancerAddressPool.addresses: "Each address must be either in the CIDR form (1.2.3.0/24) or range form (1.2.3.1-1.2.3.5)."',
  },
  fixable: false,
  check(ctx) {
    for (const cluster of bareMetalClusters(ctx.file)) {
      for (const pool of addressPoolsOf(cluster)) {
        for (const address of pool.addresses) {
          if (!address.problem) continue;
          ctx.report({
            span: address.value.span,
            message: `${renderPath(address.value.path)}: Invalid value: ${JSON.stringify(address.value.value)}: Each address must be either in the CIDR form (1.2.3.0/24) or range form (1.2.3.1-1.2.3.5) (${address.problem})`,
          });
        }
      }
    }
  },
});
