// Rule table for NL301 kubeadm-subnet-dual-stack: cmd/kubeadm/app/apis/kubeadm/validation ValidateIPNetFromString.

import rule from '../../../server/src/rules/kubeadm/kubeadm-subnet-dual-stack';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'one CIDR of either family',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: fd00:10:244::/56
          serviceSubnet: 10.96.0.0/12
      `,
    },
    {
      name: 'a dual-stack pair in either order',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: "fd00:10:244::/56,10.244.0.0/16"
          serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
      `,
    },
    {
      name: 'an item that does not parse is NL101\'s, not this rule\'s',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,10.245.0.0/33,10.246.0.0/16
      `,
    },
    {
      name: 'kind takes the same comma list, with its own rules',
      yaml: y`
        apiVersion: kind.x-k8s.io/v1alpha4
        kind: Cluster
        networking:
          ipFamily: dual
          podSubnet: 10.244.0.0/16,fd00:10:244::/56
      `,
    },
  ],
  invalid: [
    {
      name: 'two IPv4 pod subnets',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,10.245.0.0/16
          #          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL301: networking.podSubnet: Invalid value: "10.244.0.0/16,10.245.0.0/16": expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking
      `,
    },
    {
      name: 'three service subnets (quoted)',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "10.96.0.0/16,fd00:10:96::/108,10.97.0.0/16"
          #              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL301: networking.serviceSubnet: Invalid value: "10.96.0.0/16,fd00:10:96::/108,10.97.0.0/16": expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking
      `,
    },
    {
      name: 'two IPv6 subnets, flow style, single quotes',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking: {podSubnet: 'fd00:1::/56,fd00:2::/56'}
        #                       ^^^^^^^^^^^^^^^^^^^^^^^^^ error NL301: networking.podSubnet: Invalid value: "fd00:1::/56,fd00:2::/56": expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking
      `,
    },
    {
      name: 'the ClusterConfiguration second in a stream after an InitConfiguration',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: InitConfiguration
        localAPIEndpoint: {advertiseAddress: 192.168.0.10}
        ---
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.0/12 # default
          podSubnet: 10.244.0.0/16,10.245.0.0/16 # two IPv4
          #          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL301: networking.podSubnet: Invalid value: "10.244.0.0/16,10.245.0.0/16": expected one (IPv4 or IPv6) CIDR or two CIDRs from each family for dual-stack networking
      `,
    },
  ],
});
