// Rule table for NL562 calico-block-size: A Calico IPPool blockSize is out of range for its family, or the enabled pool is smaller than one block.

import rule from '../../../server/src/rules/cluster/calico-block-size';
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
        metadata: {name: small-pool}
        spec:
          cidr: 10.200.0.0/28
          blockSize: 29
      `,
    },
    {
      name: "Calico validator_test: a disabled /27 is fine",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: 10.1.2.0/27
          disabled: true
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: small-pool}
        spec:
          cidr: 10.200.0.0/28
          #     ^^^^^^^^^^^^^ error NL562: error with field IPPool.Spec.CIDR = '10.200.0.0/28' (IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.) (/28 is smaller than the block size /26, the default)
      `,
    },
    {
      name: "docs example 2",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: ipv6-pool}
        spec:
          cidr: fd00:10:244::/56
          blockSize: 64
          #          ^^ error NL562: error with field IPPool.Spec.BlockSize = '64' (IPv6 block size must be between 116 and 128)
      `,
    },
    {
      name: "Calico validator_test: IPv6 /128 enabled is too small",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: fd00::1/128
          #     ^^^^^^^^^^^ error NL562: error with field IPPool.Spec.CIDR = 'fd00::1/128' (IP pool size is too small for use with Calico IPAM. It must be equal to or greater than the block size.) (/128 is smaller than the block size /122, the default)
      `,
    },
    {
      name: "IPv4 block size 19",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: 10.0.0.0/16
          blockSize: 19
          #          ^^ error NL562: error with field IPPool.Spec.BlockSize = '19' (IPv4 block size must be between 20 and 32)
      `,
    },
  ],
});
