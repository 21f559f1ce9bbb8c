// Rule table for NL606 kubelet-cluster-dns-range: A kubelet clusterDNS address lies outside the cluster's service ranges, is the kubernetes Service's address, or (kubeadm, kind) is not the kube-dns Service's address.

import rule from '../../../server/src/rules/workspace/kubelet-cluster-dns-range';
import { workspaceTester, y } from '../../workspace/tester';
import { KUBEADM_DEFAULT_SUBNETS } from './configs';

workspaceTester(rule, {
  valid: [
    {
      name: "kubeadm's kube-dns address",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'kubelet.yaml': y`
          apiVersion: kubelet.config.k8s.io/v1beta1
          kind: KubeletConfiguration
          clusterDNS:
            - 10.96.0.10
        `,
      },
    },
    {
      name: "NodeLocal DNSCache link-local address",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'kubelet.yaml': y`
          apiVersion: kubelet.config.k8s.io/v1beta1
          kind: KubeletConfiguration
          clusterDNS:
            - 169.254.20.10
        `,
      },
    },
    {
      name: "no cluster",
      files: {
        'kubelet.yaml': y`
          apiVersion: kubelet.config.k8s.io/v1beta1
          kind: KubeletConfiguration
          clusterDNS:
            - 10.0.0.10
        `,
      },
    },
    {
      name: "any address of the range when the cluster is not kubeadm's",
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
                  - --service-cluster-ip-range=10.32.0.0/24
        `,
        'manifests/kubelet.yaml': y`
          apiVersion: kubelet.config.k8s.io/v1beta1
          kind: KubeletConfiguration
          clusterDNS:
            - 10.32.0.2
        `,
      },
    },
  ],
  invalid: [
    {
      name: "outside the service range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'kubelet.yaml': y`
          apiVersion: kubelet.config.k8s.io/v1beta1
          kind: KubeletConfiguration
          clusterDNS:
            - 10.0.0.10
            # ^^^^^^^^^ warning NL606: clusterDNS 10.0.0.10 is outside the service range 10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml): no Service can have that cluster IP, so every pod gets a nameserver nothing answers on; kubeadm gives kube-dns 10.96.0.10
        `,
      },
    },
    {
      name: "the kubernetes Service address",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'kubelet.yaml': y`
          apiVersion: kubelet.config.k8s.io/v1beta1
          kind: KubeletConfiguration
          clusterDNS:
            - 10.96.0.1
            # ^^^^^^^^^ warning NL606: clusterDNS 10.96.0.1 is the address of the kubernetes Service (the first of the primary service range 10.96.0.0/16), so pods send their DNS queries to the API server; kubeadm gives kube-dns 10.96.0.10
        `,
      },
    },
    {
      name: "inside the range but not kubeadm's kube-dns address",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16
            serviceSubnet: 10.96.0.0/16
          ---
          apiVersion: kubelet.config.k8s.io/v1beta1
          kind: KubeletConfiguration
          clusterDNS:
            - 10.96.0.53
            # ^^^^^^^^^^ information NL606: clusterDNS 10.96.0.53 is not 10.96.0.10, the address kubeadm gives the kube-dns Service (the 10th of the primary service range 10.96.0.0/16): pods resolve through it only if a DNS Service of yours has that cluster IP
        `,
      },
    },
    {
      name: "IPv6 on a dual-stack kind cluster, outside the IPv6 range",
      files: {
        'kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking:
            ipFamily: dual
        `,
        'kubelet.yaml': y`
          apiVersion: kubelet.config.k8s.io/v1beta1
          kind: KubeletConfiguration
          clusterDNS:
            - "fd00:10:97::a"
            # ^^^^^^^^^^^^^^^ warning NL606: clusterDNS fd00:10:97::a is outside the service range fd00:10:96::/112 (the default, as networking.serviceSubnet is not set in kind.yaml): no Service can have that cluster IP, so every pod gets a nameserver nothing answers on
        `,
      },
    },
  ],
});
