// Rule table for NL527 baremetal-island-cidr: A ClusterCIDRConfig IPv4 block differs from (cluster-wide) or lies outside (node pool, node) the Cluster's IPv4 pod range.

import rule from '../../../server/src/rules/cluster/baremetal-island-cidr';
import { ruleTester, y } from '../../rule-tester';
import { COMMON_VALID } from '../common-valid';

ruleTester(rule, {
  valid: [
    ...COMMON_VALID,
    {
      name: "docs valid example 1",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: dual-stack, namespace: cluster-dual-stack}
        spec:
          clusterNetwork:
            pods:
              cidrBlocks: ["192.168.0.0/16"]
        ---
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: range-node1, namespace: cluster-dual-stack}
        spec:
          ipv4:
            cidr: "192.168.1.0/24"
            perNodeMaskSize: 24
          nodeSelector:
            matchLabels:
              baremetal.cluster.gke.io/k8s-ip: "10.2.0.5"
      `,
    },
    {
      name: "a ClusterCIDRConfig without its Cluster in the file is not compared",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: ccc, namespace: cluster-c1}
        spec:
          ipv4:
            cidr: "10.1.0.0/24"
            perNodeMaskSize: 24
      `,
    },
  ],
  invalid: [
    {
      name: "docs example 1",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: dual-stack, namespace: cluster-dual-stack}
        spec:
          clusterNetwork:
            pods:
              cidrBlocks: ["192.168.0.0/16"]
        ---
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: cluster-wide-ranges, namespace: cluster-dual-stack}
        spec:
          ipv4:
            cidr: "10.200.0.0/16"
            #     ^^^^^^^^^^^^^^^ warning NL527: spec.ipv4.cidr 10.200.0.0/16 differs from the Cluster's pod range 192.168.0.0/16: in island mode a cluster-wide ClusterCIDRConfig must use the Cluster CIDR
            perNodeMaskSize: 24
      `,
    },
    {
      name: "a node-pool block outside the Cluster CIDR",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          clusterNetwork:
            pods:
              cidrBlocks: ["192.168.0.0/16"]
        ---
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: ccc, namespace: cluster-c1}
        spec:
          ipv4:
            cidr: "10.1.0.0/24"
            #     ^^^^^^^^^^^^^ warning NL527: spec.ipv4.cidr 10.1.0.0/24 lies outside the Cluster's pod range 192.168.0.0/16: in island mode a node pool's or node's ClusterCIDRConfig takes its IPv4 block from the Cluster CIDR
            perNodeMaskSize: 24
          nodeSelector:
            matchLabels: {baremetal.cluster.gke.io/node-pool: workers}
      `,
    },
  ],
});
