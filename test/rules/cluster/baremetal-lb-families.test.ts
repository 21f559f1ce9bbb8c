// Rule table for NL524 baremetal-lb-families: The bundled load balancer of a dual-stack bare-metal cluster has no IPv4 or no IPv6 pool addresses.

import rule from '../../../server/src/rules/cluster/baremetal-lb-families';
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
          loadBalancer:
            mode: "bundled"
            addressPools:
            - name: pool-1
              addresses: ["10.2.0.212-10.2.0.221", "fd12::4:101-fd12::4:110"]
      `,
    },
    {
      name: "single-stack cluster needs no IPv6 pool",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          clusterNetwork:
            services:
              cidrBlocks: ["172.16.0.0/20"]
          loadBalancer:
            mode: bundled
            addressPools:
            - name: p
              addresses: ["10.2.0.212-10.2.0.221"]
      `,
    },
    {
      name: "manual load balancing is not checked",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          clusterNetwork:
            services:
              cidrBlocks: ["172.16.0.0/20", "fd12::5:0/116"]
          loadBalancer:
            mode: manual
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
              cidrBlocks: ["172.16.0.0/20", "fd12::5:0/116"]
          loadBalancer:
            mode: "bundled"
            #     ^^^^^^^^^ warning NL524: spec.loadBalancer.addressPools has no IPv6 addresses, but the cluster is dual-stack and load balancing is bundled: dual-stack LoadBalancer Services get no IPv6 external address
            addressPools:
            - name: pool-1
              addresses: ["10.2.0.212-10.2.0.221"]
      `,
    },
  ],
});
