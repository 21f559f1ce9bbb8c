// Rule table for NL600 cluster-config-ambiguous: Two cluster configs in one folder describe different networks, so the manifests of that folder tree are checked against neither.

import rule from '../../../server/src/rules/workspace/cluster-config-ambiguous';
import { workspaceTester, y } from '../../workspace/tester';
import { KUBEADM_DEFAULT_SUBNETS } from './configs';

workspaceTester(rule, {
  valid: [
    {
      name: "kind configs that all keep the defaults agree",
      files: {
        'kind-a.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
        `,
        'kind-b.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking:
            ipFamily: ipv4
        `,
      },
    },
    {
      name: "one config per folder",
      files: {
        'a/kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'b/kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16
            serviceSubnet: 10.100.0.0/16
        `,
      },
    },
    {
      name: "a kubelet config beside a kubeadm config is no second cluster",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'kubelet.yaml': y`
          apiVersion: kubelet.config.k8s.io/v1beta1
          kind: KubeletConfiguration
          clusterDNS: [10.96.0.10]
        `,
      },
    },
    {
      name: "static pods under a config are members, not rivals",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'kube-apiserver.yaml': y`
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
      name: "two kubeadm configs in one folder",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'kubeadm-config-ipv6.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          #     ^^^^^^^^^^^^^^^^^^^^ information NL600: 2 cluster configs in the workspace root describe 2 different networks: services fd00:10:96::/112, pods fd00:10:244::/56 (this kubeadm config); services 10.96.0.0/16, pods 10.244.0.0/16 (kubeadm-config.yaml). NetLens checks the manifests under the workspace root against none of them; put each cluster's config in its own folder, next to the manifests it governs.
          networking:
            podSubnet: fd00:10:244::/56
            serviceSubnet: fd00:10:96::/112
        `,
      },
    },
    {
      name: "a kind config and a kubeadm config",
      files: {
        'clusters/kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          #     ^^^^^^^ information NL600: 2 cluster configs in clusters/ describe 2 different networks: services 10.96.0.0/16 (default), pods 10.244.0.0/16 (default) (this kind config); services 10.100.0.0/16, pods 10.244.0.0/16 (clusters/kubeadm.yaml). NetLens checks the manifests under clusters/ against none of them; put each cluster's config in its own folder, next to the manifests it governs.
        `,
        'clusters/kubeadm.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16
            serviceSubnet: 10.100.0.0/16
        `,
      },
    },
    {
      name: "two kube-apiserver static pods that disagree",
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
        'manifests/kube-apiserver-old.yaml': y`
          apiVersion: v1
          kind: Pod
          #     ^^^ information NL600: 2 cluster configs in manifests/ describe 2 different networks: services 10.0.0.0/24, pods not set (this kube-apiserver static pod); services 10.32.0.0/16, pods not set (manifests/kube-apiserver.yaml). NetLens checks the manifests under manifests/ against none of them; put each cluster's config in its own folder, next to the manifests it governs.
          metadata:
            name: kube-apiserver
            namespace: kube-system
          spec:
            containers:
              - name: kube-apiserver
                image: registry.k8s.io/kube-apiserver:v1.33.0
                command:
                  - kube-apiserver
                  - --service-cluster-ip-range=10.0.0.0/24
        `,
      },
    },
  ],
});
