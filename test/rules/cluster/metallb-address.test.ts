// Rule table for NL541 metallb-address: A MetalLB IPAddressPool address does not parse, is a reversed range, mixes families, or is a CIDR with host bits.

import rule from '../../../server/src/rules/cluster/metallb-address';
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
          addresses:
          - 192.168.10.0/24
          - 192.168.9.1 - 192.168.9.5
          - fc00:f853:0ccd:e799::/124
      `,
    },
    {
      name: "MetalLB config_test: ranges with spaces, a one-address range, IPv6",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool3, namespace: metallb-system}
        spec:
          addresses: ["40.0.0.0/25", "40.0.0.150-40.0.0.200", "40.0.0.210 - 40.0.0.240", "40.0.0.250 - 40.0.0.250", "2001:db8::/64"]
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
          addresses:
          - 192.168.10.0/33
          # ^^^^^^^^^^^^^^^ error NL541: parsing address pool first-pool: invalid CIDR "192.168.10.0/33" in pool "first-pool": invalid CIDR "192.168.10.0/33"
          - 192.168.9.250-192.168.9.1
          # ^^^^^^^^^^^^^^^^^^^^^^^^^ error NL541: parsing address pool first-pool: invalid CIDR "192.168.9.250-192.168.9.1" in pool "first-pool": invalid IP range "192.168.9.250-192.168.9.1": start IP "192.168.9.250" is after the end IP "192.168.9.1"
          - 192.168.11.7/24
          # ^^^^^^^^^^^^^^^ warning NL541: spec.addresses: "192.168.11.7/24" has host bits set; MetalLB uses the whole block 192.168.11.0/24 (256 addresses): write "192.168.11.0/24", or "192.168.11.7/32" for one address
      `,
    },
    {
      name: "MetalLB config_test: invalid pool CIDR",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        spec:
          addresses: ["100.200.300.400/24"]
          #           ^^^^^^^^^^^^^^^^^^^^ error NL541: parsing address pool pool1: invalid CIDR "100.200.300.400/24" in pool "pool1": invalid CIDR "100.200.300.400/24"
      `,
    },
    {
      name: "MetalLB config_test: a leading space is not trimmed in CIDR form",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        spec:
          addresses: [" 10.0.0.0/8"]
          #           ^^^^^^^^^^^^^ error NL541: parsing address pool pool1: invalid CIDR " 10.0.0.0/8" in pool "pool1": invalid CIDR " 10.0.0.0/8"
      `,
    },
    {
      name: "leading zeros: Go refuses them",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        spec:
          addresses: ["192.168.010.0/24"]
          #           ^^^^^^^^^^^^^^^^^^ error NL541: parsing address pool pool1: invalid CIDR "192.168.010.0/24" in pool "pool1": invalid CIDR "192.168.010.0/24"
      `,
    },
    {
      name: "host bits: the safe fix writes the network",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        spec:
          addresses: ["192.168.11.7/24"]
          #           ^^^^^^^^^^^^^^^^^ warning NL541: spec.addresses: "192.168.11.7/24" has host bits set; MetalLB uses the whole block 192.168.11.0/24 (256 addresses): write "192.168.11.0/24", or "192.168.11.7/32" for one address
      `,
      fix: "Write",
      output: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        spec:
          addresses: ["192.168.11.0/24"]
          #           ^^^^^^^^^^^^^^^^^ warning NL541: spec.addresses: "192.168.11.7/24" has host bits set; MetalLB uses the whole block 192.168.11.0/24 (256 addresses): write "192.168.11.0/24", or "192.168.11.7/32" for one address
      `,
    },
    {
      name: "a range across families holds nothing",
      yaml: y`
        apiVersion: metallb.io/v1beta1
        kind: IPAddressPool
        metadata: {name: pool1, namespace: metallb-system}
        spec:
          addresses: ["10.0.0.1-fd00::1"]
          #           ^^^^^^^^^^^^^^^^^^ warning NL541: spec.addresses: the range "10.0.0.1-fd00::1" starts in one IP family and ends in the other; MetalLB accepts it but it holds no addresses
      `,
    },
  ],
});
