// Rule table for NL601 service-cluster-ip-range: A Service clusterIP / clusterIPs entry lies outside the cluster's service range of its family, or is the address the kubernetes Service holds.

import rule from '../../../server/src/rules/workspace/service-cluster-ip-range';
import { workspaceTester, y } from '../../workspace/tester';
import { KUBEADM_DEFAULT_SUBNETS } from './configs';

workspaceTester(rule, {
  valid: [
    {
      name: "inside the serviceSubnet",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'apps/web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.96.0.53
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "scoped apart: the config governs cluster/ only",
      files: {
        'cluster/kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'apps/web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.0.0.53
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "ambiguous folder: two configs disagree, nothing is checked",
      files: {
        'kubeadm-a.yaml': KUBEADM_DEFAULT_SUBNETS,
        'kubeadm-b.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16
            serviceSubnet: 10.100.0.0/16
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.0.0.53
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "configs that agree are one cluster",
      files: {
        'kind-a.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
        `,
        'kind-b.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          nodes:
            - role: control-plane
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.96.5.5
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "a ServiceCIDR in scope adds a range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'extra.yaml': y`
          apiVersion: networking.k8s.io/v1
          kind: ServiceCIDR
          metadata:
            name: extra
          spec:
            cidrs: [10.200.0.0/24]
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.200.0.5
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "the kubernetes Service itself holds the first address",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'kubernetes.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: kubernetes
            namespace: default
          spec:
            clusterIP: 10.96.0.1
            ports:
              - port: 443
        `,
      },
    },
    {
      name: "headless",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: None
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "ExternalName has no cluster IP",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: ext
          spec:
            type: ExternalName
            externalName: example.com
        `,
      },
    },
    {
      name: "a templated clusterIP is not judged",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: \${DNS_IP}
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "no config and no settings: nothing to check against",
      files: {
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.0.0.53
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "kind kubeadmConfigPatches that change the ranges make the config unknown",
      files: {
        'kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          kubeadmConfigPatches:
            - |
              kind: ClusterConfiguration
              networking:
                serviceSubnet: 10.0.0.0/16
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.0.0.53
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "a templated serviceSubnet is unknown",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16
            serviceSubnet: \${SERVICE_CIDR}
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.0.0.53
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "an invalid clusterIP is NL100's, not an allocation problem",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.0.0.300
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
  ],
  invalid: [
    {
      name: "outside the kubeadm serviceSubnet",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'apps/dns.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: dns
          spec:
            clusterIP: 10.0.0.10
            #          ^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.0.0.10"]: failed to allocate IP 10.0.0.10: provided IP 10.0.0.10 is not in the valid range; the IPv4 service range is 10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "kubeadm's default serviceSubnet 10.96.0.0/12 when it is not set",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.112.0.5
            #          ^^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.112.0.5"]: failed to allocate IP 10.112.0.5: provided IP 10.112.0.5 is not in the valid range; the IPv4 service range is 10.96.0.0/12 (the default, as networking.serviceSubnet is not set in kubeadm-config.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "the IPv6 cluster IP of a dual-stack kind cluster",
      files: {
        'kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking:
            ipFamily: dual
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilyPolicy: RequireDualStack
            clusterIP: 10.96.0.20
            clusterIPs: [10.96.0.20, "fd00:10:97::20"]
            #                        ^^^^^^^^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.96.0.20","fd00:10:97::20"]: failed to allocate IP fd00:10:97::20: provided IP fd00:10:97::20 is not in the valid range; the IPv6 service range is fd00:10:96::/112 (the default, as networking.serviceSubnet is not set in kind.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "from the netlens.cluster.serviceCIDRs setting (no related location)",
      settings: {"cluster":{"serviceCIDRs":["10.43.0.0/16"]}},
      related: [],
      files: {
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.96.0.10
            #          ^^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP 10.96.0.10 is not in the valid range; the IPv4 service range is 10.43.0.0/16 (setting netlens.cluster.serviceCIDRs)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "the kubernetes Service address",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.96.0.1
            #          ^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.96.0.1"]: failed to allocate IP 10.96.0.1: provided IP is already allocated; the kubernetes Service in the default namespace always holds the first address of the primary service range 10.96.0.0/16
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "the network address of the range",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.96.0.0
            #          ^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.96.0.0"]: failed to allocate IP 10.96.0.0: provided IP 10.96.0.0 is not in the valid range; the IPv4 service range is 10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "the nearest enclosing config wins",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16
            serviceSubnet: 10.100.0.0/16
        `,
        'team/kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'team/apps/web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.100.0.5
            #          ^^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.100.0.5"]: failed to allocate IP 10.100.0.5: provided IP 10.100.0.5 is not in the valid range; the IPv4 service range is 10.96.0.0/16 (networking.serviceSubnet in team/kubeadm-config.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "a cluster of static pods: kube-apiserver --service-cluster-ip-range",
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
        'manifests/apps/web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.96.0.10
            #          ^^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP 10.96.0.10 is not in the valid range; the IPv4 service range is 10.32.0.0/24 (--service-cluster-ip-range in manifests/kube-apiserver.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "bare-metal services cidrBlocks",
      files: {
        'cluster.yaml': y`
          apiVersion: baremetal.cluster.gke.io/v1
          kind: Cluster
          metadata:
            name: edge
            namespace: cluster-edge
          spec:
            clusterNetwork:
              pods:
                cidrBlocks: [192.168.0.0/16]
              services:
                cidrBlocks: [10.96.0.0/20]
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.96.32.1
            #          ^^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.96.32.1"]: failed to allocate IP 10.96.32.1: provided IP 10.96.32.1 is not in the valid range; the IPv4 service range is 10.96.0.0/20 (spec.clusterNetwork.services.cidrBlocks[0] in cluster.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "k3s' default service-cidr 10.43.0.0/16",
      files: {
        'config.yaml': y`
          write-kubeconfig-mode: "0644"
          cluster-init: true
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: 10.96.0.10
            #          ^^^^^^^^^^ error NL601: spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP 10.96.0.10 is not in the valid range; the IPv4 service range is 10.43.0.0/16 (the default, as service-cidr is not set in config.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
  ],
});
