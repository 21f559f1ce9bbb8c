// Rule table for NL502 kind-subnet: A kind pod or service subnet does not fit networking.ipFamily (count or family of its CIDRs).

import rule from '../../../server/src/rules/cluster/kind-subnet';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: dual
          podSubnet: "10.244.0.0/16,fd00:10:244::/56"
          serviceSubnet: "10.96.0.0/16"
      `,
    },
    {
      name: "kind validate_test: dual with one family each side",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: dual
          podSubnet: "192.168.0.2/24"
          serviceSubnet: "192.168.0.2/24,fd00:1::/25"
      `,
    },
    {
      name: "a CIDR that does not parse is NL101's",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          podSubnet: aa
      `,
    },
    {
      name: "defaults when absent",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: ipv6
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: ipv6
          podSubnet: "10.244.0.0/16"
          #          ^^^^^^^^^^^^^^^ error NL502: invalid pod subnet expected IPv6 CIDR for IPv6 family
          serviceSubnet: "fd00:10:96::/112"
      `,
    },
    {
      name: "docs example 2",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          podSubnet: "10.244.0.0/16,fd00:10:244::/56"
          #          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL502: invalid pod subnet only one CIDR allowed for single-stack networking (ipFamily defaults to ipv4)
      `,
    },
    {
      name: "kind validate_test: invalid number of podSubnet",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          podSubnet: "192.168.0.2/24,2.2.2.0/24"
          #          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL502: invalid pod subnet only one CIDR allowed for single-stack networking (ipFamily defaults to ipv4)
      `,
    },
    {
      name: "kind validate_test: bad dual stack podSubnet and serviceSubnet (2 errors)",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: dual
          podSubnet: "192.168.0.2/24,2.2.2.0/25"
          #          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL502: invalid pod subnet expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking
          serviceSubnet: "192.168.0.2/24,2.2.2.0/25"
          #              ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL502: invalid service subnet expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking
      `,
    },
    {
      name: "kind validate_test: ipv4 family and ipv6 subnets (2 errors)",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: ipv4
          podSubnet: "fd00:1::/25"
          #          ^^^^^^^^^^^^^ error NL502: invalid pod subnet expected IPv4 CIDR for IPv4 family
          serviceSubnet: "fd00:1::/25"
          #              ^^^^^^^^^^^^^ error NL502: invalid service subnet expected IPv4 CIDR for IPv4 family
      `,
    },
    {
      name: "kind validate_test: dual with three service CIDRs",
      yaml: y`
        kind: Cluster
        apiVersion: kind.x-k8s.io/v1alpha4
        networking:
          ipFamily: dual
          podSubnet: "192.168.0.2/24,fd00:1::/25"
          serviceSubnet: "192.168.0.2/24,fd00:1::/25,10.0.0.0/16"
          #              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL502: invalid service subnet expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking
      `,
    },
  ],
});
