// Rule table for NL608 control-plane-flags-config: A kube-apiserver or kube-controller-manager static pod runs with a service range, pod range or node mask that differs from the cluster config.

import rule from '../../../server/src/rules/workspace/control-plane-flags-config';
import { workspaceTester, y } from '../../workspace/tester';
import { KUBEADM_DEFAULT_SUBNETS } from './configs';

workspaceTester(rule, {
  valid: [
    {
      name: "the same ranges as the config",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
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
                  - --service-cluster-ip-range=10.96.0.0/16
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
                  - --cluster-cidr=10.244.0.0/16
                  - --service-cluster-ip-range=10.96.0.0/16
        `,
      },
    },
    {
      name: "static pods alone that agree",
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
                  - --service-cluster-ip-range=10.32.0.0/16
        `,
      },
    },
    {
      name: "scoped apart",
      files: {
        'cluster/kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'other/kube-apiserver.yaml': y`
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
                  - --service-cluster-ip-range=10.100.0.0/16
        `,
      },
    },
  ],
  invalid: [
    {
      name: "kube-apiserver --service-cluster-ip-range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
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
                  - --service-cluster-ip-range=10.100.0.0/16
                  #                            ^^^^^^^^^^^^^ warning NL608: kube-apiserver --service-cluster-ip-range 10.100.0.0/16 differs from the cluster's service range 10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml): the running kube-apiserver follows the flag, the config says otherwise
        `,
      },
    },
    {
      name: "kube-controller-manager --cluster-cidr and node mask",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16
            serviceSubnet: 10.96.0.0/16
            
          controllerManager:
            extraArgs:
              - name: node-cidr-mask-size-ipv4
                value: "24"
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
                  - --cluster-cidr=10.244.0.0/17
                  #                ^^^^^^^^^^^^^ warning NL608: kube-controller-manager --cluster-cidr 10.244.0.0/17 differs from the cluster's pod range 10.244.0.0/16 (networking.podSubnet in kubeadm-config.yaml): the running kube-controller-manager follows the flag, the config says otherwise
                  - --node-cidr-mask-size-ipv4=26
                  #                            ^^ warning NL608: kube-controller-manager --node-cidr-mask-size-ipv4 26 differs from the cluster's IPv4 node mask /24 (controllerManager.extraArgs node-cidr-mask-size-ipv4 in kubeadm-config.yaml): the running kube-controller-manager follows the flag
        `,
      },
    },
    {
      name: "static pods alone: kube-controller-manager service range differs from kube-apiserver",
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
                  - --service-cluster-ip-range=10.33.0.0/16
                  #                            ^^^^^^^^^^^^ warning NL608: kube-controller-manager --service-cluster-ip-range 10.33.0.0/16 differs from the cluster's service range 10.32.0.0/16 (--service-cluster-ip-range in manifests/kube-apiserver.yaml): the running kube-controller-manager follows the flag, the config says otherwise
        `,
      },
    },
  ],
});
