// Rule table for NL333 controller-manager-cluster-cidr: node IPAM is on without --cluster-cidr, or --cluster-cidr has more than two CIDRs or two of one family. Upstream: cmd/kube-controller-manager/app/core.go validateCIDRs; pkg/controller/nodeipam/node_ipam_controller.go NewNodeIpamController.

import rule from '../../../server/src/rules/kubeadm/controller-manager-cluster-cidr';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      // Found in review: a templated --cluster-cidr was taken for a missing one.
      name: 'a templated cluster CIDR is set, to a value not known yet',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-controller-manager, namespace: kube-system}
        spec: {containers: [{name: kcm, image: registry.k8s.io/kube-controller-manager:v1.33.0, command: [kube-controller-manager, --allocate-node-cidrs=true, "--cluster-cidr=\${POD_CIDR}"]}]}
      `,
    },
    {
      name: 'a dual-stack cluster CIDR; no cluster CIDR needed without node IPAM',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-controller-manager, namespace: kube-system}
        spec:
          containers:
          - name: kube-controller-manager
            image: registry.k8s.io/kube-controller-manager:v1.33.0
            command: [kube-controller-manager, --allocate-node-cidrs=true, "--cluster-cidr=10.244.0.0/16,fd00:10:244::/56"]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-controller-manager-2, namespace: kube-system}
        spec:
          containers:
          - name: kube-controller-manager
            image: registry.k8s.io/kube-controller-manager:v1.33.0
            command: [kube-controller-manager, --allocate-node-cidrs=false]
      `,
    },
  ],
  invalid: [
    {
      name: 'kcm-cluster-cidr-dualstack: two IPv4 CIDRs in a static pod',
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
            - --cluster-cidr=10.244.0.0/16,10.245.0.0/16
            #                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ error NL333: len of ClusterCIDRs==2 and they are not configured as dual stack (at least one from each IPFamily
      `,
    },
    {
      name: 'allocate-node-cidrs without a cluster CIDR',
      yaml: y`
        apiVersion: v1
        kind: Pod
        metadata: {name: kube-controller-manager, namespace: kube-system}
        spec:
          containers:
          - name: kube-controller-manager
            image: registry.k8s.io/kube-controller-manager:v1.33.0
            command: [kube-controller-manager, --allocate-node-cidrs=true]
            #                                                        ^^^^ error NL333: Controller: Must specify --cluster-cidr if --allocate-node-cidrs is set
      `,
    },
  ],
});
