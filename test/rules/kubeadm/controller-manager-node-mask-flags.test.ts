// Rule table for NL334 controller-manager-node-mask-flags: a node mask flag that is not an integer, --node-cidr-mask-size on a dual-stack cluster, or a family flag for the other family. Upstream: cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes; pflag int32 flags.

import rule from '../../../server/src/rules/kubeadm/controller-manager-node-mask-flags';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: 'the family flags on a dual-stack cluster, the generic flag on a single-stack one',
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
            - --cluster-cidr=10.244.0.0/16,fd00:10:244::/56
            - --node-cidr-mask-size-ipv4=24
            - --node-cidr-mask-size-ipv6=64
        ---
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16
        controllerManager:
          extraArgs:
            node-cidr-mask-size: "24"
      `,
    },
  ],
  invalid: [
    {
      name: '--node-cidr-mask-size on a dual-stack cluster',
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
            - --cluster-cidr=10.244.0.0/16,fd00:10:244::/56
            - --node-cidr-mask-size=24
            #                       ^^ error NL334: usage of --node-cidr-mask-size is not allowed with dual-stack clusters
      `,
    },
    {
      name: 'an IPv6 mask flag on an IPv4-only cluster (kubeadm extraArgs)',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16
        controllerManager:
          extraArgs:
          - name: node-cidr-mask-size-ipv6
            value: "64"
            #      ^^^^ error NL334: usage of --node-cidr-mask-size-ipv6 is not allowed for a single-stack IPv4 cluster
      `,
    },
    {
      name: 'a mask that is not an integer',
      yaml: y`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        networking:
          podSubnet: 10.244.0.0/16
        controllerManager:
          extraArgs:
            node-cidr-mask-size: "24px"
            #                    ^^^^^^ error NL334: invalid argument "24px" for "--node-cidr-mask-size" flag: strconv.ParseInt: parsing "24px": invalid syntax
      `,
    },
  ],
});
