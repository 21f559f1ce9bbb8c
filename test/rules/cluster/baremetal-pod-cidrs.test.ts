// Rule table for NL522 baremetal-pod-cidrs: A dual-stack bare-metal Cluster lists an IPv6 range in pods.cidrBlocks, or more than one pod range of a family.

import rule from '../../../server/src/rules/cluster/baremetal-pod-cidrs';
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
            services:
              cidrBlocks: ["172.16.0.0/20", "fd12::5:0/116"]
      `,
    },
    {
      name: "single-stack IPv6 cluster may list its IPv6 pod range",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          clusterNetwork:
            pods:
              cidrBlocks: ["fd12::1:0/112"]
            services:
              cidrBlocks: ["fd12::5:0/116"]
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
              cidrBlocks: ["192.168.0.0/16", "fd12::1:0/112"]
              #                              ^^^^^^^^^^^^^^^ warning NL522: spec.clusterNetwork.pods.cidrBlocks: fd12::1:0/112 is IPv6, but a dual-stack cluster takes only its IPv4 pod range here (IPv6 is always flat mode); put the IPv6 pod range in a ClusterCIDRConfig (spec.ipv6.cidr)
            services:
              cidrBlocks: ["172.16.0.0/20", "fd12::5:0/116"]
      `,
    },
    {
      name: "two IPv4 pod ranges",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1
        kind: Cluster
        metadata: {name: c1, namespace: cluster-c1}
        spec:
          clusterNetwork:
            pods:
              cidrBlocks: ["192.168.0.0/16", "10.10.0.0/16"]
              #                              ^^^^^^^^^^^^^^ warning NL522: spec.clusterNetwork.pods.cidrBlocks: a second IPv4 pod range (10.10.0.0/16); a cluster has one
      `,
    },
  ],
});
