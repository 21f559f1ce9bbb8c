// Rule table for NL602 service-ip-family-configured: A Service lists an IP family, or a cluster IP of a family, that the cluster is not configured for.

import rule from '../../../server/src/rules/workspace/service-ip-family-configured';
import { workspaceTester, y } from '../../workspace/tester';
import { KUBEADM_DEFAULT_SUBNETS } from './configs';

workspaceTester(rule, {
  valid: [
    {
      name: "both families on a dual-stack cluster",
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
            ipFamilyPolicy: PreferDualStack
            ipFamilies: [IPv4, IPv6]
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "headless without a selector may list both families on a single-stack cluster",
      files: {
        'kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking:
            ipFamily: ipv4
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: peers
          spec:
            clusterIP: None
            ipFamilyPolicy: PreferDualStack
            ipFamilies: [IPv4, IPv6]
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "no families: the cluster default",
      files: {
        'kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking:
            ipFamily: ipv6
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            type: ClusterIP
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "scoped apart",
      files: {
        'ipv4/kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking:
            ipFamily: ipv4
        `,
        'ipv6/web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilies: [IPv6]
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "an unsupported family value is NL201's",
      files: {
        'kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking:
            ipFamily: ipv4
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilies: [ipv6]
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
      name: "PreferDualStack with both families on an IPv4 cluster",
      files: {
        'kind.yaml': y`
          apiVersion: kind.x-k8s.io/v1alpha4
          kind: Cluster
          networking:
            ipFamily: ipv4
        `,
        'apps/web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilyPolicy: PreferDualStack
            ipFamilies: [IPv4, IPv6]
            #                  ^^^^ error NL602: spec.ipFamilies[1]: Invalid value: "IPv6": not configured on this cluster; its service ranges are 10.96.0.0/16 (the default, as networking.serviceSubnet is not set in kind.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "IPv6 only on an IPv4 kubeadm cluster",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilies: [IPv6]
            #            ^^^^ error NL602: spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster; its service ranges are 10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "an IPv6 cluster IP without ipFamilies",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: fd00:10:96::10
            #          ^^^^^^^^^^^^^^ error NL602: spec.clusterIPs[0]: Invalid value: ["fd00:10:96::10"]: IPv6 is not configured on this cluster; its service ranges are 10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "IPv4 on an IPv6 cluster from the settings",
      settings: {"cluster":{"serviceCIDRs":["fd00:10:96::/112"]}},
      related: [],
      files: {
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilies: [IPv4]
            #            ^^^^ error NL602: spec.ipFamilies[0]: Invalid value: "IPv4": not configured on this cluster; its service ranges are fd00:10:96::/112 (setting netlens.cluster.serviceCIDRs)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
  ],
});
