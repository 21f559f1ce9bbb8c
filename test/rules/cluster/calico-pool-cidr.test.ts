// Rule table for NL561 calico-pool-cidr: A Calico IPPool CIDR is missing, does not parse, has host bits set, or overlaps a link-local range.

import rule from '../../../server/src/rules/cluster/calico-pool-cidr';
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
        metadata: {name: default-ipv4-ippool}
        spec:
          cidr: 192.168.0.0/16
      `,
    },
    {
      name: "a bare IP is a /32 to Calico (NL562 says it is too small)",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: 10.0.0.1
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
        metadata: {name: default-ipv4-ippool}
        spec:
          cidr: 192.168.1.7/16
          #     ^^^^^^^^^^^^^^ error NL561: error with field IPPool.Spec.CIDR = '192.168.1.7/16' (IP pool CIDR is not strictly masked)
      `,
    },
    {
      name: "crd.projectcalico.org is only a warning",
      yaml: y`
        apiVersion: crd.projectcalico.org/v1
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: 192.168.1.7/16
          #     ^^^^^^^^^^^^^^ warning NL561: error with field IPPool.Spec.CIDR = '192.168.1.7/16' (IP pool CIDR is not strictly masked); kubectl stores crd.projectcalico.org objects without this check, so Calico IPAM meets the problem at run time
      `,
    },
    {
      name: "Calico validator_test: link-local IPv4",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: 169.254.5.0/24
          #     ^^^^^^^^^^^^^^ error NL561: error with field IPPool.Spec.CIDR = '169.254.5.0/24' (IP pool range overlaps with IPv4 Link Local range 169.254.0.0/16)
      `,
    },
    {
      name: "Calico validator_test: link-local IPv6",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: fe80::/120
          #     ^^^^^^^^^^ error NL561: error with field IPPool.Spec.CIDR = 'fe80::/120' (IP pool range overlaps with IPv6 Link Local range fe80::/10)
      `,
    },
    {
      name: "Calico validator_test: prefix /33",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        metadata: {name: p}
        spec:
          cidr: 1.2.3.4/33
          #     ^^^^^^^^^^ error NL561: error with field IPPool.Spec.CIDR = '1.2.3.4/33' (IPPool CIDR must be a valid subnet)
      `,
    },
    {
      name: "no cidr",
      yaml: y`
        apiVersion: projectcalico.org/v3
        kind: IPPool
        #     ^^^^^^ error NL561: error with field IPPool.Spec.CIDR = '' (IPPool CIDR must be specified)
        metadata: {name: p}
        spec:
          ipipMode: Never
      `,
    },
  ],
});
