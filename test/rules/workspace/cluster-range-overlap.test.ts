// Rule table for NL605 cluster-range-overlap: Across files, a cluster's pod range, service range, load-balancer pools, Calico IPPools, ServiceCIDRs or node addresses overlap.

import rule from '../../../server/src/rules/workspace/cluster-range-overlap';
import { workspaceTester, y } from '../../workspace/tester';
import { KUBEADM_DEFAULT_SUBNETS } from './configs';

workspaceTester(rule, {
  valid: [
    {
      name: "a pool outside the pod and service ranges",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'pool.yaml': y`
          apiVersion: metallb.io/v1beta1
          kind: IPAddressPool
          metadata:
            name: lan
            namespace: metallb-system
          spec:
            addresses:
              - 192.168.10.240-192.168.10.250
        `,
      },
    },
    {
      name: "a Calico IPPool inside the pod range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'calico.yaml': y`
          apiVersion: projectcalico.org/v3
          kind: IPPool
          metadata:
            name: pool
          spec:
            cidr: 10.244.0.0/17
        `,
      },
    },
    {
      name: "overlaps inside one document are NL315's",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.96.0.0/12
            serviceSubnet: 10.96.0.0/16
        `,
      },
    },
    {
      name: "scoped apart",
      files: {
        'cluster/kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'metallb/pool.yaml': y`
          apiVersion: metallb.io/v1beta1
          kind: IPAddressPool
          metadata:
            name: lan
            namespace: metallb-system
          spec:
            addresses:
              - 10.244.255.0/24
        `,
      },
    },
    {
      name: "a node address outside the ranges",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16
            serviceSubnet: 10.96.0.0/16
          ---
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: InitConfiguration
          localAPIEndpoint:
            advertiseAddress: 192.168.1.10
        `,
      },
    },
  ],
  invalid: [
    {
      name: "a MetalLB pool inside the pod range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'metallb/pool.yaml': y`
          apiVersion: metallb.io/v1beta1
          kind: IPAddressPool
          metadata:
            name: lan
            namespace: metallb-system
          spec:
            addresses:
              - 10.244.255.0/24
              # ^^^^^^^^^^^^^^^ warning NL605: MetalLB IPAddressPool "lan" 10.244.255.0/24 overlaps the pod range 10.244.0.0/16 (networking.podSubnet in kubeadm-config.yaml): addresses meant for LoadBalancer Services would also belong to pods, so traffic for them goes to the wrong place. The ranges of a cluster must not overlap.
        `,
      },
    },
    {
      name: "a MetalLB pool range in kubeadm's default service range",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
        `,
        'pool.yaml': y`
          apiVersion: metallb.io/v1beta1
          kind: IPAddressPool
          metadata:
            name: lan
            namespace: metallb-system
          spec:
            addresses:
              - 10.100.0.10-10.100.0.20
              # ^^^^^^^^^^^^^^^^^^^^^^^ warning NL605: MetalLB IPAddressPool "lan" 10.100.0.10-10.100.0.20 overlaps the service range 10.96.0.0/12 (the default, as networking.serviceSubnet is not set in kubeadm-config.yaml): addresses meant for LoadBalancer Services would also belong to Services, so traffic for them goes to the wrong place. The ranges of a cluster must not overlap.
        `,
      },
    },
    {
      name: "a node address inside the pod range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'init.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: InitConfiguration
          localAPIEndpoint:
            advertiseAddress: 10.244.0.10
            #                 ^^^^^^^^^^^ warning NL605: InitConfiguration localAPIEndpoint.advertiseAddress 10.244.0.10 overlaps the pod range 10.244.0.0/16 (networking.podSubnet in kubeadm-config.yaml): addresses meant for a node would also belong to pods, so traffic for them goes to the wrong place. The ranges of a cluster must not overlap.
        `,
      },
    },
    {
      name: "a Calico IPPool in the service range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'calico.yaml': y`
          apiVersion: projectcalico.org/v3
          kind: IPPool
          metadata:
            name: pool
          spec:
            cidr: 10.96.128.0/17
            #     ^^^^^^^^^^^^^^ warning NL605: Calico IPPool "pool" 10.96.128.0/17 overlaps the service range 10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml): addresses meant for pods would also belong to Services, so traffic for them goes to the wrong place. The ranges of a cluster must not overlap.
        `,
      },
    },
    {
      name: "a ServiceCIDR over the pod range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'servicecidr.yaml': y`
          apiVersion: networking.k8s.io/v1
          kind: ServiceCIDR
          metadata:
            name: extra
          spec:
            cidrs: [10.244.128.0/24]
            #       ^^^^^^^^^^^^^^^ warning NL605: ServiceCIDR "extra" 10.244.128.0/24 overlaps the pod range 10.244.0.0/16 (networking.podSubnet in kubeadm-config.yaml): addresses meant for Services would also belong to pods, so traffic for them goes to the wrong place. The ranges of a cluster must not overlap.
        `,
      },
    },
    {
      name: "control-plane flags: --cluster-cidr over --service-cluster-ip-range",
      files: {
        'manifests/kube-apiserver.yaml': y`
          apiVersion: v1
          kind: Pod
          metadata:
            name: kube-apiserver
            namespace: kube-system
          spec:
            containers:
              - name: kube-apiserver
                image: registry.k8s.io/kube-apiserver:v1.33.0
                command:
                  - kube-apiserver
                  - --service-cluster-ip-range=10.32.0.0/16
        `,
        'manifests/kube-controller-manager.yaml': y`
          apiVersion: v1
          kind: Pod
          metadata:
            name: kube-controller-manager
            namespace: kube-system
          spec:
            containers:
              - name: kube-controller-manager
                image: registry.k8s.io/kube-controller-manager:v1.33.0
                command:
                  - kube-controller-manager
                  - --allocate-node-cidrs=true
                  - --cluster-cidr=10.0.0.0/8
                  #                ^^^^^^^^^^ warning NL605: pod range 10.0.0.0/8 overlaps the service range 10.32.0.0/16 (--service-cluster-ip-range in manifests/kube-apiserver.yaml): addresses meant for pods would also belong to Services, so traffic for them goes to the wrong place. The ranges of a cluster must not overlap.
        `,
      },
    },
    {
      name: "a pool inside the pod range from the settings",
      settings: {"cluster":{"serviceCIDRs":["10.43.0.0/16"],"podCIDRs":["10.42.0.0/16"]}},
      related: [],
      files: {
        'pool.yaml': y`
          apiVersion: metallb.io/v1beta1
          kind: IPAddressPool
          metadata:
            name: lan
            namespace: metallb-system
          spec:
            addresses:
              - 10.42.7.0/24
              # ^^^^^^^^^^^^ warning NL605: MetalLB IPAddressPool "lan" 10.42.7.0/24 overlaps the pod range 10.42.0.0/16 (setting netlens.cluster.podCIDRs): addresses meant for LoadBalancer Services would also belong to pods, so traffic for them goes to the wrong place. The ranges of a cluster must not overlap.
        `,
      },
    },
  ],
});
