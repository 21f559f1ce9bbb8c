// Rule table for NL564 calico-pool-overlap: Two Calico IPPools in the file overlap; creating the second one fails.

import rule from '../../../server/src/rules/cluster/calico-pool-overlap';
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
        metadata: {name: pool-a}
        spec:
          cidr: 10.244.0.0/17
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: pool-b}
        spec:
          cidr: 10.244.128.0/17
      `,
    },
    {
      name: "the same pool twice (one object) is not an overlap",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: pool-a}
        spec:
          cidr: 10.244.0.0/16
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: pool-a}
        spec:
          cidr: 10.244.0.0/16
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: pool-a}
        spec:
          cidr: 10.244.0.0/16
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: pool-b}
        spec:
          cidr: 10.244.128.0/17
          #     ^^^^^^^^^^^^^^^ error NL564: error with field IPPool.Spec.CIDR = '10.244.128.0/17' (IPPool(pool-b) CIDR overlaps with IPPool(pool-a) CIDR 10.244.0.0/16)
      `,
    },
    {
      name: "IPv6 pools",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: a}
        spec:
          cidr: fd00:10::/48
        ---
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: b}
        spec:
          cidr: fd00:10::/56
          #     ^^^^^^^^^^^^ error NL564: error with field IPPool.Spec.CIDR = 'fd00:10::/56' (IPPool(b) CIDR overlaps with IPPool(a) CIDR fd00:10::/48)
      `,
    },
  ],
});
