// Rule table for NL528 baremetal-namespace: A ClusterCIDRConfig has no namespace, or not the namespace of the bare-metal Cluster in the same file.

import rule from '../../../server/src/rules/cluster/baremetal-namespace';
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
        ---
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: cluster-wide-ranges, namespace: cluster-dual-stack}
        spec:
          ipv6: {cidr: "fd12::1:0/112", perNodeMaskSize: 120}
      `,
    },
    {
      name: "a namespace and no Cluster in the file",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: ccc, namespace: cluster-x}
        spec:
          ipv6: {cidr: "fd12::1:0/112", perNodeMaskSize: 120}
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
        ---
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        metadata: {name: cluster-wide-ranges, namespace: "default"}
        #                                                ^^^^^^^^^ warning NL528: metadata.namespace "default" is not the namespace of the Cluster "cluster-dual-stack": the cluster does not read this ClusterCIDRConfig
        spec:
          ipv6: {cidr: "fd12::1:0/112", perNodeMaskSize: 120}
      `,
    },
    {
      name: "no namespace",
      yaml: y`
        apiVersion: baremetal.cluster.gke.io/v1alpha1
        kind: ClusterCIDRConfig
        #     ^^^^^^^^^^^^^^^^^ warning NL528: ClusterCIDRConfig has no metadata.namespace: it is created in the current namespace, but the cluster only reads ClusterCIDRConfigs in its own namespace (cluster-<cluster name>)
        metadata: {name: ccc}
        spec:
          ipv6: {cidr: "fd12::1:0/112", perNodeMaskSize: 120}
      `,
    },
  ],
});
