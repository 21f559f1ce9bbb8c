// Rule table for NL315 kubeadm-subnet-overlap: networking.podSubnet and networking.serviceSubnet overlap in the same family. Upstream: pkg/controller/nodeipam/ipam/range_allocator.go filterOutServiceRange.

import rule from '../../../server/src/rules/kubeadm/kubeadm-subnet-overlap';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the kubeadm defaults next to each other',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,fd00:10:244::/56
          serviceSubnet: 10.96.0.0/12,fd00:10:96::/112
      `,
    },
    {
      name: 'different families never overlap',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: "fd00::/48"
          serviceSubnet: 10.96.0.0/12
      `,
    },
  ],
  invalid: [
    {
      name: 'the service subnet inside the pod subnet',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.0.0.0/8
          serviceSubnet: 10.96.0.0/12
          #              ^^^^^^^^^^^^ warning NL315: networking.serviceSubnet 10.96.0.0/12 lies inside networking.podSubnet 10.0.0.0/8: pods and Services would share addresses; kube-controller-manager skips the overlapping node ranges, but CNI plugins with their own IPAM (Calico, Cilium) can give a pod a Service address. Use disjoint ranges.
      `,
    },
    {
      name: 'overlapping IPv6 ranges of a dual-stack pair',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: "10.244.0.0/16,fd00:10::/48"
          serviceSubnet: "10.96.0.0/16,fd00:10::/108"
          #                            ^^^^^^^^^^^^^ warning NL315: networking.serviceSubnet fd00:10::/108 lies inside networking.podSubnet fd00:10::/48: pods and Services would share addresses; kube-controller-manager skips the overlapping node ranges, but CNI plugins with their own IPAM (Calico, Cilium) can give a pod a Service address. Use disjoint ranges.
      `,
    },
  ],
});
