// Rule table for NL525 baremetal-cidr-config: A ClusterCIDRConfig block of the wrong family, a perNodeMaskSize outside the block, or neither ipv4 nor ipv6.

import rule from '../../../server/src/rules/cluster/baremetal-cidr-config';
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
      name: "IPv6 only",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: ccc, namespace: cluster-c1}
        spec:
          ipv6:
            cidr: "fd12::1:0/112"
            perNodeMaskSize: 120
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
            perNodeMaskSize: 12
            #                ^^ error NL525: spec.ipv4.perNodeMaskSize: 12 must be between the block's prefix length 16 (192.168.0.0/16) and 32
          ipv6:
            cidr: "192.168.0.0/16"
            #     ^^^^^^^^^^^^^^^^ error NL525: spec.ipv6.cidr: 192.168.0.0/16 is an IPv4 block, but spec.ipv6 takes IPv6
            perNodeMaskSize: 120
      `,
    },
    {
      name: "neither ipv4 nor ipv6",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        #     ^^^^^^^^^^^^^^^^^ error NL525: ClusterCIDRConfig: at least one of spec.ipv4 and spec.ipv6 must be specified
        metadata: {name: ccc, namespace: cluster-c1}
        spec:
          nodeSelector: {matchLabels: {a: b}}
      `,
    },
  ],
});
