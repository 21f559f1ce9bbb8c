// Rule table for NL563 calico-encapsulation: A Calico IPPool enables IP-in-IP on an IPv6 pool, or enables IP-in-IP and VXLAN together.

import rule from '../../../server/src/rules/cluster/calico-encapsulation';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: ipv6-pool}
        spec:
          cidr: fd00:10:244::/56
          ipipMode: Never
          vxlanMode: CrossSubnet
      `,
    },
    {
      name: "IPIP CrossSubnet on IPv4",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: 1.2.3.0/24
          ipipMode: CrossSubnet
          vxlanMode: Never
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: ipv6-pool}
        spec:
          cidr: fd00:10:244::/56
          ipipMode: Always
          #         ^^^^^^ error NL563: error with field IPPool.Spec.IPIPMode = 'Always' (IPIPMode other than 'Never' is not supported on an IPv6 IP pool)
      `,
    },
    {
      name: "Calico validator_test: IPIP and VXLAN together",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: 1.2.3.0/24
          ipipMode: Always
          #         ^^^^^^ error NL563: error with field IPPool.Spec.IPIPMode = 'Always' (IPIPMode and VXLANMode cannot both be enabled on the same IP pool)
          vxlanMode: Always
      `,
    },
  ],
});
