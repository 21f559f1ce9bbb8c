// Rule table for NL603 service-require-dual-stack-cluster: A Service requires dual-stack on a cluster whose service ranges are single-stack.

import rule from '../../../server/src/rules/workspace/service-require-dual-stack-cluster';
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
            ipFamilyPolicy: RequireDualStack
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "headless without a selector defaults to RequireDualStack and is allowed",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: peers
          spec:
            clusterIP: None
            ipFamilyPolicy: RequireDualStack
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "PreferDualStack is accepted",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
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
      name: "scoped apart",
      files: {
        'single/kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'dual/web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilyPolicy: RequireDualStack
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
      name: "RequireDualStack on an IPv4 kubeadm cluster",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'apps/web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilyPolicy: RequireDualStack
            #               ^^^^^^^^^^^^^^^^ error NL603: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services; it has only IPv4 service ranges: 10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "RequireDualStack with a selector and clusterIP None",
      files: {
        'kubeadm-config.yaml': KUBEADM_DEFAULT_SUBNETS,
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            clusterIP: None
            ipFamilyPolicy: RequireDualStack
            #               ^^^^^^^^^^^^^^^^ error NL603: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services; it has only IPv4 service ranges: 10.96.0.0/16 (networking.serviceSubnet in kubeadm-config.yaml)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
    {
      name: "from the settings",
      settings: {"cluster":{"serviceCIDRs":["10.43.0.0/16"]}},
      related: [],
      files: {
        'web.yaml': y`
          apiVersion: v1
          kind: Service
          metadata:
            name: web
          spec:
            ipFamilyPolicy: RequireDualStack
            #               ^^^^^^^^^^^^^^^^ error NL603: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services; it has only IPv4 service ranges: 10.43.0.0/16 (setting netlens.cluster.serviceCIDRs)
            selector:
              app: web
            ports:
              - port: 80
        `,
      },
    },
  ],
});
