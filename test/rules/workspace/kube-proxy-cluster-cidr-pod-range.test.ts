// Rule table for NL607 kube-proxy-cluster-cidr-pod-range: kube-proxy's clusterCIDR differs from the pod range of the cluster it runs in.

import rule from '../../../server/src/rules/workspace/kube-proxy-cluster-cidr-pod-range';
import { workspaceTester, y } from '../../workspace/tester';
import { KUBEADM_DEFAULT_SUBNETS } from './configs';

workspaceTester(rule, {
  valid: [
    {
      name: "the pod range",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16
            serviceSubnet: 10.96.0.0/16
          ---
          apiVersion: kubeproxy.config.k8s.io/v1alpha1
          kind: KubeProxyConfiguration
          clusterCIDR: 10.244.0.0/16
        `,
      },
    },
    {
      name: "dual-stack, both ranges",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16,fd00:10:244::/56
            serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
        `,
        'proxy.yaml': y`
          apiVersion: kubeproxy.config.k8s.io/v1alpha1
          kind: KubeProxyConfiguration
          clusterCIDR: "10.244.0.0/16,fd00:10:244::/56"
        `,
      },
    },
    {
      name: "no podSubnet: nothing to compare with",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
        `,
        'proxy.yaml': y`
          apiVersion: kubeproxy.config.k8s.io/v1alpha1
          kind: KubeProxyConfiguration
          clusterCIDR: 10.200.0.0/16
        `,
      },
    },
    {
      name: "scoped apart",
      files: {
        'a/kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'b/proxy.yaml': y`
          apiVersion: kubeproxy.config.k8s.io/v1alpha1
          kind: KubeProxyConfiguration
          clusterCIDR: 10.200.0.0/16
        `,
      },
    },
  ],
  invalid: [
    {
      name: "a different range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'proxy.yaml': y`
          apiVersion: kubeproxy.config.k8s.io/v1alpha1
          kind: KubeProxyConfiguration
          clusterCIDR: 10.200.0.0/16
          #            ^^^^^^^^^^^^^ warning NL607: KubeProxyConfiguration clusterCIDR 10.200.0.0/16 is not the cluster's IPv4 pod range 10.244.0.0/16 (networking.podSubnet in kubeadm-config.yaml): pod traffic from outside it is taken for external traffic and masqueraded, and detectLocalMode ClusterCIDR misses those pods
        `,
      },
    },
    {
      name: "wider than the pod range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'proxy.yaml': y`
          apiVersion: kubeproxy.config.k8s.io/v1alpha1
          kind: KubeProxyConfiguration
          clusterCIDR: 10.0.0.0/8
          #            ^^^^^^^^^^ warning NL607: KubeProxyConfiguration clusterCIDR 10.0.0.0/8 is not the cluster's IPv4 pod range 10.244.0.0/16 (networking.podSubnet in kubeadm-config.yaml): it also covers addresses that are not pods, and kube-proxy takes traffic from them for pod traffic
        `,
      },
    },
    {
      name: "the --cluster-cidr flag of a kube-proxy static pod in a kind cluster",
      files: {
        'kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
        `,
        'manifests/kube-proxy.yaml': y`
          apiVersion: v1
          kind: Pod
          metadata:
            name: kube-proxy
            namespace: kube-system
          spec:
            containers:
              - name: kube-proxy
                image: registry.k8s.io/kube-proxy:v1.33.0
                command:
                  - /usr/local/bin/kube-proxy
                  - --cluster-cidr=10.245.0.0/16
                  #                ^^^^^^^^^^^^^ warning NL607: kube-proxy --cluster-cidr 10.245.0.0/16 is not the cluster's IPv4 pod range 10.244.0.0/16 (the default, as networking.podSubnet is not set in kind.yaml): pod traffic from outside it is taken for external traffic and masqueraded, and detectLocalMode ClusterCIDR misses those pods
        `,
      },
    },
  ],
});
