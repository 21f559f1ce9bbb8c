// Rule table for NL521 baremetal-service-cidrs: spec.clusterNetwork.services.cidrBlocks of a bare-metal Cluster has more than two ranges, or two of one family.

import rule from '../../../server/src/rules/cluster/baremetal-service-cidrs';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: dual-stack, namespace: cluster-dual-stack}
        spec:
          clusterNetwork:
            services:
              cidrBlocks: ["172.16.0.0/20", "fd12::5:0/116"]
      `,
    },
    {
      name: "one range",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          clusterNetwork:
            services:
              cidrBlocks: ["172.16.0.0/20"]
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: dual-stack, namespace: cluster-dual-stack}
        spec:
          clusterNetwork:
            services:
              cidrBlocks: ["172.16.0.0/20", "172.17.0.0/20"]
              #            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning NL521: spec.clusterNetwork.services.cidrBlocks: 2 ranges (2 IPv4, 0 IPv6): a cluster takes one service range, or one IPv4 and one IPv6 range for dual-stack
      `,
    },
    {
      name: "three service ranges",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          clusterNetwork:
            services:
              cidrBlocks: ["172.16.0.0/20", "fd12::5:0/116", "172.17.0.0/20"]
              #            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning NL521: spec.clusterNetwork.services.cidrBlocks: 3 ranges (2 IPv4, 1 IPv6): a cluster takes one service range, or one IPv4 and one IPv6 range for dual-stack
      `,
    },
  ],
});
