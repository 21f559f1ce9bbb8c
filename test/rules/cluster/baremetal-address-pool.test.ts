// Rule table for NL523 baremetal-address-pool: A bare-metal load-balancer pool address is neither a CIDR nor a start-end range of one family.

import rule from '../../../server/src/rules/cluster/baremetal-address-pool';
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
          loadBalancer:
            mode: bundled
            addressPools:
            - name: pool-1
              addresses:
              - "10.2.0.212-10.2.0.221"
              - "fd12::4:100/120"
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
          loadBalancer:
            mode: bundled
            addressPools:
            - name: pool-1
              addresses:
              - "10.2.0.221-10.2.0.212"
              # ^^^^^^^^^^^^^^^^^^^^^^^ error NL523: spec.loadBalancer.addressPools[0].addresses[0]: Invalid value: "10.2.0.221-10.2.0.212": Each address must be either in the CIDR form (1.2.3.0/24) or range form (1.2.3.1-1.2.3.5) (the end 10.2.0.212 comes before the start 10.2.0.221)
              - "fd12::4:101/fd12::4:110"
              # ^^^^^^^^^^^^^^^^^^^^^^^^^ error NL523: spec.loadBalancer.addressPools[0].addresses[1]: Invalid value: "fd12::4:101/fd12::4:110": Each address must be either in the CIDR form (1.2.3.0/24) or range form (1.2.3.1-1.2.3.5) (the prefix length "fd12::4:110" is not a decimal number)
      `,
    },
    {
      name: "a single address is neither form",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          loadBalancer:
            addressPools:
            - name: p
              addresses: ["10.2.0.212"]
              #           ^^^^^^^^^^^^ error NL523: spec.loadBalancer.addressPools[0].addresses[0]: Invalid value: "10.2.0.212": Each address must be either in the CIDR form (1.2.3.0/24) or range form (1.2.3.1-1.2.3.5) ("10.2.0.212" is a single address; a CIDR block needs a prefix length, such as 10.2.0.212/32)
      `,
    },
    {
      name: "a range across families",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          loadBalancer:
            addressPools:
            - name: p
              addresses: ["10.2.0.212-fd12::4:110"]
              #           ^^^^^^^^^^^^^^^^^^^^^^^^ error NL523: spec.loadBalancer.addressPools[0].addresses[0]: Invalid value: "10.2.0.212-fd12::4:110": Each address must be either in the CIDR form (1.2.3.0/24) or range form (1.2.3.1-1.2.3.5) (the range mixes IPv4 (10.2.0.212) and IPv6 (fd12::4:110))
      `,
    },
  ],
});
