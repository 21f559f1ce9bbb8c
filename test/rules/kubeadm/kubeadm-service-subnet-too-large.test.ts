// Rule table for NL303 kubeadm-service-subnet-too-large: kubeadm rejects a service subnet larger than /12 (IPv4) or /108 (IPv6). Upstream: cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateServiceSubnetSize.

import rule from '../../../server/src/rules/kubeadm/kubeadm-service-subnet-too-large';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the largest service subnets kubeadm accepts, /12 and /108',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.0/12,fd00:10:96::/108
      `,
    },
    {
      name: 'a large pod subnet is fine',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.0.0.0/8
          serviceSubnet: 172.16.0.0/16
      `,
    },
  ],
  invalid: [
    {
      name: 'kadm-service-subnet-max: an IPv4 /8 (kubeadm still caps at 20 host bits)',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.0.0.0/8
          #              ^^^^^^^^^^ error NL303: networking.serviceSubnet: Invalid value: "10.0.0.0/8": specified service subnet is too large; for 32-bit addresses, the mask must be >= 12
      `,
      // fixes: Use 10.0.0.0/12 (the largest service subnet kubeadm accepts)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.0.0.0/12
          #              ^^^^^^^^^^ error NL303: networking.serviceSubnet: Invalid value: "10.0.0.0/8": specified service subnet is too large; for 32-bit addresses, the mask must be >= 12
      `,
    },
    {
      name: 'an IPv6 /64 in a dual-stack pair',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "10.96.0.0/16,fd00:10:96::/64"
          #                            ^^^^^^^^^^^^^^^ error NL303: networking.serviceSubnet: Invalid value: "fd00:10:96::/64": specified service subnet is too large; for 128-bit addresses, the mask must be >= 108
      `,
      // fixes: Use fd00:10:96::/108 (the largest service subnet kubeadm accepts)
      output: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "10.96.0.0/16,fd00:10:96::/108"
          #                            ^^^^^^^^^^^^^^^ error NL303: networking.serviceSubnet: Invalid value: "fd00:10:96::/64": specified service subnet is too large; for 128-bit addresses, the mask must be >= 108
      `,
    },
  ],
});
