// Rule table for NL305 kubeadm-pod-subnet-node-mask: kubeadm rejects a pod subnet smaller than the node mask, or more than 16 bits larger than it, per family. Upstream: cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidatePodSubnetNodeMask, getClusterNodeMask.

import rule from '../../../server/src/rules/kubeadm/kubeadm-pod-subnet-node-mask';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the pod subnet equals the node mask (one node range) and 16 bits more',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/24,fd00:10:244::/48
      `,
    },
    {
      name: 'the generic node-cidr-mask-size is not read by kubeadm',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/24
        controllerManager:
          extraArgs:
            node-cidr-mask-size: "26"
      `,
    },
    {
      name: 'skipped when allocate-node-cidrs is "false"',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/25
        controllerManager:
          extraArgs:
          - name: allocate-node-cidrs
            value: "false"
      `,
    },
  ],
  invalid: [
    {
      name: 'kadm-podsubnet-vs-nodemask: a /25 pod subnet with the default /24 node mask',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/25
          #          ^^^^^^^^^^^^^ error NL305: networking.podSubnet: Invalid value: "10.244.0.0/25": the size of pod subnet with mask 25 is smaller than the size of node subnet with mask 24
      `,
    },
    {
      name: 'kadm-podsubnet-nodemask-maxdiff: an IPv6 /48 with the default /64 node mask',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16,fd00:10:244::/44
          #                        ^^^^^^^^^^^^^^^^ error NL305: networking.podSubnet: Invalid value: "fd00:10:240::/44": pod subnet mask (44) and node-mask (64) difference is greater than 16
      `,
    },
    {
      name: 'the node mask from controllerManager.extraArgs (v1beta4 list)',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16
          #          ^^^^^^^^^^^^^ error NL305: networking.podSubnet: Invalid value: "10.244.0.0/16": the size of pod subnet with mask 16 is smaller than the size of node subnet with mask 8
        controllerManager:
          extraArgs:
          - name: node-cidr-mask-size-ipv4
            value: "8"
      `,
    },
    {
      name: 'a node mask that is not an integer',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16
        controllerManager:
          extraArgs:
            node-cidr-mask-size-ipv4: "/24"
            #                         ^^^^^ error NL305: networking.podSubnet: Invalid value: "10.244.0.0/16": could not parse the value of the kube-controller-manager flag node-cidr-mask-size-ipv4 as an integer: strconv.Atoi: parsing "/24": invalid syntax
      `,
    },
  ],
});
