// Rule table for NL543 metallb-overlap: Two MetalLB pool addresses overlap (MetalLB rejects the whole configuration), or two pools in one namespace share a name.

import rule from '../../../server/src/rules/cluster/metallb-overlap';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: first-pool, namespace: metallb-system}
        spec:
          addresses: ["192.168.10.0/25"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: second-pool, namespace: metallb-system}
        spec:
          addresses: ["192.168.10.200-192.168.10.220"]
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: first-pool, namespace: metallb-system}
        spec:
          addresses: ["192.168.10.0/24"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: second-pool, namespace: metallb-system}
        spec:
          addresses: ["192.168.10.100-192.168.10.120"]
          #           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL543: CIDR "192.168.10.100/30" in pool "second-pool" overlaps with already defined CIDR "192.168.10.0/24"
      `,
    },
    {
      name: "MetalLB config_test: overlapping CIDRs across pools",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        spec:
          addresses: ["10.0.0.0/8"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool2, namespace: metallb-system}
        spec:
          addresses: ["10.0.0.0/16"]
          #           ^^^^^^^^^^^^^ error NL543: CIDR "10.0.0.0/16" in pool "pool2" overlaps with already defined CIDR "10.0.0.0/8"
      `,
    },
    {
      name: "overlap inside one pool",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        spec:
          addresses: ["10.0.0.0/24", "10.0.0.10-10.0.0.20"]
          #                          ^^^^^^^^^^^^^^^^^^^^^ error NL543: CIDR "10.0.0.10/31" in pool "pool1" overlaps with already defined CIDR "10.0.0.0/24"
      `,
    },
    {
      name: "a repeated pool name",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        spec:
          addresses: ["10.0.0.0/24"]
        ---
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        #                ^^^^^ warning NL543: duplicate definition of pool "pool1": applied together, the second IPAddressPool replaces the first
        spec:
          addresses: ["10.1.0.0/24"]
      `,
    },
  ],
});
