// Rule table for NL335 controller-manager-node-mask-size: a cluster CIDR is smaller than its node mask, or an IPv6 cluster CIDR is more than 16 bits larger than its node mask. Upstream: pkg/controller/nodeipam/node_ipam_controller.go NewNodeIpamController; pkg/controller/nodeipam/ipam/cidrset/cidr_set.go NewCIDRSet.

import rule from '../../../server/src/rules/kubeadm/controller-manager-node-mask-size';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'whole node ranges; IPv4 has no 16-bit limit',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-controller-manager, namespace: kube-system}
        spec:
          containers:
          - name: kube-controller-manager
            image: registry.k8s.io/kube-controller-manager:v1.33.0
            command:
            - kube-controller-manager
            - --allocate-node-cidrs=true
            - --cluster-cidr=10.0.0.0/8,fd00:10:244::/48
            - --node-cidr-mask-size-ipv4=28
            - --node-cidr-mask-size-ipv6=64
      `,
    },
  ],
  invalid: [
    {
      name: 'kcm-cluster-vs-node-mask: the cluster CIDR is smaller than a node range',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-controller-manager, namespace: kube-system}
        spec:
          containers:
          - name: kube-controller-manager
            image: registry.k8s.io/kube-controller-manager:v1.33.0
            command:
            - kube-controller-manager
            - --allocate-node-cidrs=true
            - --cluster-cidr=10.244.0.0/25
            #                ^^^^^^^^^^^^^ error NL335: Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family (10.244.0.0/25 with node mask /24)
      `,
    },
    {
      name: 'kcm-cidrset-maxdiff: an IPv6 /32 with /64 node ranges',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-controller-manager, namespace: kube-system}
        spec:
          containers:
          - name: kube-controller-manager
            image: registry.k8s.io/kube-controller-manager:v1.33.0
            command:
            - kube-controller-manager
            - --allocate-node-cidrs=true
            - --cluster-cidr=fd00::/32
            #                ^^^^^^^^^ error NL335: New CIDR set failed; the node CIDR size is too big (fd00::/32 with node mask /64 makes 2^32 node ranges, at most 2^16 are allowed)
      `,
    },
  ],
});
