// Rule table for NL529 baremetal-overlap: A bare-metal Cluster's pod range, service range and load-balancer pool addresses overlap each other.

import rule from '../../../server/src/rules/cluster/baremetal-overlap';
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
            pods:
              cidrBlocks: ["192.168.0.0/16"]
            services:
              cidrBlocks: ["172.16.0.0/20"]
          loadBalancer:
            mode: bundled
            addressPools:
            - name: pool-1
              addresses: ["10.2.0.212-10.2.0.221"]
      `,
    },
    {
      name: "two pools may not overlap each other, but that is for the pools to say",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          loadBalancer:
            addressPools:
            - name: a
              addresses: ["10.2.0.0/24"]
            - name: b
              addresses: ["10.3.0.0/24"]
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
            pods:
              cidrBlocks: ["192.168.0.0/16"]
            services:
              cidrBlocks: ["172.16.0.0/20"]
          loadBalancer:
            mode: bundled
            addressPools:
            - name: pool-1
              addresses: ["192.168.10.10-192.168.10.20"]
              #           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning NL529: load-balancer pool "pool-1" 192.168.10.10-192.168.10.20 overlaps pod range 192.168.0.0/16: the ranges of a cluster must not overlap
      `,
    },
    {
      name: "service range inside the pod range",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          clusterNetwork:
            pods:
              cidrBlocks: ["10.0.0.0/8"]
            services:
              cidrBlocks: ["10.96.0.0/20"]
              #            ^^^^^^^^^^^^^^ warning NL529: service range 10.96.0.0/20 overlaps pod range 10.0.0.0/8: the ranges of a cluster must not overlap
      `,
    },
  ],
});
