// Rule table for NL302 kubeadm-subnet-too-small: kubeadm rejects a service subnet with fewer than 10 addresses and a pod subnet with fewer than 14. Upstream: cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateIPNetFromString.

import rule from '../../../server/src/rules/kubeadm/kubeadm-subnet-too-small';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the smallest sizes kubeadm accepts: a /28 service subnet (16) and a /28 pod subnet (16); IPv6 /124',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.0/28,fd00:10:96::/124
          podSubnet: 10.244.0.0/28
        controllerManager:
          extraArgs:
          - name: node-cidr-mask-size-ipv4
            value: "28"
      `,
    },
    {
      name: 'a subnet that does not parse is NL101\'s',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.0/33
      `,
    },
  ],
  invalid: [
    {
      name: 'kadm-service-subnet-min: a /29 has 8 addresses, kubeadm wants 10 (CoreDNS takes the 10th)',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: 10.96.0.0/29
          #              ^^^^^^^^^^^^ error NL302: networking.serviceSubnet: Invalid value: "10.96.0.0/29": subnet with 8 address(es) is too small, the minimum is 10
      `,
    },
    {
      name: 'kadm-pod-subnet-min: each item of a dual-stack pod subnet, the message shows the parsed network',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: "10.244.0.0/16,fd00:10:244::/125"
          #                         ^^^^^^^^^^^^^^^^^ error NL302: networking.podSubnet: Invalid value: "fd00:10:244::/125": subnet with 8 address(es) is too small, the minimum is 14
      `,
    },
    {
      name: 'an IPv6 service subnet of 8 addresses',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          serviceSubnet: "fd00:10:96::/125"
          #               ^^^^^^^^^^^^^^^^ error NL302: networking.serviceSubnet: Invalid value: "fd00:10:96::/125": subnet with 8 address(es) is too small, the minimum is 10
          podSubnet: 10.244.0.0/28
      `,
    },
  ],
});
