// Rule table for NL604 service-prefer-dual-stack-cluster: A Service prefers dual-stack on a single-stack cluster, so it gets one cluster IP of the cluster's family.

import rule from '../../../server/src/rules/workspace/service-prefer-dual-stack-cluster';
import { workspaceTester, y } from '../../workspace/tester';
import { KUBEADM_DEFAULT_SUBNETS } from './configs';

workspaceTester(rule, {
  valid: [
    {
      name: "a dual-stack cluster",
      files: {
        'kubeadm-config.yaml': y`
          apiVersion: kubeadm.k8s.io/v1beta4
          kind: ClusterConfiguration
          networking:
            podSubnet: 10.244.0.0/16,fd00:10:244::/56
            serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
        `,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilyPolicy: PreferDualStack
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "both families listed is an error (NL602), not a note",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
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
      name: "SingleStack",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilyPolicy: SingleStack
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
      name: "PreferDualStack on an IPv4 cluster",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'apps/web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilyPolicy: PreferDualStack
            #               ^^^^^^^^^^^^^^^ information NL604: ipFamilyPolicy PreferDualStack stays single-stack here: the cluster has only IPv4 service ranges (10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml)), so the Service gets one IPv4 cluster IP; it becomes dual-stack only if the cluster does
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "PreferDualStack on an IPv6 kind cluster",
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
            ipFamilyPolicy: PreferDualStack
            #               ^^^^^^^^^^^^^^^ information NL604: ipFamilyPolicy PreferDualStack stays single-stack here: the cluster has only IPv6 service ranges (fd00:10:96::/112 (the default, as networking.serviceSubnet is not set in kind.yaml)), so the Service gets one IPv6 cluster IP; it becomes dual-stack only if the cluster does
            ipFamilies: [IPv6]
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
  ],
});
