// Rule table for NL526 baremetal-per-node-equal: The IPv4 and IPv6 perNodeMaskSize of a ClusterCIDRConfig give a node different numbers of pod addresses.

import rule from '../../../server/src/rules/cluster/baremetal-per-node-equal';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: cluster-wide-ranges, namespace: cluster-dual-stack}
        spec:
          ipv4:
            cidr: "192.168.0.0/16"
            perNodeMaskSize: 24
          ipv6:
            cidr: "fd12::1:0/112"
            perNodeMaskSize: 120
      `,
    },
    {
      name: "one family only",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: ccc, namespace: cluster-c1}
        spec:
          ipv4:
            cidr: "192.168.0.0/16"
            perNodeMaskSize: 26
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: cluster-wide-ranges, namespace: cluster-dual-stack}
        spec:
          ipv4:
            cidr: "192.168.0.0/16"
            perNodeMaskSize: 24
          ipv6:
            cidr: "fd12::1:0/112"
            perNodeMaskSize: 122
            #                ^^^ error NL526: spec.ipv6.perNodeMaskSize 122 gives each node 64 IPv6 addresses, but spec.ipv4.perNodeMaskSize 24 gives 256 IPv4 addresses: they must be equal, (32 - 24) = (128 - 120), so use 120
      `,
    },
    {
      name: "the quick fix sets 96 + the IPv4 mask",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: ccc, namespace: cluster-c1}
        spec:
          ipv4:
            cidr: "192.168.0.0/16"
            perNodeMaskSize: 26
          ipv6:
            cidr: "fd12::1:0/112"
            perNodeMaskSize: 120
            #                ^^^ error NL526: spec.ipv6.perNodeMaskSize 120 gives each node 256 IPv6 addresses, but spec.ipv4.perNodeMaskSize 26 gives 64 IPv4 addresses: they must be equal, (32 - 26) = (128 - 122), so use 122
      `,
      fix: "Set",
      output: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: ccc, namespace: cluster-c1}
        spec:
          ipv4:
            cidr: "192.168.0.0/16"
            perNodeMaskSize: 26
          ipv6:
            cidr: "fd12::1:0/112"
            perNodeMaskSize: 122
            #                ^^^ error NL526: spec.ipv6.perNodeMaskSize 120 gives each node 256 IPv6 addresses, but spec.ipv4.perNodeMaskSize 26 gives 64 IPv4 addresses: they must be equal, (32 - 26) = (128 - 122), so use 122
      `,
    },
  ],
});
